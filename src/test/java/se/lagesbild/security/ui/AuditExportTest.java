package se.lagesbild.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lagesbild.base.ui.LanguageSettings;
import se.lagesbild.support.Downloads;
import se.lagesbild.support.KaribuTest;

/** The audit log's export is in the UI's language, as its grid is. */
class AuditExportTest extends KaribuTest {

    @Test
    void theAuditLogsCsvHasTheGridsHeadersInSwedishAndInEnglish() throws IOException {
        navigate("admin/granskning");
        assertThat(header()).isEqualTo("Tidpunkt;Användare;Typ;Enhet;Period;Vad;Före;Efter");
        chooseLanguage(LanguageSettings.ENGLISH);
        navigate("admin/granskning");
        assertThat(header()).doesNotContain("Tidpunkt", "Användare").contains("User");
    }

    private static String header() throws IOException {
        Anchor csv = _find(Anchor.class).stream()
                .filter(a -> a.hasClassName("export-link") && a.getText().contains("CSV"))
                .findFirst()
                .orElseThrow();
        return new String(Downloads.download(csv), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .findFirst()
                .orElseThrow();
    }
}
