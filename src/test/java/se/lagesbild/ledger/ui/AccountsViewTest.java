package se.lagesbild.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.ledger.AccountRange;
import se.lagesbild.ledger.ActivityRule;
import se.lagesbild.ledger.Kontoplan;
import se.lagesbild.ledger.LedgerImport;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.support.KaribuTest;

/**
 * The drill from a verksamhet's kostnadsslag in Ekonomi to its konton, as a controller clicks it, and
 * the konton redrawn live when a corrected ledger is imported (2008, a year no other test uses).
 */
class AccountsViewTest extends KaribuTest {

    @Autowired
    LedgerService ledger;

    @Autowired
    LedgerImport imports;

    private static final String MINUS = "\u2212";

    private void importLedger(String... rows) {
        List<String> lines = new ArrayList<>(List.of("Konto;Ansvar;Period;Belopp;Kontonamn"));
        lines.addAll(List.of(rows));
        LedgerImport.Result result = imports.apply(
                "huvudbok-2008.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8), "controller");
        assertThat(result.errors()).isEmpty();
        assertThat(result.status()).isEqualTo(ImportStatus.APPLIED);
    }

    @Test
    void aKostnadsslagOfAVerksamhetOpensItsKontonWithUtfallPerMonthAndLive() throws java.io.IOException {
        ledger.save(
                new Kontoplan(
                        2008,
                        List.of(new AccountRange("45", "45", "GRANTS"), new AccountRange("5", "5", "PERSONNEL")),
                        List.of(new ActivityRule("110", "", "EKB"))),
                "controller");
        importLedger(
                "4510;110;200801;12 000;Bidrag till föreningar",
                "4510;110;200802;3 000;Bidrag till föreningar",
                "4520;110;200803;5 000;Bidrag till privatpersoner",
                "5010;110;200803;40 000;Löner");
        navigate("ekonomi", "period", "2008-03", "verksamhet", "EKB");
        @SuppressWarnings("unchecked")
        TreeGrid<EconomyLine> statement = _get(TreeGrid.class, spec -> spec.withClasses("drills-to-accounts"));
        int grants = -1;
        for (int row = 0; row < GridKt._size(statement); row++) {
            if (GridKt._getFormattedRow(statement, row).getFirst().equals("Bidrag")) {
                grants = row;
            }
        }
        assertThat(grants)
                .as("Bidrag is a row of the verksamhet's resultaträkning")
                .isNotNegative();
        assertThat(GridKt._getFormattedRow(statement, grants).get(1)).isEqualTo(MINUS + "20");

        GridKt._clickItem(statement, grants);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("ekonomi/konton");
        Grid<?> accounts = _get(Grid.class, spec -> spec.withClasses("accounts-grid"));
        assertThat(GridKt._size(accounts)).isEqualTo(3);
        List<String> first = GridKt._getFormattedRow(accounts, 0);
        assertThat(first.getFirst()).isEqualTo("4510 Bidrag till föreningar");
        assertThat(first.get(1)).as("utfall januari–mars").isEqualTo(MINUS + "15");
        assertThat(first.get(5)).as("januari").isEqualTo(MINUS + "12");
        assertThat(first.get(6)).as("februari").isEqualTo(MINUS + "3");
        assertThat(GridKt._getFormattedRow(accounts, 1).getFirst()).isEqualTo("4520 Bidrag till privatpersoner");
        List<String> total = GridKt._getFormattedRow(accounts, 2);
        assertThat(total.getFirst()).isEqualTo("Summa");
        assertThat(total.get(1)).as("the kostnadsslag's utfall in Ekonomi").isEqualTo(MINUS + "20");

        com.vaadin.flow.component.html.Anchor csv = _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.hasClassName("export-link")
                        && a.getText().toLowerCase().contains("csv"))
                .findFirst()
                .orElseThrow();
        String exported = new String(se.lagesbild.support.Downloads.download(csv), StandardCharsets.UTF_8);
        assertThat(exported)
                .as("the export holds the account level")
                .contains("4510 Bidrag till föreningar")
                .contains("4520 Bidrag till privatpersoner")
                .contains("Summa");

        importLedger(
                "4510;110;200801;12 000;Bidrag till föreningar",
                "4510;110;200802;3 000;Bidrag till föreningar",
                "4520;110;200803;9 000;Bidrag till privatpersoner",
                "5010;110;200803;40 000;Löner");
        awaitPush(() -> GridKt._getFormattedRow(accounts, 2).get(1).equals(MINUS + "24"));
        assertThat(GridKt._getFormattedRow(accounts, 1).get(7)).as("mars").isEqualTo(MINUS + "9");
    }

    @Test
    void aKostnadsslagWithoutAccountsSaysSo() {
        navigate("ekonomi/konton", "period", "2021-08", "verksamhet", "EKB", "kostnadsslag", "RENTS");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("accounts-none")))
                .singleElement()
                .matches(p -> p.isVisible() && p.getText().startsWith("Inga konton"));
    }
}
