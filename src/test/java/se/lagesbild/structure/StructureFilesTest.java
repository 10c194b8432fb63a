package se.lagesbild.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.imports.EconomyImport;
import se.lagesbild.economy.imports.EconomyImportPreview;
import se.lagesbild.economy.imports.ImportKind;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.support.LagesbildTest;

/**
 * The struktur files: the example files describe the demo's 2020 and 2021 structure, an import runs
 * through the endpoint, is all or nothing with each error's row and column, and is idempotent. The
 * new structure lives in 2034–2036, years no other test reads.
 */
@LagesbildTest
class StructureFilesTest {

    private static final Path EXAMPLES = Path.of("docs/examples/arspaket");

    @Autowired
    StructureFiles files;

    @Autowired
    OrganisationService organisation;

    @Autowired
    StructureService structure;

    @Autowired
    EconomyService economy;

    @Autowired
    EconomyImport imports;

    @Autowired
    ImportLog importLog;

    @Autowired
    se.lagesbild.investigations.InvestigationImport caseImport;

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
    void theExampleFilesDescribeTheDemosStructureOf2020And2021() throws Exception {
        for (StructureFiles.Kind kind : StructureFiles.Kind.values()) {
            for (int year : new int[] {2020, 2021}) {
                String name = kind.fileName(year);
                StructureFiles.Outcome outcome =
                        files.importFile(kind, name, Files.readAllBytes(EXAMPLES.resolve(name)), "controller");
                assertThat(outcome.errors()).as(name).isEmpty();
                assertThat(outcome.status()).as(name).isEqualTo(ImportStatus.APPLIED);
                assertThat(outcome.added() + outcome.changed()).as(name).isZero();
                assertThat(outcome.unchanged()).as(name).isPositive();
            }
        }
    }

    @Test
    void aStructureFileThroughTheEndpointCreatesAYearsOrganisationAndAgainChangesNothing() throws Exception {
        byte[] file = csv(
                "År;Typ;Kod;Namn;Hör till;Sortering;Kod i ekonomisystemet;Stavningar",
                "2034;Verksamhetsområde;KRIS;Krisberedskap;ASN;3;;",
                "2034;Verksamhet;KRIS_STOD;Krisstöd;KRIS;1;9101;Stöd vid kris | Krisstod",
                "2034;Enhet;KRISENH;Krisenheten 2034;ASF;11;;Kris-enheten 2034");
        mvc.perform(multipart("/api/import/struktur-organisation")
                        .file(new MockMultipartFile("file", "struktur-organisation-2034.csv", "text/csv", file))
                        .header("Authorization", "Bearer demo-import-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.kind").value("struktur-organisation"))
                .andExpect(jsonPath("$.added").value(3));
        assertThat(organisation.organisation(2034).activitiesOf("KRIS", 2034))
                .extracting(a -> a.name())
                .containsExactly("Krisstöd");
        assertThat(organisation.organisation(2033).area("KRIS")).isEmpty();
        assertThat(organisation.resolveActivity("stöd vid kris").map(a -> a.code()))
                .contains("KRIS_STOD");
        assertThat(organisation.resolveActivity("9101").map(a -> a.code())).contains("KRIS_STOD");
        assertThat(organisation.resolveUnit("Kris-enheten 2034").map(u -> u.code()))
                .contains("KRISENH");

        // the same file again: nothing new, nothing changed
        mvc.perform(multipart("/api/import/struktur-organisation")
                        .file(new MockMultipartFile("file", "struktur-organisation-2034.csv", "text/csv", file))
                        .header("Authorization", "Bearer demo-import-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.corrected").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(importLog.newestFirst(5).getFirst()).satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("STRUCTURE_ORGANISATION");
            assertThat(entry.status()).isEqualTo("APPLIED");
            assertThat(entry.fileName()).isEqualTo("struktur-organisation-2034.csv");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            ints = {se.lagesbild.base.TextLimits.STRUCTURE_NAME, se.lagesbild.base.TextLimits.STRUCTURE_NAME + 1})
    void aNameAtItsLimitIsImportedAndOneLongerIsARowErrorInSwedish(int length) throws Exception {
        String code = "LANG" + length;
        String name = "L".repeat(length);
        byte[] file = csv("År;Typ;Kod;Namn;Hör till;Sortering", "2036;Verksamhet;" + code + ";" + name + ";IFO;1");
        long audits = jdbc.sql("select count(*) from audit_event where kind = 'IMPORT'")
                .query(Long.class)
                .single();
        var answer = mvc.perform(multipart("/api/import/struktur-organisation")
                .file(new MockMultipartFile("file", "lang.csv", "text/csv", file))
                .header("Authorization", "Bearer demo-import-token"));
        if (length <= se.lagesbild.base.TextLimits.STRUCTURE_NAME) {
            answer.andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
            assertThat(organisation.resolveActivity(code).map(a -> a.name())).contains(name);
        } else {
            answer.andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].row").value(2))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Texten '" + "L".repeat(29) + "…' är för lång: högst 200 tecken"));
            assertThat(organisation.resolveActivity(code)).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'IMPORT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits + 1);
    }

    @Test
    void aFileWithErrorsIsRejectedWholeWithEachErrorsRowAndColumn() throws Exception {
        byte[] file = csv(
                "År;Typ;Kod;Namn;Hör till;Sortering",
                "2035;Verksamhet;GILTIG35;En giltig rad;IFO;1",
                "20x5;Verksamhet;FEL1;Fel år;IFO;1",
                "2035;Avdelning;FEL2;Okänd typ;IFO;1",
                "2035;Verksamhet;FEL3;Okänt område;XYZ;2",
                "2035;Verksamhet;FEL4;Ingen sortering;IFO;");
        mvc.perform(multipart("/api/import/struktur-organisation")
                        .file(new MockMultipartFile("file", "fel.csv", "text/csv", file))
                        .header("Authorization", "Bearer demo-import-token"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("År"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Ogiltigt år '20x5': ange ett år mellan 2000 och 2099"));
        StructureFiles.Outcome outcome =
                files.importFile(StructureFiles.Kind.ORGANISATION, "fel.csv", file, "controller");
        assertThat(outcome.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(3, "År", "Ogiltigt år '20x5': ange ett år mellan 2000 och 2099"),
                        tuple(
                                4,
                                "Typ",
                                "Okänd typ 'Avdelning': ange Nämnd, Förvaltning, Verksamhetsområde, Verksamhet, Enhet"),
                        tuple(6, "Sortering", "Värde saknas"));
        // the rules are checked when the rows are: a parent that does not exist, nothing written
        byte[] second = csv(
                "År;Typ;Kod;Namn;Hör till;Sortering",
                "2035;Verksamhet;GILTIG35;En giltig rad;IFO;1",
                "2035;Verksamhet;FEL3;Okänt område;XYZ;2");
        StructureFiles.Outcome rejected =
                files.importFile(StructureFiles.Kind.ORGANISATION, "fel2.csv", second, "controller");
        assertThat(rejected.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(rejected.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(tuple(3, "Hör till", "'XYZ' finns inte år 2035"));
        assertThat(organisation.organisation(2035).activity("GILTIG35"))
                .as("all or nothing")
                .isEmpty();
        assertThat(importLog.newestFirst(5).getFirst().status()).isEqualTo("REJECTED");
        // a file without a required column says which
        assertThat(files.importFile(
                                StructureFiles.Kind.COST_TYPES, "k.csv", csv("År;Kod;Namn", "2035;A;B"), "controller")
                        .errors())
                .extracting(ImportError::message)
                .containsExactly(
                        "Kolumnen 'Hör till' saknas i rubrikraden",
                        "Kolumnen 'Sortering' saknas i rubrikraden",
                        "Kolumnen 'Intäkt' saknas i rubrikraden");
    }

    @Test
    void theGoalStructureFileOfAYearIsExportedAndImportedBackUnchangedAndChangesOneTarget() throws Exception {
        byte[] exported = files.export(StructureFiles.Kind.GOALS, 2021);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFÅr;Typ;Målområde;Enhet;Namn;Beskrivning");
        // the 2021 structure as 2036's, without enheter another test may have closed by then
        String in2036 = text.replace("\n2021;", "\n2036;")
                .lines()
                .filter(line -> {
                    String[] cells = line.split(";", -1);
                    return !cells[0].equals("2036")
                            || cells[3].isEmpty()
                            || organisation.organisation(2036).unit(cells[3]).isPresent();
                })
                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"));
        long indicators =
                in2036.lines().filter(l -> l.startsWith("2036;Indikator;")).count();
        StructureFiles.Outcome created = files.importFile(
                StructureFiles.Kind.GOALS, "mal-2036.csv", in2036.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(created.errors()).isEmpty();
        assertThat(structure.goalAreas(2036)).hasSize(structure.goalAreas(2021).size());
        assertThat(structure.indicators(2036)).hasSize((int) indicators);
        assertThat(structure.lateShareTargets(2036)).containsEntry("BUE", new BigDecimal("10.00"));

        String changed = in2036.replace(
                "2036;Mål sena utredningar;;BUE;;;;;;10;;", "2036;Mål sena utredningar;;BUE;;;;;;12,5;;");
        StructureFiles.Outcome again = files.importFile(
                StructureFiles.Kind.GOALS, "mal-2036.csv", changed.getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(again.changed()).isEqualTo(1);
        assertThat(again.added()).isZero();
        assertThat(structure.lateShareTargets(2036)).containsEntry("BUE", new BigDecimal("12.50"));
    }

    @Test
    void aDraftYearRefusesABudgetUntilPublishedAndALockedYearRefusesEveryFact() {
        organisation.setYearState(2037, YearState.DRAFT, "controller");
        byte[] budget = csv("År;Verksamhet;Kostnadsslag;Årsbelopp tkr", "2037;EKB;RENTS;-1200");
        EconomyImportPreview draft = imports.preview(ImportKind.BUDGET, "budget-2037.csv", budget, "controller");
        assertThat(draft.errors())
                .extracting(ImportError::message)
                .containsExactly(
                        "År 2037 är ett utkast: budget kan läsas in först när året är publicerat (Struktur → År)");
        structure.publish(2037, "controller");
        assertThat(imports.preview(ImportKind.BUDGET, "budget-2037.csv", budget, "controller")
                        .errors())
                .isEmpty();
        structure.lock(2037, "controller");
        assertThat(imports.preview(ImportKind.BUDGET, "budget-2037.csv", budget, "controller")
                        .errors())
                .extracting(ImportError::message)
                .containsExactly("År 2037 är låst: inga fler belopp kan läsas in för året");
        assertThat(economy.isLocked(2037)).isTrue();
        assertThat(economy.report(YearMonth.of(2037, 1)).committee().figures().budgetYear())
                .isEqualByComparingTo("0");
    }

    @Test
    void aCaseThatWouldChangeALockedYearIsRefusedAndAnUnchangedOneIsNot() {
        byte[] cases = csv("Ärende;Enhet;Målgrupp;Inledd;Avslutad", "LOCK-1;BUE;barn och unga;2004-03-01;2004-05-10");
        assertThat(caseImport.apply("arenden-2004.csv", cases, "controller").problems())
                .isEmpty();
        structure.lock(2004, "controller");
        // the same export again: nothing changes, so nothing is refused
        assertThat(caseImport.apply("arenden-2004.csv", cases, "controller").problems())
                .isEmpty();
        byte[] changed = csv("Ärende;Enhet;Målgrupp;Inledd;Avslutad", "LOCK-1;BUE;barn och unga;2004-03-01;2004-06-10");
        assertThat(caseImport.preview("arenden-2004.csv", changed, "controller").problems())
                .extracting(p -> p.row(), p -> p.column(), p -> p.key(), p -> p.args())
                .containsExactly(
                        tuple(2, "Inledd (D)", "investigations.import.error.yearLocked", java.util.List.of("2004")),
                        tuple(2, "Avslutad (E)", "investigations.import.error.yearLocked", java.util.List.of("2004")));
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
