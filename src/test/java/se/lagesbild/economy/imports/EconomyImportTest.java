package se.lagesbild.economy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.lagesbild.importing.EconomyFiles.utf8;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import se.lagesbild.base.Checksums;
import se.lagesbild.importing.EconomyFiles;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportLogEntry;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.importing.SwedishCsv;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.support.LagesbildTest;

/**
 * Economy imports on MariaDB, in years the demo data and the other tests leave alone, all before the
 * demo years so that the latest month with utfall (the views' default period) stays August 2021:
 * utfall in 2015, budget in 2016, prognos in 2014, 2012 locked, and a verksamhet that exists only
 * from 2040.
 */
@LagesbildTest
class EconomyImportTest {

    @Autowired
    EconomyImport imports;

    @Autowired
    ImportLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisation;

    @BeforeEach
    void setUpOrganisation() {
        jdbc.sql("insert ignore into economy_year (year, locked) values (2012, true)")
                .update();
        jdbc.sql("""
                insert ignore into activity (code, area_code, name, sort_order, first_year, last_year)
                values ('FRAMTID', 'IFO', 'Framtida verksamhet', 99, 2040, null)""").update();
        jdbc.sql("insert ignore into activity_alias (alias, activity_code) values ('Försörjningsstöd', 'EKB')")
                .update();
        ReflectionTestUtils.setField(organisation, "cached", null);
    }

    @Test
    void anUtfallFileIsPreviewedAppliedAndReimportedWithoutChange() {
        byte[] file = utf8(
                EconomyFiles.ACTUAL_HEADER,
                "2015;1;Ekonomiskt bistånd;Bidrag;-1 234,5",
                "2015;1;Socialpsykiatri;Personalkostnader;-800",
                "2015;1;Integration;Statlig ersättning covid-19;12,345");

        EconomyImportPreview preview = imports.preview(null, "utfall-2015-01.csv", file, "controller");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.kind()).isEqualTo(ImportKind.ACTUAL);
        assertThat(preview.added()).isEqualTo(3);
        assertThat(preview.changes())
                .extracting(RowChange::row, RowChange::change, RowChange::activity, RowChange::after)
                .containsExactly(
                        tuple(2, RowChange.Change.ADDED, "Ekonomiskt bistånd", new BigDecimal("-1234.500")),
                        tuple(3, RowChange.Change.ADDED, "Socialpsykiatri", new BigDecimal("-800.000")),
                        tuple(4, RowChange.Change.ADDED, "Integration", new BigDecimal("12.345")));
        assertThat(factCount("actual_fact", 2015, 1)).isZero();

        ImportResult result = imports.apply(ImportKind.ACTUAL, "utfall-2015-01.csv", file, "controller");
        assertThat(result.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(result.added()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select amount_tkr from actual_fact where year = 2015 and month = 1 and activity_code = 'EKB'
                and cost_type = 'GRANTS' and version = 1 and import_id = ?""")
                        .param(result.importId())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("-1234.5");

        ImportResult again = imports.apply(ImportKind.ACTUAL, "utfall-2015-01.csv", file, "controller");
        assertThat(again.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(List.of(again.added(), again.corrected(), again.unchanged())).containsExactly(0, 0, 3);
        assertThat(factCount("actual_fact", 2015, 1)).isEqualTo(3);

        ImportLogEntry logged = log.newestFirst(10).stream()
                .filter(e -> e.id() == result.importId())
                .findFirst()
                .orElseThrow();
        assertThat(logged.status()).isEqualTo("APPLIED");
        assertThat(logged.kind()).isEqualTo("ACTUAL");
        assertThat(logged.fileName()).isEqualTo("utfall-2015-01.csv");
        assertThat(logged.checksum()).isEqualTo(Checksums.sha256(file)).hasSize(64);
        assertThat(logged.importedBy()).isEqualTo("controller");
        assertThat(List.of(logged.added(), logged.corrected(), logged.unchanged()))
                .containsExactly(3, 0, 0);
    }

    @Test
    void aChangedAmountBecomesVersionTwo() {
        imports.apply(
                ImportKind.ACTUAL,
                "a.csv",
                utf8(EconomyFiles.ACTUAL_HEADER, "2015;2;EKB;GRANTS;-100", "2015;2;EKB;RENTS;-50"),
                "controller");
        EconomyImportPreview preview = imports.preview(
                ImportKind.ACTUAL,
                "b.csv",
                utf8(EconomyFiles.ACTUAL_HEADER, "2015;2;EKB;GRANTS;-120", "2015;2;EKB;RENTS;-50"),
                "controller");
        assertThat(List.of(preview.added(), preview.corrected(), preview.unchanged()))
                .containsExactly(0, 1, 1);
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(RowChange.Change.CORRECTED);
            assertThat(change.before()).isEqualByComparingTo("-100");
            assertThat(change.after()).isEqualByComparingTo("-120");
        });
        ImportResult result = imports.apply(
                ImportKind.ACTUAL,
                "b.csv",
                utf8(EconomyFiles.ACTUAL_HEADER, "2015;2;EKB;GRANTS;-120", "2015;2;EKB;RENTS;-50"),
                "controller");
        assertThat(result.corrected()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select version, amount_tkr from actual_fact where year = 2015 and month = 2 and activity_code = 'EKB'
                and cost_type = 'GRANTS' order by version""")
                        .query((rs, i) ->
                                rs.getInt(1) + ":" + rs.getBigDecimal(2).toPlainString())
                        .list())
                .containsExactly("1:-100.000", "2:-120.000");
        assertThat(jdbc.sql("select count(*) from actual_fact where year = 2015 and month = 2 and cost_type = 'RENTS'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void everyAcceptedEncodingReadsTheSameFigures() {
        String[] lines = {
            EconomyFiles.ACTUAL_HEADER,
            "2015;3;Övriga insatser till vuxna;Övrigt;\u22121\u00A0234,5",
            "\"2015\";\"3\";\"Familjerätt och familjerådgivning\";\"Hyror\";\"-2\u202F000\"",
            "2015;3;försörjningsstöd;konsulter inkl  inhyrd personal;-3 000,25"
        };
        byte[] windows = EconomyFiles.csv(
                SwedishCsv.WINDOWS_1252,
                false,
                lines[0],
                lines[1].replace('\u2212', '-').replace('\u00A0', ' '),
                lines[2].replace('\u202F', ' '),
                lines[3]);
        assertThat(new String(windows, StandardCharsets.ISO_8859_1)).contains("Övriga");
        byte[] xlsx = EconomyFiles.xlsx(
                new Object[] {"År", "Månad", "Verksamhet", "Kostnadsslag", "Belopp tkr"},
                new Object[] {2015, 3, "Övriga insatser till vuxna", "Övrigt", -1234.5},
                new Object[] {2015, 3, "Familjerätt och familjerådgivning", "Hyror", "-2 000"},
                new Object[] {2015, "3", "Försörjningsstöd", "CONSULTANTS", -3000.25});
        for (byte[] file : List.of(utf8(lines), EconomyFiles.csv(StandardCharsets.UTF_8, true, lines), windows, xlsx)) {
            EconomyImportPreview preview = imports.preview(null, "mars.csv", file, "controller");
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.changes())
                    .extracting(RowChange::activity, RowChange::costType, RowChange::after)
                    .containsExactly(
                            tuple("Övriga insatser till vuxna", "Övrigt", new BigDecimal("-1234.500")),
                            tuple("Familjerätt och familjerådgivning", "Hyror", new BigDecimal("-2000.000")),
                            tuple("Ekonomiskt bistånd", "Konsulter inkl inhyrd personal", new BigDecimal("-3000.250")));
        }
    }

    @Test
    void aTabSeparatedUnicodeTextFileIsRead() {
        byte[] text = ("\uFEFFÅr\tMånad\tVerksamhet\tKostnadsslag\tBelopp tkr\r\n2015\t4\tEKB\tHyror\t-1,5\r\n")
                .getBytes(StandardCharsets.UTF_16LE);
        EconomyImportPreview preview = imports.preview(null, "unicode.txt", text, "controller");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.added()).isEqualTo(1);
    }

    @Test
    void everyKindOfBadRowIsReportedWithRowColumnAndSwedishMessage() {
        byte[] file = utf8(
                EconomyFiles.ACTUAL_HEADER,
                "2015;5;Barn och ungdomsvård;Bidrag;-10",
                "2015;5;Ekonomiskt bistånd;Bidragg;-10",
                "2015;5;Ekonomiskt bistånd;Övriga kostnader;-10",
                "2015;13;Ekonomiskt bistånd;Hyror;-10",
                "20x7;5;Ekonomiskt bistånd;Hyror;-10",
                "2015;5;Ekonomiskt bistånd;Hyror;tio",
                "2015;5;Ekonomiskt bistånd;Hyror;-1,2345",
                "2015;6;Ekonomiskt bistånd;Hyror;-5",
                "2015;juni;EKB;RENTS;-6",
                "2015;6;Flygverksamhet;Hyror;-5",
                "2012;6;Ekonomiskt bistånd;Hyror;-5",
                "2015;6;Framtida verksamhet;Hyror;-5",
                "2015;6;;Hyror;-5",
                ";;;;",
                "2015;7;Integration;Personalkostnader;1.5");
        EconomyImportPreview preview = imports.preview(null, "utfall-fel.csv", file, "controller");
        assertThat(preview.errors()).extracting(ImportError::file).containsOnly("utfall-fel.csv");
        assertThat(preview.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(
                                2,
                                "Verksamhet",
                                "Okänd verksamhet 'Barn och ungdomsvård' – menade du 'Barn- och ungdomsvård'?"),
                        tuple(3, "Kostnadsslag", "Okänt kostnadsslag 'Bidragg' – menade du 'Bidrag'?"),
                        tuple(
                                4,
                                "Kostnadsslag",
                                "Kostnadsslaget 'Övriga kostnader' är en grupp: ange ett av Bidrag, "
                                        + "Interna kostnader, Konsulter inkl inhyrd personal, Hyror, Övrigt"),
                        tuple(5, "Månad", "Ogiltig månad '13': ange 1–12 eller månadens namn"),
                        tuple(6, "År", "Ogiltigt år '20x7': ange ett år mellan 2000 och 2099"),
                        tuple(7, "Belopp tkr", "Beloppet 'tio' är inte ett tal"),
                        tuple(
                                8,
                                "Belopp tkr",
                                "Beloppet '-1,2345' har fler än tre decimaler (tkr anges med högst kronor)"),
                        tuple(10, null, "Samma nyckel som rad 9 (år, period, verksamhet och kostnadsslag)"),
                        tuple(11, "Verksamhet", "Okänd verksamhet 'Flygverksamhet'"),
                        tuple(12, "År", "År 2012 är låst: inga fler belopp kan läsas in för året"),
                        tuple(13, "Verksamhet", "Verksamheten 'Framtida verksamhet' finns inte år 2015"),
                        tuple(14, "Verksamhet", "Värde saknas i kolumnen 'Verksamhet'"),
                        tuple(16, "Belopp tkr", "Beloppet '1.5' är inte ett tal"));
        assertThat(preview.changes()).isEmpty();
        ImportLogEntry logged = log.newestFirst(1).getFirst();
        assertThat(logged.status()).isEqualTo("REJECTED");
        assertThat(logged.fileName()).isEqualTo("utfall-fel.csv");
        assertThat(logged.message()).startsWith("13 fel. Rad 2, Verksamhet: Okänd verksamhet 'Barn och ungdomsvård'");
    }

    @Test
    void aBrokenFileIsReportedAsAWhole() {
        assertThat(messages(new byte[0])).containsExactly("null:null:Filen är tom");
        assertThat(messages(utf8(EconomyFiles.ACTUAL_HEADER)))
                .containsExactly("null:null:Filen har inga rader efter rubrikraden");
        assertThat(messages(utf8("År;Månad;Verksamhet;Belopp", "2015;1;EKB;-1")))
                .containsExactly("1:Kostnadsslag:Kolumnen 'Kostnadsslag' saknas");
        assertThat(messages(utf8("Foo;Bar", "1;2")))
                .containsExactly(
                        "1:null:Rubrikraden visar inte om filen är utfall, budget eller prognos: välj filtyp eller använd rubrikerna i dokumentationen");
        assertThat(messages(utf8("År,Månad,Verksamhet,Kostnadsslag,Belopp tkr", "2015,1,EKB,RENTS,-1")))
                .containsExactly(
                        "null:null:Filen är kommaavgränsad: spara den som CSV med semikolon eller som Excel-arbetsbok");
        assertThat(messages(new byte[] {'P', 'K', 3, 4, 1, 2}))
                .containsExactly("null:null:Filen kan inte läsas: den är varken en CSV-fil eller en Excel-arbetsbok");
    }

    @Test
    void aRejectedImportLeavesTheDatabaseByteForByteAsItWas() {
        imports.apply(
                ImportKind.ACTUAL,
                "before.csv",
                utf8(EconomyFiles.ACTUAL_HEADER, "2015;8;EKB;GRANTS;-10"),
                "controller");
        List<String> before = checksums();
        ImportResult result = imports.apply(
                ImportKind.ACTUAL,
                "mixed.csv",
                utf8(
                        EconomyFiles.ACTUAL_HEADER,
                        "2015;8;EKB;GRANTS;-20",
                        "2015;8;EKB;RENTS;-20",
                        "2015;8;EKB;Bidragg;-20"),
                "controller");
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors()).hasSize(1);
        assertThat(checksums()).isEqualTo(before);
        assertThat(log.newestFirst(1).getFirst()).satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(result.importId());
            assertThat(entry.status()).isEqualTo("REJECTED");
        });
    }

    @Test
    void aBudgetWithoutProfileIsSplitEvenlyToTheKronaWithTheRestInDecember() {
        ImportResult result = imports.apply(
                null,
                "budget.csv",
                utf8(
                        "År;Verksamhet;Kostnadsslag;Årsbelopp tkr",
                        "2016;Ekonomiskt bistånd;Bidrag;-1 000",
                        "2016;Ekonomiskt bistånd;Hyror;-0,011"),
                "controller");
        assertThat(result.errors()).isEmpty();
        assertThat(result.kind()).isEqualTo(ImportKind.BUDGET);
        assertThat(result.added()).isEqualTo(2);
        assertThat(budget("EKB", "GRANTS"))
                .containsExactly(
                        "-83.333", "-83.333", "-83.333", "-83.333", "-83.333", "-83.333", "-83.333", "-83.333",
                        "-83.333", "-83.333", "-83.333", "-83.337");
        assertThat(budget("EKB", "RENTS"))
                .containsExactly(
                        "0.000", "0.000", "0.000", "0.000", "0.000", "0.000", "0.000", "0.000", "0.000", "0.000",
                        "0.000", "-0.011");
        EconomyImportPreview again = imports.preview(
                null,
                "budget.csv",
                utf8(
                        "År;Verksamhet;Kostnadsslag;Årsbelopp tkr",
                        "2016;Ekonomiskt bistånd;Bidrag;-1 000",
                        "2016;Ekonomiskt bistånd;Hyror;-0,011"),
                "controller");
        assertThat(List.of(again.added(), again.corrected(), again.unchanged())).containsExactly(0, 0, 2);
    }

    @Test
    void aBudgetProfileGivesTheMonthsAndMustAddUpToTheAnnualAmount() {
        String header = "År;Verksamhet;Kostnadsslag;Årsbelopp tkr;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec";
        ImportResult result = imports.apply(
                ImportKind.BUDGET,
                "profil.csv",
                utf8(
                        header,
                        "2016;Socialpsykiatri;Personalkostnader;-1 200;-100;-100;-100;-100;-100;-50;-50;-150;-100;-100;-100;-150",
                        "2016;Socialpsykiatri;Hyror;-120;;;;;;;;;;;;"),
                "controller");
        assertThat(result.errors()).isEmpty();
        assertThat(budget("SOCPSYK", "PERSONNEL"))
                .containsExactly(
                        "-100.000",
                        "-100.000",
                        "-100.000",
                        "-100.000",
                        "-100.000",
                        "-50.000",
                        "-50.000",
                        "-150.000",
                        "-100.000",
                        "-100.000",
                        "-100.000",
                        "-150.000");
        assertThat(budget("SOCPSYK", "RENTS")).containsOnly("-10.000");

        EconomyImportPreview changed = imports.preview(
                ImportKind.BUDGET,
                "profil2.csv",
                utf8(
                        header,
                        "2016;Socialpsykiatri;Personalkostnader;-1 200;-100;-100;-100;-100;-100;-100;-100;-100;-100;-100;-100;-100"),
                "controller");
        assertThat(changed.changes()).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(RowChange.Change.CORRECTED);
            assertThat(change.before()).isEqualByComparingTo("-1200");
            assertThat(change.after()).isEqualByComparingTo("-1200");
        });

        EconomyImportPreview wrong = imports.preview(
                ImportKind.BUDGET,
                "fel.csv",
                utf8(
                        header,
                        "2016;Socialpsykiatri;Övrigt;-1 200;-100;-100;-100;-100;-100;-100;-100;-100;-100;-100;-100;-99,5",
                        "2016;Socialpsykiatri;Bidrag;-12;-1;x;;;;;;;;;;"),
                "controller");
        assertThat(wrong.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(
                        tuple(
                                2,
                                "Årsbelopp tkr",
                                "Månadsprofilen summerar till \u22121\u00A0199,5 tkr men årsbeloppet är \u22121\u00A0200 tkr"),
                        tuple(3, "Feb", "Beloppet 'x' är inte ett tal"));
        assertThat(messages(utf8("År;Verksamhet;Kostnadsslag;Årsbelopp tkr;Jan;Feb", "2016;EKB;RENTS;-1;-1;0")))
                .hasSize(10)
                .first()
                .isEqualTo("1:Mar:Kolumnen 'Mar' saknas");
    }

    @Test
    void aForecastRoundIsImportedByItsRoundMonth() {
        ImportResult result = imports.apply(
                null,
                "prognos.xlsx",
                EconomyFiles.xlsx(
                        new Object[] {"År", "Prognosmånad", "Verksamhet", "Kostnadsslag", "Helårsbelopp tkr"},
                        new Object[] {2014, 4, "Integration", "Personalkostnader", -24000},
                        new Object[] {2014, "april", "Integration", "Övriga intäkter", "3 500,5"}),
                "controller");
        assertThat(result.errors()).isEmpty();
        assertThat(result.kind()).isEqualTo(ImportKind.FORECAST);
        assertThat(jdbc.sql("""
                select cost_type, amount_tkr from forecast_fact where year = 2014 and round_month = 4
                and activity_code = 'INTEGRATION' order by cost_type""")
                        .query((rs, i) ->
                                rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString())
                        .list())
                .containsExactly("INCOME_OTHER 3500.500", "PERSONNEL -24000.000");
    }

    private List<String> messages(byte[] file) {
        return imports.preview(null, "f.csv", file, "controller").errors().stream()
                .map(e -> e.row() + ":" + e.column() + ":" + e.message())
                .toList();
    }

    private List<String> budget(String activity, String costType) {
        return jdbc.sql("""
                select amount_tkr from budget_fact b where year = 2016 and activity_code = ? and cost_type = ?
                and version = (select max(version) from budget_fact v where v.year = b.year and v.month = b.month
                               and v.activity_code = b.activity_code and v.cost_type = b.cost_type)
                order by month""")
                .params(activity, costType)
                .query((rs, i) -> rs.getBigDecimal(1).toPlainString())
                .list();
    }

    private int factCount(String table, int year, int month) {
        return jdbc.sql("select count(*) from " + table + " where year = ? and month = ?")
                .params(year, month)
                .query(Integer.class)
                .single();
    }

    private List<String> checksums() {
        return jdbc.sql("checksum table actual_fact, budget_fact, forecast_fact, change_log")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getString(2))
                .list();
    }
}
