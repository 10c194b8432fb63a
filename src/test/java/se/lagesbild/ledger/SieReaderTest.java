package se.lagesbild.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SIE 4 records the ledger reads, on files written to the SIE filformat 4B: #VER/#TRANS summed per
 * month, object lists, #PSALDO, #PBUDGET, #KONTO, #DIM, #FORMAT PC8, quoted strings with escapes.
 */
class SieReaderTest {

    static byte[] sie(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static LedgerRows read(byte[] bytes) {
        LedgerRows rows = new LedgerRows("test.se");
        SieReader.read(bytes, rows);
        return rows;
    }

    private static long ore(
            LedgerRows rows,
            LedgerRows.Kind kind,
            int year,
            int month,
            String account,
            String ansvar,
            String verksamhetskod) {
        LedgerRows.Sum sum = rows.sums().get(new LedgerRows.Key(kind, year, month, account, ansvar, verksamhetskod));
        return sum == null ? 0 : sum.ore;
    }

    @Test
    void transactionsAreSummedPerMonthAccountAndObjects() {
        LedgerRows rows = read(sie(
                "#FLAGGA 0",
                "#SIETYP 4",
                "#RAR 0 20210101 20211231",
                "#DIM 1 \"Ansvar\"",
                "#DIM 20 \"Verksamhetskod\"",
                "#KONTO 4510 \"Bidrag till föreningar\"",
                "#VER A 1 20210115 \"Bidrag januari\"",
                "{",
                "   #TRANS 4510 {1 \"110\" 20 \"4100\"} 1000.50",
                "   #TRANS 4510 {20 \"4100\" 1 \"110\"} 499.50 20210131 \"andra\"",
                "   #TRANS 2440 {} -1500.00",
                "}",
                "#VER A 2 20210203 \"Februari\"",
                "{",
                "   #TRANS 4510 {1 \"110\" 20 \"4100\"} 200 20210203",
                "   #TRANS 4510 {1 110} -50.25",
                "   #RTRANS 4510 {1 \"110\"} 999.00",
                "   #BTRANS 4510 {1 \"110\"} 999.00",
                "   #TRANS 2440 {} -149.75",
                "}"));
        assertThat(rows.errors()).isEmpty();
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 1, "4510", "110", "4100"))
                .isEqualTo(150_000);
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 2, "4510", "110", "4100"))
                .isEqualTo(20_000);
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 2, "4510", "110", ""))
                .isEqualTo(-5_025);
        assertThat(rows.rows())
                .as("the balance sheet's 2440 and #RTRANS/#BTRANS are left out")
                .isEqualTo(4);
        assertThat(rows.names()).containsEntry("4510", "Bidrag till föreningar");
    }

    @Test
    void withoutDimDimensionOneIsAnsvar() {
        LedgerRows rows = read(sie("#VER \"\" \"\" 20210301", "{", "#TRANS 5010 {1 \"200\" 6 \"P1\"} 10", "}"));
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 3, "5010", "200", ""))
                .isEqualTo(1_000);
    }

    @Test
    void periodBalancesAreUsedWhenThereAreNoTransactionsAndBudgetsAreBudget() {
        LedgerRows rows = read(sie(
                "#SIETYP 3",
                "#RAR 0 20210101 20211231",
                "#RAR -1 20200101 20201231",
                "#PSALDO 0 202101 5010 {} -300.00",
                "#PSALDO 0 202101 5010 {1 \"110\"} -100.00",
                "#PSALDO 0 202101 5010 {1 \"120\"} -200.00",
                "#PSALDO 0 202101 5010 {6 \"P1\"} -300.00",
                "#PSALDO 0 202102 3010 {} -4000.00 12",
                "#PSALDO -1 202012 5010 {1 \"110\"} -777.00",
                "#PBUDGET 0 202101 5010 {1 \"110\"} 150.00",
                "#PBUDGET 0 202101 5010 {} 150.00"));
        assertThat(rows.errors()).isEmpty();
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 1, "5010", "110", ""))
                .isEqualTo(-10_000);
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 1, "5010", "120", ""))
                .isEqualTo(-20_000);
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 1, "5010", "", ""))
                .as("the account's total without objects is not counted beside its ansvar rows")
                .isZero();
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 2, "3010", "", "")).isEqualTo(-400_000);
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2020, 12, "5010", "110", ""))
                .as("year -1")
                .isZero();
        assertThat(ore(rows, LedgerRows.Kind.BUDGET, 2021, 1, "5010", "110", ""))
                .isEqualTo(15_000);
        assertThat(ore(rows, LedgerRows.Kind.BUDGET, 2021, 1, "5010", "", "")).isEqualTo(15_000);
    }

    @Test
    void periodBalancesAreLeftOutWhenTheFileHasTransactions() {
        LedgerRows rows = read(sie(
                "#PSALDO 0 202101 5010 {1 \"110\"} -100.00",
                "#VER A 1 20210110",
                "{",
                "#TRANS 5010 {1 \"110\"} -100.00",
                "}"));
        assertThat(ore(rows, LedgerRows.Kind.ACTUAL, 2021, 1, "5010", "110", ""))
                .isEqualTo(-10_000);
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void pc8IsReadAsCodePage437() {
        byte[] bytes = ("#FLAGGA 0\r\n#FORMAT PC8\r\n#KONTO 5010 \"L\u00f6ner f\u00f6r \u00e5rsarbetare\"\r\n")
                .getBytes(SieReader.PC8);
        assertThat(bytes).contains((byte) 0x94, (byte) 0x86);
        LedgerRows rows = read(bytes);
        assertThat(rows.names()).containsEntry("5010", "Löner för årsarbetare");
    }

    @Test
    void withoutPc8TheBytesSayTheEncoding() {
        byte[] latin = "#KONTO 5010 \"Löner\"\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(read(latin).names()).containsEntry("5010", "Löner");
        assertThat(read(sie("#KONTO 5010 \"Löner\"")).names()).containsEntry("5010", "Löner");
    }

    @Test
    void quotedStringsKeepSpacesAndEscapedQuotes() {
        String konto = "#KONTO 6110 \"Kontors\\\"material\\\" och tryck\"";
        assertThat(SieReader.fields(konto, 6, konto.length())).containsExactly("6110", "Kontors\"material\" och tryck");
        String trans = " 4510 {1 \"1 10\" 20 \"4}00\"} -1.5 ";
        assertThat(SieReader.fields(trans, 0, trans.length()))
                .containsExactly("4510", "{1 \"1 10\" 20 \"4}00\"}", "-1.5");
        assertThat(SieReader.objects("{1 \"1 10\" 20 \"4}00\"}")).isEqualTo(Map.of("1", "1 10", "20", "4}00"));
        assertThat(SieReader.objects("{}")).isEmpty();
        assertThat(SieReader.object("{1 \"1 10\" 20 \"4}00\"}", "20")).isEqualTo("4}00");
        assertThat(SieReader.object("{1 \"110\" 20 4100}", "20")).isEqualTo("4100");
        assertThat(SieReader.object("{1 \"110\" 20 4100}", "1")).isEqualTo("110");
        assertThat(SieReader.object("{10 \"x\" 1 \"110\"}", "1")).isEqualTo("110");
        assertThat(SieReader.object("{1 110}", "20")).isEmpty();
        assertThat(SieReader.object("{}", "1")).isEmpty();
        assertThat(SieReader.object("{1 \"a\\\"b\"}", "1")).isEqualTo("a\"b");
    }

    @Test
    void badRecordsAreErrorsWithTheirLine() {
        LedgerRows rows = read(sie(
                "#VER A 1 20211301",
                "{",
                "#TRANS 5010 {} 12,3456",
                "#TRANS 50X0 {} 1",
                "}",
                "#PSALDO 0 202113 5010 {} 1"));
        assertThat(rows.errors())
                .extracting(e -> e.row() + " " + e.column() + " " + e.messageKey())
                .containsExactly(
                        "1 verdatum ledger.error.date",
                        "3 belopp ledger.error.amount",
                        "4 kontonr ledger.error.account",
                        "6 period ledger.error.period");
    }

    @Test
    void amountsAreReadToTheOre() {
        assertThat(List.of(
                        LedgerRows.ore("-1234.5"),
                        LedgerRows.ore("1 234,56"),
                        LedgerRows.ore("+7"),
                        LedgerRows.ore("−0.01")))
                .containsExactly(-123_450L, 123_456L, 700L, -1L);
        assertThat(LedgerRows.ore("1.234")).isNull();
        assertThat(LedgerRows.ore("1.")).isNull();
        assertThat(LedgerRows.ore("")).isNull();
    }

    @Test
    void theSignTurnsToTheReportsAndTkrKeepsTheKrona() {
        assertThat(LedgerImport.tkr(150_000)).isEqualByComparingTo("-1.500");
        assertThat(LedgerImport.tkr(-400_049)).isEqualByComparingTo("4.000");
        assertThat(LedgerImport.tkr(-400_050)).isEqualByComparingTo("4.001");
    }
}
