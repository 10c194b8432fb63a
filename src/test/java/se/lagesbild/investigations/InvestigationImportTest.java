package se.lagesbild.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.support.LagesbildTest;

/** The case export import: format, validation by row and column, all-or-nothing, idempotence, refusal. */
@LagesbildTest
class InvestigationImportTest {

    private static final String HEADER = "Ärende;Enhet;Målgrupp;Inledd;Avslutad;Beslutsdatum 1;Förlängd till 1;Skäl 1";

    @Autowired
    InvestigationImport importer;

    @Autowired
    InvestigationRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsNewCasesOnceAndAChangedCaseAsANewVersion() {
        String file = csv(
                HEADER,
                "IMP-A1;Barn- och ungdomsenheten;barn och unga;2024-02-01;2024-05-20;;;",
                "IMP-A2;VE;vuxna;20240305;;2024-06-10;2024-09-05;KOMPLETTERING",
                "IMP-A3;vuxenenheten;Vuxna;2024-03-06;2024-03-06;;;",
                ";;;;;;;");
        byte[] bytes = withBom(file);
        InvestigationImportPreview preview = importer.preview("utredningar-2024.csv", bytes, "controller");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).hasSize(3);
        importer.apply("utredningar-2024.csv", bytes, "controller");
        Map<String, InvestigationRepository.Stored> stored = repository.current(List.of("IMP-A1", "IMP-A2", "IMP-A3"));
        assertThat(stored).hasSize(3);
        Investigation a2 = stored.get("IMP-A2").investigation();
        assertThat(a2.unitCode()).isEqualTo("VE");
        assertThat(a2.closed()).isNull();
        assertThat(a2.deadline()).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(a2.extensions())
                .containsExactly(
                        new DeadlineExtension(LocalDate.of(2024, 6, 10), LocalDate.of(2024, 9, 5), "KOMPLETTERING"));
        assertThat(lastLog()).containsEntry("status", "APPLIED").containsEntry("rows_added", 3);

        InvestigationImportPreview again = importer.apply("utredningar-2024.csv", bytes, "controller");
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(repository.current(List.of("IMP-A1")).get("IMP-A1").version())
                .isEqualTo(1);
        assertThat(lastLog()).containsEntry("status", "APPLIED").containsEntry("rows_unchanged", 3);

        String changed = file.replace("IMP-A2;VE;vuxna;20240305;;", "IMP-A2;VE;vuxna;20240305;2024-08-30;");
        InvestigationImportPreview update =
                importer.apply("utredningar-2024.csv", changed.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(update.changed()).extracting(Investigation::reference).containsExactly("IMP-A2");
        assertThat(update.unchanged()).isEqualTo(2);
        InvestigationRepository.Stored v2 =
                repository.current(List.of("IMP-A2")).get("IMP-A2");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.investigation().closed()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(v2.investigation().extensions()).hasSize(1);
    }

    @Test
    void readsWindows1252AndXlsx() throws IOException {
        String file = csv(HEADER, "IMP-W1;Barn- och ungdomsenheten;barn och unga;2023-04-03;2023-06-01;;;");
        InvestigationImportPreview windows =
                importer.preview("export.csv", file.getBytes(Charset.forName("windows-1252")), "controller");
        assertThat(windows.problems()).isEmpty();
        assertThat(windows.added()).extracting(Investigation::unitCode).containsExactly("BUE");

        byte[] xlsx = xlsx(List.of(
                List.of("Ärende", "Enhet", "Målgrupp", "Inledd", "Avslutad"),
                List.of("IMP-X1", "VE", "vuxna", LocalDate.of(2023, 5, 2), LocalDate.of(2023, 9, 4)),
                List.of("IMP-X2", "BUE", "barn och unga", LocalDate.of(2023, 5, 3), "")));
        InvestigationImportPreview fromXlsx = importer.preview("export.xlsx", xlsx, "controller");
        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.added())
                .extracting(Investigation::reference, Investigation::opened, Investigation::closed)
                .containsExactly(
                        tuple("IMP-X1", LocalDate.of(2023, 5, 2), LocalDate.of(2023, 9, 4)),
                        tuple("IMP-X2", LocalDate.of(2023, 5, 3), null));
    }

    @Test
    void reportsEveryBadRowByRowAndColumnAndStoresNothing() {
        String file = csv(
                HEADER,
                "IMP-B1;BUE;barn och unga;2024-03-10;2024-03-09;;;", // 2 closed before opened
                "IMP-B2;BUE;barn och unga;2024-03-10;;2024-05-01;2024-07-01;X", // 3 shortens the deadline (2024-07-10)
                "IMP-B3;Okända enheten;vuxna;2024-03-10;;;;", // 4 unknown enhet
                "IMP-B4;VE;vuxna;2099-01-02;;;;", // 5 opened in the future
                "IMP-B5;VE;vuxna;2024-01-02;2099-01-02;;;", // 6 closed in the future
                "IMP-B6;VE;vuxna;2024-02-30;;;;", // 7 bad date
                "IMP-B1;VE;vuxna;2024-03-10;;;;", // 8 duplicate reference
                "IMP-B8;VE;pensionärer;2024-03-10;;;;", // 9 bad target group
                "IMP-B9;VE;vuxna;2024-03-10;;2024-03-01;2024-09-01;X", // 10 extension before opened
                "IMP-B10;VE;vuxna;2024-03-10;;;2024-09-01;X", // 11 extension without decision
                ";VE;vuxna;2024-03-10;;;;", // 12 no reference
                "IMP-OK;VE;vuxna;2024-03-10;;;;");
        String before = checksum();
        InvestigationImportPreview preview =
                importer.apply("fel.csv", file.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems())
                .extracting(
                        InvestigationImportError::row, InvestigationImportError::column, InvestigationImportError::key)
                .containsExactly(
                        tuple(2, "Avslutad (E)", "investigations.import.error.closedBeforeOpened"),
                        tuple(3, "Förlängd till 1 (G)", "investigations.import.error.extensionNotLater"),
                        tuple(4, "Enhet (B)", "investigations.import.error.unknownUnit"),
                        tuple(5, "Inledd (D)", "investigations.import.error.openedInFuture"),
                        tuple(6, "Avslutad (E)", "investigations.import.error.closedInFuture"),
                        tuple(7, "Inledd (D)", "investigations.import.error.badDate"),
                        tuple(8, "Ärende (A)", "investigations.import.error.duplicate"),
                        tuple(9, "Målgrupp (C)", "investigations.import.error.badTargetGroup"),
                        tuple(10, "Beslutsdatum 1 (F)", "investigations.import.error.extensionBeforeOpened"),
                        tuple(11, "Beslutsdatum 1 (F)", "investigations.import.error.extensionIncomplete"),
                        tuple(12, "Ärende (A)", "investigations.import.error.empty.value"));
        assertThat(preview.problems().get(6).args()).containsExactly("2");
        assertThat(checksum()).isEqualTo(before);
        assertThat(repository.current(List.of("IMP-OK"))).isEmpty();
        assertThat(lastLog()).containsEntry("status", "REJECTED");
        assertThat((String) lastLog().get("message"))
                .startsWith("11 fel, inget sparat. Första: rad 2, kolumn Avslutad (E)");
    }

    @Test
    void theDocumentedExampleFileIsValid() throws IOException {
        byte[] example =
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/utredningar-exempel.csv"));
        InvestigationImportPreview preview = importer.preview("utredningar-exempel.csv", example, "controller");
        assertThat(preview.refusedAt()).isNull();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).hasSize(4);
        Investigation twice = preview.added().get(1);
        assertThat(twice.extensions()).hasSize(2);
        assertThat(twice.deadline()).isEqualTo(LocalDate.of(2021, 10, 1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejected() {
        InvestigationImportPreview preview = importer.preview(
                "fel.csv",
                csv("Ärende;Enhet;Inledd", "IMP-C1;VE;2024-01-01").getBytes(StandardCharsets.UTF_8),
                "controller");
        assertThat(preview.problems())
                .extracting(InvestigationImportError::row, InvestigationImportError::args)
                .containsExactly(tuple(1, List.of("Målgrupp")), tuple(1, List.of("Avslutad")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "19811218-9876",
                "811218-9876",
                "811218+9876",
                "8112189876",
                "198112189876",
                "701063-2391",
                "Pnr 811218-9876"
            })
    void aFileWithAPersonalIdentityNumberIsRefusedWholeAndItsLogHoldsNoNumber(String number) {
        String file = csv(
                HEADER + ";Kommentar",
                "IMP-P1;BUE;barn och unga;2024-02-01;2024-05-20;;;;",
                "IMP-P2;BUE;barn och unga;2024-02-01;2024-05-20;;;;" + number);
        String before = checksum();
        InvestigationImportPreview preview =
                importer.preview("export.csv", file.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(preview.refusedAt()).isNotNull();
        assertThat(preview.refusedAt().row()).isEqualTo(3);
        assertThat(preview.refusedAt().column()).isEqualTo("Kommentar (I)");
        assertThat(preview.added()).isEmpty();
        Map<String, Object> log = lastLog();
        assertThat(log).containsEntry("status", "REFUSED").containsEntry("file_name", "export.csv");
        assertThat((String) log.get("message"))
                .contains("rad 3", "kolumn Kommentar (I)")
                .doesNotContain(number, number.replaceAll("\\D", "").substring(2, 8));

        importer.apply("export.csv", file.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(checksum()).isEqualTo(before);
        assertThat(repository.current(List.of("IMP-P1", "IMP-P2"))).isEmpty();
        assertThat(lastLog()).containsEntry("status", "REFUSED");
    }

    @Test
    void aNumberInAnXlsxNumericCellIsFoundAndTheFileNameIsWithheld() throws IOException {
        byte[] xlsx = xlsx(List.of(
                List.of("Ärende", "Enhet", "Målgrupp", "Inledd", "Avslutad"),
                List.of(198112189876d, "VE", "vuxna", LocalDate.of(2023, 5, 2), "")));
        InvestigationImportPreview preview = importer.preview("lista 811218-9876.xlsx", xlsx, "controller");
        assertThat(preview.refusedAt())
                .extracting(InvestigationImportError::row, InvestigationImportError::column)
                .containsExactly(2, "Ärende (A)");
        assertThat(lastLog().get("file_name")).isEqualTo("(filnamnet utelämnat)");
    }

    @Test
    void aChecksumInvalidTenDigitNumberIsNotRefused() {
        String file = csv(HEADER, "8112189875;VE;vuxna;2025-01-13;2025-03-03;;;");
        String before = checksum();
        InvestigationImportPreview preview =
                importer.apply("export.csv", file.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(preview.refusedAt()).isNull();
        assertThat(preview.problems()).isEmpty();
        assertThat(repository.current(List.of("8112189875"))).hasSize(1);
        assertThat(checksum()).isNotEqualTo(before);
    }

    private String checksum() {
        return jdbc.sql("checksum table investigation, investigation_extension")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getString(2))
                .list()
                .toString();
    }

    private Map<String, Object> lastLog() {
        return jdbc.sql("select status, file_name, message, rows_added, rows_corrected, rows_unchanged from import_log"
                        + " where kind = 'INVESTIGATIONS' order by id desc limit 1")
                .query()
                .singleRow();
    }

    private static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Utredningar");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    switch (value) {
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        case Double n -> cell.setCellValue(n);
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
