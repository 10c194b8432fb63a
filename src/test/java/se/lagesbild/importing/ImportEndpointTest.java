package se.lagesbild.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lagesbild.importing.EconomyFiles.utf8;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.base.Checksums;
import se.lagesbild.support.LagesbildTest;

/**
 * POST /api/import/{kind} on the application's own context (utfall in 2017, months 9–11: before the
 * demo years, so the default period stays August 2021; investigations opened in 2019).
 */
@LagesbildTest
class ImportEndpointTest {

    private static final String DEMO = "Bearer demo-import-token";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ImportLog log;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void withoutATokenOrWithAWrongOneTheAnswerIs401() throws Exception {
        byte[] file = utf8(EconomyFiles.ACTUAL_HEADER, "2017;9;EKB;INTERNAL;-1");
        mvc.perform(post("/api/import/utfall").content(file).contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value("UNAUTHORIZED"));
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer wrong")
                        .content(file))
                .andExpect(status().isUnauthorized());
        assertThat(log.newestFirst(50))
                .noneMatch(entry -> entry.fileName().equals("namnlös fil")
                        && entry.checksum().equals(Checksums.sha256(file)));
    }

    @Test
    void aRevokedTokenOrOneWithoutTheKindsScopeIs401() throws Exception {
        tokens.put("revoked-job", "revoked-secret", EnumSet.allOf(ImportScope.class));
        tokens.put("budget-job", "budget-secret", EnumSet.of(ImportScope.BUDGET));
        byte[] file = utf8(EconomyFiles.ACTUAL_HEADER, "2017;9;EKB;RENTS;-1");
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer revoked-secret")
                        .content(file))
                .andExpect(status().isOk());
        tokens.revoke("revoked-job");
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer revoked-secret")
                        .content(file))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer budget-secret")
                        .content(file))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRawBodyIsImportedAndAnsweredWithItsCounts() throws Exception {
        byte[] file = utf8(EconomyFiles.ACTUAL_HEADER, "2017;10;EKB;RENTS;-1", "2017;10;EKB;GRANTS;-2");
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", "okt.csv")
                        .contentType("text/csv")
                        .content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.corrected").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.errors").isEmpty());
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .header("Content-Disposition", "attachment; filename=\"okt-igen.csv\"")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(log.newestFirst(1).getFirst()).satisfies(entry -> {
            assertThat(entry.fileName()).isEqualTo("okt-igen.csv");
            assertThat(entry.importedBy()).isEqualTo("api:demo");
        });
    }

    @Test
    void aMultipartFileWithErrorsIsAnswered422WithEveryRowError() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "nov.csv",
                "text/csv",
                utf8(EconomyFiles.ACTUAL_HEADER, "2017;11;EKB;RENTS;-1", "2017;11;Barn och ungdomsvård;RENTS;x"));
        mvc.perform(multipart("/api/import/utfall").file(file).header("Authorization", DEMO))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("nov.csv"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Verksamhet"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Okänd verksamhet 'Barn och ungdomsvård' – menade du 'Barn- och ungdomsvård'?"))
                .andExpect(jsonPath("$.errors[1].column").value("Belopp tkr"));
        mvc.perform(multipart("/api/import/utfall")
                        .file(new MockMultipartFile(
                                "file",
                                "nov.csv",
                                "text/csv",
                                utf8(EconomyFiles.ACTUAL_HEADER, "2017;11;EKB;RENTS;-1")))
                        .header("Authorization", DEMO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
    }

    @Test
    void aFormPostIsRefusedWithWhatToSendInstead() throws Exception {
        mvc.perform(post("/api/import/budget")
                        .header("Authorization", DEMO)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(EconomyFiles.csv(SwedishCsv.WINDOWS_1252, false, "År;Verksamhet", "2028;Öst")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("Content-Type text/csv")));
    }

    @Test
    void anUnknownKindIs404() throws Exception {
        mvc.perform(post("/api/import/lon").header("Authorization", DEMO).content(new byte[] {1}))
                .andExpect(status().isNotFound());
    }

    private static final String CASES_HEADER = "Ärende;Enhet;Målgrupp;Inledd;Avslutad";

    @Test
    void theInvestigationsExportNeedsATokenScopedToItAndAnEconomyScopeIsNotEnough() throws Exception {
        tokens.put("cases-job", "cases-secret", EnumSet.of(ImportScope.INVESTIGATIONS));
        tokens.put(
                "actual-job",
                "actual-secret",
                EnumSet.of(ImportScope.ACTUAL, ImportScope.BUDGET, ImportScope.FORECAST));
        byte[] cases = utf8(
                CASES_HEADER,
                "API-U1;BUE;barn och unga;2019-02-01;2019-05-20",
                "API-U2;VE;vuxna;2019-03-04;2019-06-28");
        mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", "Bearer actual-secret")
                        .content(cases))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value("UNAUTHORIZED"));
        mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer cases-secret")
                        .content(utf8(EconomyFiles.ACTUAL_HEADER, "2017;9;EKB;RENTS;-3")))
                .andExpect(status().isUnauthorized());
        assertThat(caseCount("API-U%")).as("nothing stored by a refused token").isZero();

        mvc.perform(multipart("/api/import/utredningar")
                        .file(new MockMultipartFile("file", "arenden.csv", "text/csv", cases))
                        .header("Authorization", "Bearer cases-secret"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.kind").value("utredningar"))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.errors").isEmpty());
        assertThat(caseCount("API-U%")).isEqualTo(2);
        mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", "igen.csv")
                        .contentType("text/csv")
                        .content(cases))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(log.newestFirst(2))
                .extracting(ImportLogEntry::fileName, ImportLogEntry::importedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("igen.csv", "api:demo"),
                        org.assertj.core.groups.Tuple.tuple("arenden.csv", "api:cases-job"));
        assertThat(jdbc.sql("select new_value from audit_event where username = 'api:cases-job' and kind = 'IMPORT'")
                        .query(String.class)
                        .list())
                .containsExactly("APPLIED: 2 nya, 0 ändrade, 0 oförändrade");
    }

    @Test
    void anInvestigationsFileWithRowErrorsIsAnswered422WithRowAndColumn() throws Exception {
        byte[] cases =
                utf8(CASES_HEADER, "API-R1;BUE;barn och unga;2019-02-01;", "API-R2;Okänd enhet;vuxna;2019-13-01;");
        answered422(cases, "fel.csv", "REJECTED")
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("fel.csv"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Enhet (B)"))
                .andExpect(jsonPath("$.errors[0].message").value("Okänd enhet: Okänd enhet"))
                .andExpect(jsonPath("$.errors[1].column").value("Inledd (D)"));
        assertThat(caseCount("API-R%")).as("all or nothing").isZero();
    }

    @Test
    void anInvestigationsFileWithAPersonnummerIsRefusedAsAWhole() throws Exception {
        byte[] cases = utf8(
                CASES_HEADER + ";Kommentar",
                "API-P1;BUE;barn och unga;2019-02-01;;",
                "API-P2;BUE;barn och unga;2019-02-01;;gäller 19811218-9876");
        answered422(cases, "export.csv", "REFUSED")
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Kommentar (F)"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("Filen innehåller något som liknar ett personnummer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("9876"))));
        assertThat(caseCount("API-P%")).isZero();
        assertThat(log.newestFirst(1).getFirst().status()).isEqualTo("REFUSED");
    }

    /** Posts a case export with the demo token and expects it answered 422 with the status. */
    private ResultActions answered422(byte[] cases, String fileName, String status) throws Exception {
        return mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", fileName)
                        .content(cases))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value(status));
    }

    private long caseCount(String referencePattern) {
        return jdbc.sql("select count(*) from investigation where reference like ?")
                .param(referencePattern)
                .query(Long.class)
                .single();
    }
}
