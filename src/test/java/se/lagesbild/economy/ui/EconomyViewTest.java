package se.lagesbild.economy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.ui.Focus;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.support.KaribuTest;
import se.lagesbild.support.ReferenceCsv;

class EconomyViewTest extends KaribuTest {

    @Autowired
    EconomyService economy;

    private static final List<String> COLUMNS = ReferenceCsv.ECONOMY_COLUMNS;

    @Test
    void theTableShowsTheReportsThirteenRowsInEveryNumericColumn() {
        navigate("ekonomi", "period", "2021-08");
        EconomyGrid grid = grids().getFirst();
        List<Map<String, String>> reference = ReferenceCsv.read("economy_by_activity.csv");
        assertThat(GridKt._size(grid)).isEqualTo(13);
        // The tree lists the nämnd first, then each area before its verksamheter; the report lists
        // the verksamheter before their subtotal, so match rows by label.
        for (int row = 0; row < 13; row++) {
            List<String> cells = GridKt._getFormattedRow(grid, row);
            Map<String, String> expected = reference.stream()
                    .filter(r -> cells.getFirst().equals(r.get("name_normalized")))
                    .findFirst()
                    .orElseThrow();
            for (int c = 0; c < COLUMNS.size(); c++) {
                if (COLUMNS.get(c) != null) {
                    assertThat(cells.get(c + 1).replace('\u2212', '-').replace("\u00A0", ""))
                            .as("%s, %s", cells.getFirst(), COLUMNS.get(c))
                            .isEqualTo(expected.get(COLUMNS.get(c)));
                }
            }
        }
    }

    @Test
    void enterOnAFocusedRowDrillsAndFocusGoesToTheDrillsHeadingAndBack() {
        navigate("ekonomi", "period", "2021-08");
        EconomyGrid main = grids().getFirst();
        EconomyLine barn = GridKt._get(main, 4);
        assertThat(barn.name()).isEqualTo("Barn- och ungdomsvård");
        // the keyboard: the row's cell gets focus, then Enter
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                main,
                new com.vaadin.flow.component.grid.CellFocusEvent<>(
                        main, true, main.getDataCommunicator().getKeyMapper().key(barn), null, "body"));
        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(main, com.vaadin.flow.component.Key.ENTER);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("ekonomi?period=2021-08&verksamhet=BARN_UNGDOM");
        com.vaadin.flow.component.Component focused =
                Focus.requested(UI.getCurrent()).orElseThrow();
        assertThat(focused).isInstanceOf(com.vaadin.flow.component.html.H2.class);
        assertThat(((com.vaadin.flow.component.html.H2) focused).getText())
                .isEqualTo("Resultaträkning Barn- och ungdomsvård, augusti 2021");

        // back to the nämnd (the breadcrumb): focus to the verksamheter's table
        navigate("ekonomi", "period", "2021-08");
        assertThat(Focus.requested(UI.getCurrent())).containsSame(grids().getFirst());
    }

    @Test
    void theDeviationChartShowsAsATableWithTheReportsFigures() {
        navigate("ekonomi", "period", "2021-08");
        se.lagesbild.base.ui.LiveChart live = _get(se.lagesbild.base.ui.LiveChart.class);
        com.vaadin.flow.component.button.Button toggle = _get(
                live, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("chart-table-toggle"));
        assertThat(toggle.getText()).isEqualTo("Visa som tabell");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        assertThat(toggle.getText()).isEqualTo("Visa som diagram");
        assertThat(_find(live, Chart.class)).as("the chart, hidden").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<String[]> table = _get(live, Grid.class, spec -> spec.withClasses("chart-table"));
        assertThat(table.getAriaLabel()).contains("Prognostiserad avvikelse mot budget, helår (tkr)");
        List<Map<String, String>> reference = ReferenceCsv.read("economy_by_activity.csv");
        assertThat(GridKt._size(table)).isEqualTo(10);
        for (int row = 0; row < 10; row++) {
            List<String> cells = GridKt._getFormattedRow(table, row);
            Map<String, String> expected = reference.stream()
                    .filter(r -> cells.getFirst().equals(r.get("name_normalized")))
                    .findFirst()
                    .orElseThrow();
            assertThat(cells.get(1).replace('\u2212', '-').replace("\u00A0", ""))
                    .as(cells.getFirst())
                    .isEqualTo(expected.get("deviation_full_year"));
        }
        // the first row is the most negative, as in the chart
        assertThat(GridKt._getFormattedRow(table, 0).get(1)).startsWith("\u2212");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        assertThat(_find(live, Grid.class)).isEmpty();
        assertThat(_find(live, Chart.class)).hasSize(1);
        assertThat(toggle.getText()).isEqualTo("Visa som tabell");
    }

    @Test
    void drillToBarnOchUngdomsvardShowsItsCostTypesSummingToItsNet() {
        navigate("ekonomi", "period", "2021-08");
        EconomyGrid main = grids().getFirst();
        GridKt._clickItem(main, 4);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("ekonomi?period=2021-08&verksamhet=BARN_UNGDOM");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Barn- och ungdomsvård");
        EconomyGrid statement = grids().getFirst();
        List<String> result = GridKt._getFormattedRow(statement, GridKt._size(statement) - 1);
        assertThat(result.subList(0, 4))
                .containsExactly("Resultat", "\u221242\u00A0683", "\u221244\u00A0160", "1\u00A0477");
        assertThat(_find(Chart.class)).hasSize(2);
    }

    @Test
    void theChartHoldsTheFullYearDeviationsOfTheTable() {
        navigate("ekonomi", "period", "2021-08");
        DataSeries series =
                (DataSeries) _get(Chart.class).getConfiguration().getSeries().getFirst();
        Map<String, Long> expected = new java.util.HashMap<>();
        ReferenceCsv.read("economy_by_activity.csv").stream()
                .filter(r -> r.get("row_kind").equals("detail"))
                .forEach(r -> expected.put(r.get("name_normalized"), Long.parseLong(r.get("deviation_full_year"))));
        assertThat(series.getData())
                .hasSize(10)
                .allSatisfy(item ->
                        assertThat(item.getY().longValue()).as(item.getName()).isEqualTo(expected.get(item.getName())));
    }

    @Test
    void aLiveChangeUpdatesTheOpenTableInPlaceAndMarksTheChangedCells() {
        navigate("ekonomi", "period", "2020-05");
        EconomyGrid grid = grids().getFirst();
        EconomyLine committee = GridKt._get(grid, 0);
        EconomyLine caiLine = committee.children().get(1);
        grid.collapse(caiLine);
        economy.record(
                FactKind.ACTUAL,
                List.of(new AmountFact(2020, 5, "FAMILJERATT", "OTHER_MISC", new BigDecimal("-777"))),
                "change.economy.actual",
                "test",
                "live test",
                null);
        awaitPush(() -> !grid.changedCells().isEmpty());
        assertThat(grids().getFirst()).isSameAs(grid);
        assertThat(grid.changedCells())
                .containsKeys("FAMILJERATT", "IFO", "ASN")
                .doesNotContainKey("CAI");
        assertThat(grid.changedCells().get("FAMILJERATT"))
                .contains("economy.column.actual", "economy.column.deviation");
        assertThat(grid.isExpanded(GridKt._get(grid, 0).children().get(1)))
                .as("CAI stays collapsed")
                .isFalse();
        assertThat(grid.isExpanded(GridKt._get(grid, 0).children().get(0)))
                .as("IFO stays expanded")
                .isTrue();
    }

    @Test
    void theSamePeriodLastYearIsEmptyWhenThatYearHasNoFacts() {
        // no test writes economy facts for 2023
        navigate("ekonomi", "period", "2024-05", "verksamhet", "SOCPSYK");
        EconomyGrid statement = grids().getFirst();
        List<String> result = GridKt._getFormattedRow(statement, GridKt._size(statement) - 1);
        assertThat(result.getFirst()).isEqualTo("Resultat");
        assertThat(result.getLast()).isEmpty();
        navigate("ekonomi", "period", "2021-08", "verksamhet", "SOCPSYK");
        List<String> with = GridKt._getFormattedRow(grids().getFirst(), GridKt._size(grids().getFirst()) - 1);
        assertThat(with.getLast()).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<EconomyGrid> grids() {
        return _find(Grid.class).stream()
                .filter(EconomyGrid.class::isInstance)
                .map(g -> (EconomyGrid) g)
                .toList();
    }
}
