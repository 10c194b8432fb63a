package se.lagesbild.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Assessment;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.support.LagesbildTest;

/**
 * The malutfall file on the demo database: bad rows are named with row and column in Swedish and
 * nothing of the file is stored; what a report printed is never overwritten.
 */
@LagesbildTest
class GoalOutcomeImportTest {

    private static final ApiTokens.ApiToken JOB = new ApiTokens.ApiToken("test", EnumSet.of(ImportScope.GOAL_OUTCOMES));
    private static final String HEADER =
            "År;Månad;Målområde;Enhet;Indikator;Utfall;Rapporterad bedömning;Rapporterad andel";

    @Autowired
    GoalOutcomeImport imports;

    @Autowired
    GoalService goals;

    @Test
    void aFileWithBadRowsIsRejectedWithRowAndColumnAndStoresNothing() {
        Indicator sickLeave = goals.year(2021).indicatorsOf(1, "BUE").stream()
                .filter(i -> i.name().equals("Sjukfrånvaro"))
                .findFirst()
                .orElseThrow();
        BigDecimal before = goals.year(2021).indicator(sickLeave.id(), 9).outcome();
        ApiImport.ApiImportResult result = imports.importFile(
                JOB,
                ImportScope.GOAL_OUTCOMES,
                "malutfall-fel.csv",
                csv(
                        HEADER,
                        "2021;9;1;BUE;Sjukfrånvaro;4,2;;",
                        "2021;9;1;BUE;Sjukfrånvaron;4,2;;",
                        "2021;9;1;Barn- och ungdomsenheten;Kompetensutvecklingsplan upprättad (andel medarbetare);120;;",
                        "2021;13;1;BUE;Sjukfrånvaro;4,2;;",
                        "2021;9;7;BUE;Sjukfrånvaro;4,2;;",
                        "2021;9;1;;;;Lila;"));
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors())
                .extracting(e -> e.row() + " " + e.column() + ": " + e.message())
                .containsExactly(
                        "3 Indikator: Indikatorn 'Sjukfrånvaron' finns inte för BUE under Medarbetare",
                        "4 Utfall: Utfallet '120' passar inte måttenheten för indikatorn"
                                + " Kompetensutvecklingsplan upprättad (andel medarbetare)",
                        "5 Månad: Ogiltig månad '13': ange 1–12",
                        "6 Målområde: Målområde 7 finns inte år 2021",
                        "7 Rapporterad bedömning: Okänd bedömning 'Lila': ange Grön, Gul, Röd eller Inget utfall");
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("malutfall-fel.csv"));
        // the good row of the file is not stored either
        assertThat(goals.year(2021).indicator(sickLeave.id(), 9).outcome()).isEqualTo(before);
    }

    @Test
    void whatAReportPrintedIsNeverOverwritten() {
        assertThat(goals.year(2021).reported(1, 8).orElseThrow().assessment()).isEqualTo(Assessment.YELLOW);
        ApiImport.ApiImportResult again = imports.importFile(
                JOB, ImportScope.GOAL_OUTCOMES, "rapporterat.csv", csv(HEADER, "2021;8;1;;;;Gul;50"));
        assertThat(again.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(again.unchanged()).isEqualTo(1);
        ApiImport.ApiImportResult other = imports.importFile(
                JOB, ImportScope.GOAL_OUTCOMES, "rapporterat.csv", csv(HEADER, "2021;8;1;;;;Röd;50"));
        assertThat(other.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(other.errors())
                .extracting(e -> e.row() + " " + e.column() + ": " + e.message())
                .containsExactly("2 Rapporterad bedömning: En annan rapporterad bedömning finns redan för Medarbetare"
                        + " månad 8; det en rapport skrev ändras inte");
        assertThat(goals.year(2021).reported(1, 8).orElseThrow().assessment()).isEqualTo(Assessment.YELLOW);
    }

    private static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
