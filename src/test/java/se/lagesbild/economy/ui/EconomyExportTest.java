package se.lagesbild.economy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.lagesbild.base.ui.LanguageSettings;
import se.lagesbild.support.Downloads;
import se.lagesbild.support.KaribuTest;

/**
 * Ekonomi's exports are in the UI's language, as the grid is: a Swedish user's file says "Utfall",
 * "Nettokostnad IFO" and "Resultat ASN", an English user's "Actual", "Net cost IFO", "Result ASN"
 * (the download runs outside the UI, where the translations once fell back to English).
 */
class EconomyExportTest extends KaribuTest {

    @Test
    void aSwedishUsersCsvAndWorkbookAreInSwedish() throws IOException {
        assertExports(List.of("Utfall", "Budget", "Avvikelse"), List.of("Resultat ASN", "Nettokostnad IFO"), "Actual");
    }

    @Test
    void anEnglishUsersCsvAndWorkbookAreInEnglish() throws IOException {
        chooseLanguage(LanguageSettings.ENGLISH);
        assertExports(List.of("Actual", "Budget", "Deviation"), List.of("Result ASN", "Net cost IFO"), "Utfall");
    }

    /** August 2021's table exported: its headers, its line labels, and no word of the other language. */
    private static void assertExports(List<String> headers, List<String> labels, String otherLanguage)
            throws IOException {
        navigate("ekonomi", "period", "2021-08");
        List<String> csv = csv();
        assertThat(csv.getFirst().split(";")).contains(headers.toArray(String[]::new));
        assertThat(String.join("\n", csv)).contains(labels).doesNotContain(otherLanguage);
        assertThat(xlsxHeader()).contains(headers.toArray(String[]::new));
    }

    private static List<String> csv() throws IOException {
        String text = new String(Downloads.download(link(".csv")), StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().toList();
    }

    private static List<String> xlsxHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Downloads.download(link(".xlsx"))))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            List<String> cells = new ArrayList<>();
            for (Cell cell : header) {
                cells.add(cell.getStringCellValue());
            }
            return cells;
        }
    }

    /** The first table's export link of that kind. */
    private static Anchor link(String suffix) {
        return _find(Anchor.class).stream()
                .filter(a -> a.hasClassName("export-link"))
                .filter(a -> a.getText().toLowerCase().contains(suffix.equals(".csv") ? "csv" : "excel"))
                .findFirst()
                .orElseThrow();
    }
}
