package se.lagesbild.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.report.ReportDocumentsTest;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportVersion;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.support.KaribuTest;

/**
 * Nämndmöte assembles the delårsrapport of August 2021 in the reference's order with its live
 * downloads; the controller picks the chapters of a månadsrapport, and freezing keeps those only.
 */
class ReportCompositionViewTest extends KaribuTest {

    @Autowired
    ReportService reports;

    @Test
    void theDelarsrapportIsAssembledInTheReferencesOrderWithItsLiveDownloads() {
        navigate("rapporter", "period", "2021-08");
        Div preview = _get(Div.class, spec -> spec.withClasses("report-preview"));
        assertThat(_find(preview, H2.class).stream().map(H2::getText))
                .containsExactlyElementsOf(ReportDocumentsTest.HEADINGS);
        assertThat(_find(preview, Div.class, spec -> spec.withClasses("preview-text")))
                .first()
                .extracting(d -> d.getElement().getProperty("innerHTML"))
                .asString()
                .contains("19 kvotflyktingar");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("live-pdf")).getHref())
                .isEqualTo("rapport/2021-08.pdf");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("live-docx")).getHref())
                .isEqualTo("rapport/2021-08.docx");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("edit-sections")).getHref())
                .isEqualTo("rapporter/avsnitt?period=2021-08");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aMonthlyReportHoldsTheChaptersTheControllerPicksAndFreezesThoseOnly() {
        navigate("rapporter", "period", "2021-08");
        ((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withClasses("report-kind")))
                .setValue(false);
        ((CheckboxGroup<Chapter>) _get(CheckboxGroup.class, spec -> spec.withClasses("report-chapters")))
                .setValue(EnumSet.of(Chapter.EVENTS, Chapter.ECONOMY));
        Div preview = _get(Div.class, spec -> spec.withClasses("report-preview"));
        assertThat(_find(preview, H2.class).stream().map(H2::getText))
                .containsExactly("1 Viktiga händelser under perioden maj till augusti", "4 Ekonomisk rapport");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("live-docx")).getHref())
                .isEqualTo("rapport/2021-08.docx?kapitel=handelser,ekonomi");
        _get(TextField.class, spec -> spec.withClasses("version-name")).setValue("Månadsrapport augusti 2021 (test)");
        _get(Button.class, spec -> spec.withClasses("freeze-button")).click();
        ReportVersion version = reports.versions().stream()
                .filter(v -> v.name().equals("Månadsrapport augusti 2021 (test)"))
                .findFirst()
                .orElseThrow();
        assertThat(version.snapshot().sections().stream()
                        .filter(s -> s.key().startsWith("chapter-"))
                        .map(s -> s.key()))
                .containsExactly("chapter-handelser", "chapter-ekonomi");
        assertThat(version.snapshot().section("activities")).isPresent();
        assertThat(version.snapshot().section("section-risker")).isEmpty();
        // the versions grid, the latest first: the frozen version's Word file at its stable address
        Grid<ReportVersion> versions = _get(Grid.class, spec -> spec.withClasses("versions-grid"));
        Component actions = GridKt._getCellComponent(versions, 0, "actions");
        assertThat(_get(actions, Anchor.class, spec -> spec.withClasses("download-docx"))
                        .getHref())
                .isEqualTo("rapport/version/" + version.id() + ".docx");
    }
}
