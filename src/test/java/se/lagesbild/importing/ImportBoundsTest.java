package se.lagesbild.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lagesbild.importing.EconomyFiles.utf8;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.TextLimits;
import se.lagesbild.support.LagesbildTest;

/**
 * The import endpoint's bounds and failures (issue 20's probe): a token's name, a file's name and a
 * case's "Skäl" at their limits and one over; an unexpected failure in the database. Every attempt
 * has its import log row and its audit row, and no database message reaches the answer or the log.
 * Utfall in 2016 and cases of 2018, closed in 2018 (years no other test reads).
 */
@LagesbildTest
class ImportBoundsTest {

    private static final String DEMO = "Bearer demo-import-token";
    private static final String CASES_HEADER =
            "Ärende;Enhet;Målgrupp;Inledd;Avslutad;Beslutsdatum 1;Förlängd till 1;Skäl 1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.API_TOKEN_NAME, TextLimits.API_TOKEN_NAME + 1})
    void aTokenNameAtItsLimitIsCreatedAndImportsAndOneLongerIsRefusedInSwedish(int length) throws Exception {
        String name = ("n" + length + "-").repeat(length).substring(0, length);
        if (length > TextLimits.API_TOKEN_NAME) {
            long auditBefore = count("audit_event");
            assertThatThrownBy(() -> tokens.create("admin", name, EnumSet.of(ImportScope.ACTUAL)))
                    .isInstanceOf(ApiTokens.InvalidTokenException.class)
                    .extracting(e -> SwedishTexts.swedish(e.getMessage()))
                    .isEqualTo("Ange jobbets namn (2–96 tecken) som inte redan används");
            assertThat(jdbc.sql("select count(*) from api_token where name = ?")
                            .param(name)
                            .query(Long.class)
                            .single())
                    .as("nothing written")
                    .isZero();
            assertThat(count("audit_event")).isEqualTo(auditBefore);
            return;
        }
        String token = tokens.create("admin", name, EnumSet.of(ImportScope.ACTUAL));
        Attempt attempt = attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer " + token)
                        .header("X-File-Name", "token.csv")
                        .contentType("text/csv")
                        .content(utf8(EconomyFiles.ACTUAL_HEADER, "2016;1;EKB;RENTS;-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED")));
        assertThat(attempt.lastAuditUser()).isEqualTo("api:" + name).hasSize(TextLimits.USER_NAME);
    }

    @Test
    void aTokenNamedAtTheOldLimitOfAHundredStillImportsRecordedWithItsNameCut() throws Exception {
        String name = "x".repeat(100);
        tokens.put(name, "old-limit-secret-value", EnumSet.of(ImportScope.ACTUAL));
        Attempt attempt = attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", "Bearer old-limit-secret-value")
                        .contentType("text/csv")
                        .content(utf8(EconomyFiles.ACTUAL_HEADER, "2016;2;EKB;RENTS;-1")))
                .andExpect(status().isOk()));
        assertThat(attempt.lastAuditUser()).startsWith("api:xxx").endsWith("…").hasSize(TextLimits.USER_NAME);
        assertThat(attempt.lastLogMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.FILE_NAME, 320, 600, 1000})
    void aLongFileNameIsImportedAndRecordedCutWithAnEllipsis(int length) throws Exception {
        String name = "u".repeat(length - 4) + ".csv";
        String shown = length <= TextLimits.FILE_NAME ? name : "u".repeat(TextLimits.FILE_NAME - 1) + "…";
        Attempt raw = attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", name)
                        .contentType("text/csv")
                        .content(utf8(EconomyFiles.ACTUAL_HEADER, "2016;3;EKB;RENTS;-" + length)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED")));
        assertThat(raw.lastLogFile()).isEqualTo(shown);
        Attempt multipart = attempt(() -> mvc.perform(multipart("/api/import/utfall")
                        .file(new MockMultipartFile(
                                "file",
                                name,
                                "text/csv",
                                utf8(EconomyFiles.ACTUAL_HEADER, "2016;4;EKB;RENTS;-" + length)))
                        .header("Authorization", DEMO))
                .andExpect(status().isOk()));
        assertThat(multipart.lastLogFile()).isEqualTo(shown);
        Attempt cases = attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", name)
                        .contentType("text/csv")
                        .content(
                                utf8(CASES_HEADER, "BOUND-F" + length + ";BUE;barn och unga;2018-02-01;2018-03-01;;;")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED")));
        assertThat(cases.lastLogFile()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(ints = {TextLimits.EXTENSION_REASON, TextLimits.EXTENSION_REASON + 1})
    void aReasonAtItsLimitIsStoredAndOneLongerIsARowErrorInSwedish(int length) throws Exception {
        String reference = "BOUND-S" + length;
        String row = reference + ";VE;vuxna;2018-03-01;2018-09-03;2018-05-01;2018-08-01;" + "s".repeat(length);
        if (length <= TextLimits.EXTENSION_REASON) {
            attempt(() -> mvc.perform(post("/api/import/utredningar")
                            .header("Authorization", DEMO)
                            .content(utf8(CASES_HEADER, row)))
                    .andExpect(status().isOk()));
            assertThat(jdbc.sql("select reason_code from investigation_extension e join investigation i"
                                    + " on i.id = e.investigation_id where i.reference = ?")
                            .param(reference)
                            .query(String.class)
                            .single())
                    .isEqualTo("s".repeat(length));
            return;
        }
        Attempt attempt = attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .content(utf8(CASES_HEADER, row)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Skäl 1 (H)"))
                .andExpect(jsonPath("$.errors[0].message").value("Skälet är längre än 40 tecken")));
        assertThat(attempt.lastLogMessage()).contains("Skälet är längre än 40 tecken");
        assertThat(cases(reference)).as("nothing written").isZero();
    }

    @Test
    void anUnexpectedFailureInTheDatabaseIsLoggedAndAuditedWithoutTheDatabasesMessage() throws Exception {
        jdbc.sql("create trigger bound_test_failure before insert on investigation for each row"
                        + " signal sqlstate '45000' set message_text = 'Data too long for column reference'")
                .update();
        try {
            Attempt attempt = attempt(() -> mvc.perform(post("/api/import/utredningar")
                            .header("Authorization", DEMO)
                            .header("X-File-Name", "fel-i-databasen.csv")
                            .content(utf8(CASES_HEADER, "BOUND-DB1;BUE;vuxna;2018-04-01;;;;")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.startsWith("Importen av fel-i-databasen.csv kunde inte"))));
            assertThat(attempt.body()).doesNotContain("Data too long", "SQL", "Exception");
            assertThat(attempt.lastLogMessage())
                    .startsWith("Importen av fel-i-databasen.csv kunde inte slutföras")
                    .doesNotContain("Data too long");
            assertThat(jdbc.sql("select status from import_log order by id desc limit 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("REJECTED");
            assertThat(cases("BOUND-DB%")).isZero();
        } finally {
            jdbc.sql("drop trigger bound_test_failure").update();
        }
    }

    @Test
    void anOldLogRowWithTheDatabasesMessageIsShownWithTheSwedishOneInstead() {
        assertThat(ImportLog.shown(
                        "gammal.csv",
                        "Importen avbröts av ett oväntat fel: PreparedStatementCallback; Data too long for column"))
                .isEqualTo("Importen av gammal.csv avbröts av ett oväntat fel. Inget ur filen sparades;"
                        + " felet är loggat på servern.");
        assertThat(ImportLog.shown("ny.csv", "3 fel.")).isEqualTo("3 fel.");
    }

    @Test
    void everyKindOfEndingHasOneLogRowAndOneAuditRow() throws Exception {
        // applied, rejected (row error), refused (personnummer), unreadable, empty
        attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .content(utf8(CASES_HEADER, "BOUND-K1;BUE;vuxna;2018-05-02;2018-06-01;;;")))
                .andExpect(status().isOk()));
        attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .content(utf8(CASES_HEADER, "BOUND-K2;Ingen enhet;vuxna;2018-05-02;;;;")))
                .andExpect(status().isUnprocessableContent()));
        attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .content(utf8(CASES_HEADER, "BOUND-K3;BUE;vuxna;2018-05-02;;;;19121212-1212")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REFUSED")));
        attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .content(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .andExpect(status().isUnprocessableContent()));
        attempt(() -> mvc.perform(
                        post("/api/import/utfall").header("Authorization", DEMO).content(new byte[0]))
                .andExpect(status().isUnprocessableContent()));
    }

    @Test
    void aRawBodyOverTheLimitIsAnswered413InSwedishWithoutReadingItAllAndNothingIsLogged() throws Exception {
        long limit = 100L * 1024 * 1024;
        long logs = count("import_log");
        for (boolean declared : new boolean[] {true, false}) {
            StreamingRequest request = new StreamingRequest(context.getServletContext(), limit + 1024 * 1024, declared);
            mvc.perform(servletContext -> request)
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(jsonPath("$.status").value("CONTENT_TOO_LARGE"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Filen är för stor: högst 100 MB tas emot. Dela upp filen eller be driften"
                                    + " höja LAGESBILD_IMPORT_MAX_FILE_SIZE."));
            assertThat(request.served)
                    .as(declared ? "a declared length is refused unread" : "a chunked body is read one byte past")
                    .isEqualTo(declared ? 0 : limit + 1);
        }
        assertThat(count("import_log")).isEqualTo(logs);
    }

    @Test
    void anAnswerCarriesTheFirst200ErrorsAndTheirTotal() throws Exception {
        String[] lines = new String[502];
        lines[0] = EconomyFiles.ACTUAL_HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "2016;5;EKB;RENTS;inget tal";
        }
        Attempt economy = attempt(() -> mvc.perform(
                        post("/api/import/utfall").header("Authorization", DEMO).content(utf8(lines)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(501))
                .andExpect(jsonPath("$.errors.length()").value(TextLimits.SHOWN_ERRORS)));
        assertThat(economy.lastLogMessage()).startsWith("501 fel.");
        String[] cases = new String[302];
        cases[0] = CASES_HEADER;
        for (int i = 1; i < cases.length; i++) {
            cases[i] = "BOUND-E" + i + ";Ingen enhet;vuxna;2018-05-02;;;;";
        }
        Attempt investigations = attempt(() -> mvc.perform(post("/api/import/utredningar")
                        .header("Authorization", DEMO)
                        .content(utf8(cases)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(301))
                .andExpect(jsonPath("$.errors.length()").value(TextLimits.SHOWN_ERRORS)));
        assertThat(investigations.lastLogMessage()).startsWith("301 fel, inget sparat.");
    }

    @Test
    void anXlsxFormulaIsEvaluatedFromTheFileAndOneThatCannotBeIsRefusedWithItsAddress() throws Exception {
        // as many tools write it: a formula with no cached value (POI writes none)
        attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", "formel.xlsx")
                        .content(workbook("SUM(-60,-40)")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1)));
        assertThat(jdbc.sql(
                                "select amount_tkr from actual_fact where year = 2016 and month = 6 and activity_code = 'EKB'"
                                        + " and cost_type = 'RENTS' order by version desc limit 1")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("-100");
        Attempt refused = attempt(() -> mvc.perform(post("/api/import/utfall")
                        .header("Authorization", DEMO)
                        .header("X-File-Name", "felformel.xlsx")
                        .content(workbook("1/0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("Cellen E2 har en formel som inte kan räknas ut"))));
        assertThat(refused.lastLogMessage()).contains("Cellen E2");
    }

    /** An utfall workbook for June 2016 whose amount cell holds a formula. */
    private static byte[] workbook(String formula) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Utfall");
            String[] header = EconomyFiles.ACTUAL_HEADER.split(";");
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(2016);
            row.createCell(1).setCellValue(6);
            row.createCell(2).setCellValue("EKB");
            row.createCell(3).setCellValue("RENTS");
            row.createCell(4).setCellFormula(formula);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A raw body of {@code size} bytes made as it is read, its length declared or not (chunked). */
    static final class StreamingRequest extends org.springframework.mock.web.MockHttpServletRequest {

        private final long size;
        private final boolean declared;
        long served;

        StreamingRequest(jakarta.servlet.ServletContext context, long size, boolean declared) {
            super(context, "POST", "/api/import/utfall");
            this.size = size;
            this.declared = declared;
            addHeader("Authorization", DEMO);
            setContentType("text/csv");
            addHeader("Content-Type", "text/csv");
            if (declared) {
                addHeader("Content-Length", size);
            }
        }

        @Override
        public long getContentLengthLong() {
            return declared ? size : -1;
        }

        @Override
        public int getContentLength() {
            return declared ? (int) Math.min(Integer.MAX_VALUE, size) : -1;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    if (served >= size) {
                        return -1;
                    }
                    served++;
                    return 'x';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (served >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(len, size - served);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                    served += n;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return served >= size;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {}
            };
        }
    }

    // ------------------------------------------------------------------------------------ support

    interface Call {
        org.springframework.test.web.servlet.ResultActions perform() throws Exception;
    }

    /** What one attempt left: its answer; asserts it left exactly one import log row and one audit row. */
    record Attempt(String body, JdbcClient jdbc) {

        String lastAuditUser() {
            return jdbc.sql("select username from audit_event where kind = 'IMPORT' order by id desc limit 1")
                    .query(String.class)
                    .single();
        }

        String lastLogFile() {
            return jdbc.sql("select file_name from import_log order by id desc limit 1")
                    .query(String.class)
                    .single();
        }

        String lastLogMessage() {
            return jdbc.sql("select message from import_log order by id desc limit 1")
                    .query(String.class)
                    .optional()
                    .orElse(null);
        }
    }

    private Attempt attempt(Call call) throws Exception {
        long logs = count("import_log");
        long audits = importAudits();
        MvcResult result = call.perform().andReturn();
        assertThat(count("import_log") - logs).as("import log rows").isEqualTo(1);
        assertThat(importAudits() - audits).as("audit rows").isEqualTo(1);
        return new Attempt(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), jdbc);
    }

    private long importAudits() {
        return jdbc.sql("select count(*) from audit_event where kind = 'IMPORT'")
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long cases(String referencePattern) {
        return jdbc.sql("select count(*) from investigation where reference like ?")
                .param(referencePattern)
                .query(Long.class)
                .single();
    }
}
