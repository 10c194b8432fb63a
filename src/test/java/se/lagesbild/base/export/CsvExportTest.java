package se.lagesbild.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV injection (OWASP): every export's text cell that begins like a formula is written with a
 * leading ', line breaks are quoted, numbers stay numbers; XLSX writes text cells as text.
 */
class CsvExportTest {

    private static final ExportTable.Column TEXT = ExportTable.Column.text("Vad");
    private static final ExportTable.Column AMOUNT = new ExportTable.Column("Belopp", 0);

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aTextCellBeginningLikeAFormulaGetsALeadingQuote(String first) throws Exception {
        String hostile = first + "HYPERLINK(\"http://evil.example\";\"klicka\")";
        ExportTable table = new ExportTable(
                "Granskning",
                first + "rubrik",
                List.of(TEXT, AMOUNT),
                List.of(ExportTable.Row.of(hostile, Arrays.asList(hostile, new BigDecimal("-12.5")))));
        String csv = csv(table);
        String quotedHostile = "\"'" + hostile.replace("\"", "\"\"") + "\"";
        assertThat(csv).contains("'" + first + "rubrik");
        assertThat(csv).endsWith("\r\n" + quotedHostile + ";" + quotedHostile + ";-12,500\r\n");
    }

    @Test
    void numbersAndOrdinaryTextsAreWrittenAsTheyAreAndLineBreaksAreQuoted() throws Exception {
        ExportTable table = new ExportTable(
                "Ärenden",
                "Enhet",
                List.of(TEXT, AMOUNT),
                List.of(
                        ExportTable.Row.of("BUE", Arrays.asList("rad ett\r\nrad två", new BigDecimal("-1234.5"))),
                        ExportTable.Row.of("-12,5", Arrays.asList("a;b", null))));
        assertThat(csv(table))
                .isEqualTo("\uFEFFEnhet;Vad;Belopp\r\n"
                        + "BUE;\"rad ett\r\nrad två\";-1234,500\r\n"
                        + "-12,5;\"a;b\";\r\n");
    }

    @Test
    void theStructureFilesRoundTripTakesTheQuoteOffAgain() {
        for (String text : List.of("=SUM(A1)", "+46", "-tre", "@x", "'vanlig", "vanlig", "-12,5")) {
            assertThat(Csv.unneutralised(Csv.neutralised(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void anXlsxTextCellIsTextNeverAFormula() throws Exception {
        ExportTable table = new ExportTable(
                "Granskning",
                "Vem",
                List.of(TEXT),
                List.of(ExportTable.Row.of("=1+1", Arrays.asList("=HYPERLINK(\"http://evil.example\")"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(table, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private static String csv(ExportTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
