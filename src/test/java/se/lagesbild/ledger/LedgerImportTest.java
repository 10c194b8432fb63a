package se.lagesbild.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lagesbild.ledger.SieReaderTest.sie;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.organisation.YearState;
import se.lagesbild.support.LagesbildTest;

/**
 * The kontoplan and the huvudbok import on MariaDB, in years nothing else uses (2001–2003 and 2010, before
 * the demo years so the default period stays August 2021; a kontoplan alone in 2044 and 2046).
 */
@LagesbildTest
class LedgerImportTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    LedgerImport imports;

    @Autowired
    EconomyService economy;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ImportLog log;

    @Autowired
    JdbcClient jdbc;

    private void plan(int year) {
        ledger.save(
                new Kontoplan(
                        year,
                        List.of(
                                new AccountRange("3", "3", "INCOME_OTHER"),
                                new AccountRange("45", "45", "GRANTS"),
                                new AccountRange("5", "5", "PERSONNEL"),
                                new AccountRange("60", "60", "RENTS")),
                        List.of(new ActivityRule("110", "", "EKB"), new ActivityRule("120", "", "MISSBRUK"))),
                "controller");
    }

    private BigDecimal actual(int year, int month, String activity, String costType) {
        return economy.current(FactKind.ACTUAL, year).get(new AmountFact.Key(year, month, activity, costType));
    }

    @Test
    void aLedgerIsSummedIntoTheCellsStoredPerAccountAndAgainChangesNothing() {
        plan(2001);
        byte[] file = sie(
                "#FLAGGA 0",
                "#SIETYP 4",
                "#KONTO 4510 \"Bidrag till föreningar\"",
                "#KONTO 5010 \"Löner\"",
                "#VER A 1 20010115",
                "{",
                "#TRANS 4510 {1 \"110\"} 1000.00",
                "#TRANS 4520 {1 \"110\"} 500.40",
                "#TRANS 5010 {1 \"120\"} 2000.00",
                "#TRANS 3010 {1 \"110\"} -300.00",
                "#TRANS 2440 {} -3200.40",
                "}",
                "#VER A 2 20010210",
                "{",
                "#TRANS 4510 {1 \"110\"} 250.00",
                "#TRANS 1930 {} -250.00",
                "}");
        LedgerImport.Result first = imports.apply("huvudbok-2001.se", file, "controller");
        assertThat(first.errors()).isEmpty();
        assertThat(first.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(first.added()).isEqualTo(5);
        assertThat(actual(2001, 1, "EKB", "GRANTS")).isEqualByComparingTo("-1.500");
        assertThat(actual(2001, 1, "EKB", "INCOME_OTHER")).isEqualByComparingTo("0.300");
        assertThat(actual(2001, 1, "MISSBRUK", "PERSONNEL")).isEqualByComparingTo("-2.000");
        assertThat(actual(2001, 2, "EKB", "GRANTS")).isEqualByComparingTo("-0.250");

        LedgerImport.Result again = imports.apply("huvudbok-2001.se", file, "controller");
        assertThat(again.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(List.of(again.added(), again.corrected(), again.unchanged())).containsExactly(0, 0, 5);
        assertThat(jdbc.sql("select max(version) from actual_fact where year = 2001")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        List<LedgerService.AccountFigures> accounts = ledger.accounts(YearMonth.of(2001, 2), "EKB", "GRANTS");
        assertThat(accounts)
                .extracting(
                        LedgerService.AccountFigures::label, a -> a.figures().actual())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4510 Bidrag till föreningar", new BigDecimal("-1.250")),
                        org.assertj.core.groups.Tuple.tuple("4520", new BigDecimal("-0.500")));
        assertThat(ledger.accounts(YearMonth.of(2001, 1), "EKB", "GRANTS")
                        .getFirst()
                        .figures()
                        .actual())
                .isEqualByComparingTo("-1.000");
    }

    @Test
    void aChangedAmountIsANewVersionAndAnAccountNoLongerInTheMonthBecomesZero() {
        plan(2002);
        imports.apply(
                "jan.csv",
                csv(
                        "Konto;Ansvar;Verksamhetskod;Period;Belopp;Text",
                        "4510;110;;200201;1000;a",
                        "6010;110;;200201;400;b"),
                "controller");
        assertThat(actual(2002, 1, "EKB", "RENTS")).isEqualByComparingTo("-0.400");
        LedgerImport.Result changed = imports.apply(
                "jan-rättad.csv", csv("Konto;Ansvar;Period;Belopp", "4510;110;200201;1 200,50"), "controller");
        assertThat(List.of(changed.added(), changed.corrected(), changed.unchanged()))
                .containsExactly(0, 2, 0);
        assertThat(actual(2002, 1, "EKB", "GRANTS")).isEqualByComparingTo("-1.201");
        assertThat(actual(2002, 1, "EKB", "RENTS")).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from ledger_fact where year = 2002 and account = '4510'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(log.newestFirst(5).getFirst().fileName()).isEqualTo("jan-rättad.csv");
    }

    @Test
    void anUnmappedAccountOrAnsvarRefusesTheFileNamingItsTotalAndRows() {
        plan(2003);
        byte[] file = csv(
                "Konto;Ansvar;År;Månad;Belopp",
                "4510;110;2003;3;100",
                "7999;110;2003;3;1 000,50",
                "7999;120;2003;4;200",
                "5010;999;2003;3;50",
                "5010;999;2003;4;25");
        LedgerImport.Result result = imports.apply("mars.csv", file, "controller");
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors())
                .extracting(ImportError::message)
                .containsExactly(
                        "Konto 7999 saknar kostnadsslag i kontoplanen för 2003: summa 1\u00A0200,50 kr på 2 rader",
                        "Ingen verksamhet för ansvar 999 i kontoplanen för 2003: summa 75,00 kr på 2 rader");
        assertThat(result.unmapped()).extracting(LedgerImport.Unmapped::label).containsExactly("7999", "ansvar 999");
        assertThat(economy.current(FactKind.ACTUAL, 2003)).isEmpty();
        assertThat(jdbc.sql("select count(*) from ledger_fact where year = 2003")
                        .query(Integer.class)
                        .single())
                .isZero();

        ledger.add(
                2003,
                List.of(new AccountRange("7999", "7999", "OTHER_MISC")),
                List.of(new ActivityRule("999", "", "SOCPSYK")),
                "controller");
        LedgerImport.Result mapped = imports.apply("mars.csv", file, "controller");
        assertThat(mapped.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(actual(2003, 3, "EKB", "OTHER_MISC")).isEqualByComparingTo("-1.001");
        assertThat(actual(2003, 4, "SOCPSYK", "PERSONNEL")).isEqualByComparingTo("-0.025");
    }

    @Test
    void theKontoplanIsPerYearRefusesOverlapsAndIsCopiedIntoTheNextYear() {
        ledger.save(new Kontoplan(2044, List.of(new AccountRange("45", "45", "GRANTS")), List.of()), "controller");
        assertThat(ledger.kontoplan(2044).costType("4510")).contains("GRANTS");
        assertThat(ledger.kontoplan(2046).ranges()).isEmpty();
        assertThatThrownBy(() -> ledger.add(
                        2044, List.of(new AccountRange("4510", "4519", "OTHER_MISC")), List.of(), "controller"))
                .isInstanceOf(StructureException.class)
                .hasMessageContaining("ledger.error.overlap");
        assertThatThrownBy(() ->
                        ledger.add(2044, List.of(new AccountRange("46", "46", "OTHER_COSTS")), List.of(), "controller"))
                .hasMessageContaining("ledger.error.costTypeGroup");
        assertThat(ledger.kontoplan(2044).ranges()).hasSize(1);
        assertThat(ledger.copyYear(2044, 2046, "controller")).isEqualTo(1);
        assertThat(ledger.kontoplan(2046).costType("4599")).contains("GRANTS");
    }

    @Test
    void kommunBasDefaultsFindTheDemoKostnadsslag() {
        assertThat(ledger.defaults(2021))
                .extracting(AccountRange::label, AccountRange::costTypeCode)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("3", "INCOME_OTHER"),
                        org.assertj.core.groups.Tuple.tuple("45", "GRANTS"),
                        org.assertj.core.groups.Tuple.tuple("46", "PURCHASED"),
                        org.assertj.core.groups.Tuple.tuple("5", "PERSONNEL"),
                        org.assertj.core.groups.Tuple.tuple("60", "RENTS"),
                        org.assertj.core.groups.Tuple.tuple("61–79", "OTHER_MISC"));
        assertThat(new Kontoplan(2021, ledger.defaults(2021), List.of()).overlaps())
                .isEmpty();
    }

    @Test
    void aLockedYearRefusesTheLedger() {
        organisation.setYearState(2010, YearState.LOCKED, "controller");
        LedgerImport.Result result =
                imports.apply("låst.csv", csv("Konto;Ansvar;Period;Belopp", "4510;110;201001;1"), "controller");
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors().getFirst().message()).startsWith("År 2010 är låst");
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
