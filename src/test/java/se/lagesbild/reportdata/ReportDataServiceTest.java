package se.lagesbild.reportdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.support.LagesbildTest;

/**
 * The report's written sections in 2014 (a year no other test and no demo data use): who may write
 * (controller and ledning; never enhetschef, nämnd or admin, server-side), every save a version with
 * who and when, wrong rows refused whole with their row and column, and the files through the editor's
 * import and the import endpoint, exported and read back unchanged.
 */
@LagesbildTest
class ReportDataServiceTest {

    @Autowired
    ReportDataService service;

    @Autowired
    ReportDataFiles files;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void controllerAndLedningWriteEveryOtherRoleIsRefusedAndNothingIsStored() {
        YearMonth period = YearMonth.of(2014, 1);
        List<List<String>> risk = List.of(List.of("Finansiell", "Ökade kostnader", "4", "5", "Samverkan", "Gul"));
        assertThat(service.save(SectionKind.RISKS, period, risk, "controller")).isTrue();
        assertThat(service.saveText(Chapter.EVENTS, period, "- En händelse", "ledning"))
                .isTrue();
        for (String user : List.of("enhetschef", "namnd", "admin", "okänd")) {
            assertThat(service.mayWrite(user)).as(user).isFalse();
            for (SectionKind kind : SectionKind.values()) {
                assertThatThrownBy(() -> service.save(kind, period, List.of(), user))
                        .as(user + " " + kind)
                        .isInstanceOf(AccessDeniedException.class);
            }
            for (Chapter chapter : Chapter.values()) {
                assertThatThrownBy(() -> service.saveText(chapter, period, "x", user))
                        .as(user + " " + chapter)
                        .isInstanceOf(AccessDeniedException.class);
            }
            for (ImportScope scope : files.scopes()) {
                assertThatThrownBy(() -> files.importFile(scope, "f.csv", "Period\n".getBytes(), user))
                        .as(user + " " + scope)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(service.history(SectionKind.RISKS, period)).hasSize(1);
        assertThat(service.textHistory(Chapter.EVENTS, period)).hasSize(1);
        assertThat(service.mayWrite("controller")).isTrue();
        assertThat(service.mayWrite("ledning")).isTrue();
    }

    @Test
    void everySaveIsAVersionWithWhoAndWhenAndTheLatestIsInForce() {
        YearMonth period = YearMonth.of(2014, 2);
        service.save(SectionKind.ACTIONS, period, List.of(List.of("Åtgärd A", "Påbörjad")), "controller");
        assertThat(service.save(SectionKind.ACTIONS, period, List.of(List.of("Åtgärd A", "Påbörjad")), "ledning"))
                .as("unchanged: no new version")
                .isFalse();
        service.save(
                SectionKind.ACTIONS,
                period,
                List.of(List.of("Åtgärd A", "Klar"), List.of("Åtgärd B", "Arbetet pågår")),
                "ledning");
        assertThat(service.rows(SectionKind.ACTIONS, period))
                .containsExactly(List.of("Åtgärd A", "Klar"), List.of("Åtgärd B", "Arbetet pågår"));
        List<RowSet> history = service.history(SectionKind.ACTIONS, period);
        assertThat(history).extracting(RowSet::recordedBy).containsExactly("ledning", "controller");
        assertThat(history.getLast().rows()).containsExactly(List.of("Åtgärd A", "Påbörjad"));
        assertThat(history.getFirst().recordedAt())
                .isAfterOrEqualTo(history.getLast().recordedAt());
        // the table refuses to be changed afterwards (append-only)
        assertThatThrownBy(() -> jdbc.sql("update report_rows_version set recorded_by = 'x' where id = ?")
                        .param(history.getLast().id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void wrongRowsAreRefusedWholeWithTheirRowAndColumnAndNumbersAndStatusesAreNormalised() {
        YearMonth period = YearMonth.of(2014, 3);
        assertThatThrownBy(() -> service.save(
                        SectionKind.RISKS,
                        period,
                        List.of(
                                List.of("Omvärld", "Pandemin", "3", "3", "", "Grön"),
                                List.of("Finansiell", "", "6", "x", "", "Blå")),
                        "controller"))
                .isInstanceOfSatisfying(
                        InvalidRowsException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(2, "Risk", "reportdata.error.required"),
                                        org.assertj.core.groups.Tuple.tuple(2, "Sannolikhet", "reportdata.error.range"),
                                        org.assertj.core.groups.Tuple.tuple(2, "Konsekvens", "reportdata.error.range"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                2, "Bedömning", "reportdata.error.status")));
        assertThat(service.history(SectionKind.RISKS, period)).isEmpty();
        service.save(
                SectionKind.SICK_LEAVE,
                period,
                List.of(List.of("Förvaltningen", "6,33", "2,1", "", "5", "")),
                "controller");
        assertThat(service.rows(SectionKind.SICK_LEAVE, period))
                .containsExactly(List.of("Förvaltningen", "6.33", "2.1", "", "5", ""));
        service.save(SectionKind.ASSIGNMENTS, period, List.of(List.of("Uppdrag", "", "grön", "")), "controller");
        assertThat(service.rows(SectionKind.ASSIGNMENTS, period).getFirst().get(2))
                .isEqualTo("Grön");
    }

    @Test
    void aFileIsReadAllOrNothingWithEveryErrorsFileRowAndColumn() {
        String csv = """
                Period;Typ av risk;Risk;Sannolikhet;Konsekvens;Åtgärd;Bedömning;Riskvärde
                2014-04;Omvärld;Pandemin;3;3;Vaccin;Grön;9
                2014-04;Finansiell;Kostnader;4;5;Samverkan;Gul;25
                2014-13;Verksamhet;Kriminalitet;2;2;;Röd;4
                """;
        ReportDataFiles.Outcome outcome = files.importFile(
                ImportScope.REPORT_RISKS, "risker.csv", csv.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.errors())
                .extracting(e -> e.file() + " " + e.row() + " " + e.column())
                .containsExactly("risker.csv 3 Riskvärde", "risker.csv 4 Period");
        assertThat(outcome.errors().getFirst().message())
                .isEqualTo("Riskvärdet 25 stämmer inte: sannolikhet 4 × konsekvens 5 = 20");
        assertThat(service.history(SectionKind.RISKS, YearMonth.of(2014, 4))).isEmpty();

        ReportDataFiles.Outcome missing = files.importFile(
                ImportScope.REPORT_ACTIONS, "atgarder.csv", "Period;Åtgärd\n2014-04;A\n".getBytes(), "controller");
        assertThat(missing.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(missing.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly("1 Status");
    }

    @Test
    void everyKindExportsAsCsvAndXlsxAndReadsBackUnchanged() {
        YearMonth from = YearMonth.of(2021, 8);
        YearMonth to = YearMonth.of(2014, 5);
        for (SectionKind kind : SectionKind.values()) {
            List<List<String>> demo = service.rows(kind, from);
            assertThat(demo).as(kind + " in the demo data").isNotEmpty();
            byte[] csv = ReportDataFiles.csv(files.table(kind, from));
            String moved = new String(csv, StandardCharsets.UTF_8).replace("2021-08", to.toString());
            assertThat(files.importFile(kind.scope(), "x.csv", moved.getBytes(StandardCharsets.UTF_8), "controller")
                            .status())
                    .as(kind + " CSV")
                    .isEqualTo(ImportStatus.APPLIED);
            assertThat(service.rows(kind, to)).as(kind + " CSV").isEqualTo(demo);
            byte[] xlsx = ReportDataFiles.xlsx(files.table(kind, to));
            ReportDataFiles.Outcome again = files.importFile(kind.scope(), "x.xlsx", xlsx, "ledning");
            assertThat(again.status()).as(kind + " XLSX").isEqualTo(ImportStatus.APPLIED);
            assertThat(again.unchanged()).as(kind + " XLSX: the same rows").isEqualTo(demo.size());
        }
        byte[] texts = ReportDataFiles.csv(files.textTable(from));
        String moved = new String(texts, StandardCharsets.UTF_8).replace("2021-08", to.toString());
        assertThat(files.importFile(
                                ImportScope.REPORT_TEXTS, "t.csv", moved.getBytes(StandardCharsets.UTF_8), "controller")
                        .status())
                .isEqualTo(ImportStatus.APPLIED);
        assertThat(service.texts(to)).isEqualTo(service.texts(from));
    }

    @Test
    void theImportEndpointReadsEveryKindWithAToken() throws Exception {
        mvc.perform(post("/api/import/rapport-prioriteringar")
                        .header("Authorization", "Bearer demo-import-token")
                        .header("X-File-Name", "prioriteringar.csv")
                        .contentType("text/csv")
                        .content("Period;Prioritering;Kommentar\n2014-06;Fler feriejobb;246 ungdomar\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.added").value(1));
        assertThat(service.rows(SectionKind.PRIORITIES, YearMonth.of(2014, 6)))
                .containsExactly(List.of("Fler feriejobb", "246 ungdomar"));
        assertThat(service.current(SectionKind.PRIORITIES, YearMonth.of(2014, 6))
                        .orElseThrow()
                        .source())
                .isEqualTo("prioriteringar.csv");
        mvc.perform(post("/api/import/rapport-texter")
                        .header("Authorization", "Bearer demo-import-token")
                        .header("X-File-Name", "texter.csv")
                        .contentType("text/csv")
                        .content("Period;Kapitel;Text\n2014-06;okänt;x\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Kapitel"));
        mvc.perform(post("/api/import/rapport-risker")
                        .header("Authorization", "Bearer fel")
                        .contentType("text/csv")
                        .content("x".getBytes()))
                .andExpect(status().isUnauthorized());
    }
}
