package se.lagesbild.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.events.PointClickEvent;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.ui.AssessmentBadge;
import se.lagesbild.base.ui.AssessmentHeatmap;
import se.lagesbild.base.ui.Focus;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalHistory;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.Indicator;
import se.lagesbild.support.KaribuTest;
import se.lagesbild.support.ReferenceCsv;

class GoalsViewTest extends KaribuTest {

    private static final List<String> UNITS =
            List.of("BUE", "CAI", "ERM", "FVE", "FSE", "HSB", "RE", "ESP", "VE", "FS");

    @Autowired
    GoalService goals;

    @Autowired
    GoalEntry entries;

    @Autowired
    GoalHistory histories;

    @Test
    void theThreeHeatmapsOfAugust2021HoldTheReferenceColours() {
        navigate("mal", "period", "2021-08", "omrade", "3");
        assertThat(_find(Chart.class).stream().filter(c -> c.hasClassName("assessment-heatmap")))
                .hasSize(3);

        // Heatmap 1: goal areas × months. January–July as printed; in August, where the report printed
        // another colour than the enheter give, the computed colour is shown and the cell flagged.
        Assessment[][] areas = cells(heatmap("heatmap-areas-months"), 12, 4);
        String[][] areaLabels = labels(heatmap("heatmap-areas-months"));
        for (Map<String, String> row : ReferenceCsv.read("goal_monthly.csv")) {
            int x = Integer.parseInt(row.get("month_no")) - 1;
            int y = Integer.parseInt(row.get("goal_area_no")) - 1;
            if (row.get("reported").equals("no")) {
                assertThat(areas[x][y]).isEqualTo(Assessment.NO_OUTCOME);
            } else if (x < 7) {
                assertThat(areas[x][y])
                        .as("%s %s", row.get("goal_area_short"), x + 1)
                        .isEqualTo(Assessment.fromLabel(row.get("colour")));
            }
        }
        assertThat(areas[7]).containsExactly(Assessment.RED, Assessment.GREEN, Assessment.RED, Assessment.RED);
        assertThat(areaLabels[7][2]).isEqualTo("✕ Röd ⚑\n5 av 10");
        assertThat(areaLabels[7][1]).isEqualTo("✓ Grön\n6 av 9");
        assertThat(areaLabels[8][0]).isEqualTo("– Inget utfall");

        // Heatmap 2: enheter × goal areas for August; heatmap 3: enheter × months for Leverans.
        Assessment[][] unitsByArea = cells(heatmap("heatmap-units-areas"), 4, 10);
        Assessment[][] unitsByMonth = cells(heatmap("heatmap-units-months"), 12, 10);
        for (Map<String, String> row : ReferenceCsv.read("unit_goal_assessment.csv")) {
            int area = Integer.parseInt(row.get("goal_area_no"));
            int unit = UNITS.indexOf(row.get("unit_key"));
            Assessment expected = Assessment.fromLabel(row.get("colour"));
            assertThat(unitsByArea[area - 1][unit])
                    .as("%s %s", row.get("goal_area_short"), row.get("unit_key"))
                    .isEqualTo(expected);
            if (area == 3) {
                assertThat(unitsByMonth[7][unit])
                        .as("Leverans %s", row.get("unit_key"))
                        .isEqualTo(expected);
            }
        }
        assertThat(labels(heatmap("heatmap-units-areas"))[1][8]).isEqualTo("– Inget utfall");
        String tooltips =
                heatmap("heatmap-units-areas").getConfiguration().getTooltip().getFormatter();
        assertThat(tooltips)
                .contains(
                        "Andel utredningar klara inom fyra månader: utfall",
                        "målnivå 90\u00A0%",
                        "högre är bättre, Gul under 10\u00A0% från målnivån",
                        "sämsta färgen");
        assertThat(heatmap("heatmap-units-months")
                        .getConfiguration()
                        .getAccessibility()
                        .getKeyboardNavigation()
                        .getEnabled())
                .isTrue();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("– Barn- och ungdomsenheten: inte klar");
    }

    @Test
    void clickingACellDrillsToTheEnhetsIndicatorsOfThatMonth() {
        navigate("mal", "period", "2021-08", "omrade", "1");
        Chart unitsByMonth = heatmap("heatmap-units-months");
        // Column July (x 6), row Barn- och ungdomsenheten (y 0): point index x × 10 + y.
        ComponentUtil.fireEvent(
                unitsByMonth,
                new PointClickEvent(unitsByMonth, true, 0, 0, false, false, false, false, 0, 6, 0, 0, null, 60, null));
        assertLocation("mal", "period", "2021-07", "omrade", "1", "enhet", "BUE");

        Chart unitsByArea = heatmap("heatmap-units-areas");
        ComponentUtil.fireEvent(
                unitsByArea,
                new PointClickEvent(unitsByArea, true, 0, 0, false, false, false, false, 0, 2, 0, 0, null, 20, null));
        assertLocation("mal", "period", "2021-07", "omrade", "3", "enhet", "BUE");

        Grid<?> grid = _find(Grid.class).stream()
                .filter(g -> g.hasClassName("drill-grid"))
                .findFirst()
                .orElseThrow();
        GoalYear year = goals.year(2021);
        List<Indicator> indicators = year.indicatorsOf("BUE");
        assertThat(GridKt._size(grid)).isEqualTo(indicators.size()).isEqualTo(8);
        List<String> leverans = GridKt._getFormattedRow(grid, 4);
        assertThat(leverans.subList(0, 2)).containsExactly("Leverans", "Andel utredningar klara inom fyra månader");
        assertThat(leverans.get(3)).isEqualTo("90\u00A0%");
        assertThat(leverans.get(5))
                .isEqualTo(AssessmentBadge.symbol(
                                year.indicator(indicators.get(4).id(), 7).computed()) + " "
                        + year.indicator(indicators.get(4).id(), 7).computed().swedishLabel());
        assertThat(_find(Chart.class).stream().filter(c -> c.hasClassName("indicator-chart")))
                .hasSize(8);
        Chart series = _find(Chart.class).stream()
                .filter(c -> c.hasClassName("indicator-chart"))
                .skip(4)
                .findFirst()
                .orElseThrow();
        assertThat(series.getConfiguration().getSeries()).hasSize(2);

        // The URL alone opens the drill (a mailed link, or back in the browser).
        navigate("mal", "period", "2021-08");
        assertThat(_find(Grid.class).stream().filter(g -> g.hasClassName("drill-grid")))
                .isEmpty();
        navigate("mal", "period", "2021-07", "omrade", "1", "enhet", "BUE");
        assertThat(_find(Grid.class).stream().filter(g -> g.hasClassName("drill-grid")))
                .hasSize(1);
    }

    @Test
    void focusGoesToTheDrillsHeadingAndBackToTheHeatmapThatOpenedIt() {
        navigate("mal", "period", "2021-08", "omrade", "1");
        Chart unitsByArea = heatmap("heatmap-units-areas");
        // Column målområde 3 (x 2), row Barn- och ungdomsenheten (y 0)
        ComponentUtil.fireEvent(
                unitsByArea,
                new PointClickEvent(unitsByArea, true, 0, 0, false, false, false, false, 0, 20, 0, 0, null, 20, null));
        assertLocation("mal", "period", "2021-08", "omrade", "3", "enhet", "BUE");
        com.vaadin.flow.component.html.H2 heading = _find(com.vaadin.flow.component.html.H2.class).stream()
                .filter(h -> h.getParent().orElseThrow().hasClassName("unit-month-drill"))
                .findFirst()
                .orElseThrow();
        assertThat(heading.getText()).startsWith("Barn- och ungdomsenheten");
        assertThat(Focus.requested(UI.getCurrent())).containsSame(heading);

        Button close = _find(Button.class).stream()
                .filter(b -> b.getText().equals("Stäng enheten"))
                .findFirst()
                .orElseThrow();
        close.click();
        assertLocation("mal", "period", "2021-08", "omrade", "3");
        assertThat(Focus.requested(UI.getCurrent())).containsSame(heatmap("heatmap-units-areas"));
    }

    @Test
    void eachHeatmapShowsAsATableWithItsCellsWords() {
        navigate("mal", "period", "2021-08", "omrade", "3");
        Chart areas = heatmap("heatmap-areas-months");
        com.vaadin.flow.component.Component box =
                areas.getParent().orElseThrow().getParent().orElseThrow();
        Button toggle = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                box, Button.class, spec -> spec.withClasses("chart-table-toggle"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        @SuppressWarnings("unchecked")
        Grid<String[]> table = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                box, Grid.class, spec -> spec.withClasses("chart-table"));
        String[][] labels = labels(areas);
        String[] months = areas.getConfiguration().getxAxis().getCategories();
        String[] rows = areas.getConfiguration().getyAxis().getCategories();
        assertThat(table.getColumns().get(1).getHeaderText()).isEqualTo(months[0]);
        assertThat(GridKt._size(table)).isEqualTo(rows.length).isEqualTo(4);
        for (int y = 0; y < rows.length; y++) {
            List<String> row = GridKt._getFormattedRow(table, y);
            assertThat(row.getFirst()).isEqualTo(rows[y]);
            for (int x = 0; x < months.length; x++) {
                assertThat(row.get(x + 1)).isEqualTo(labels[x][y]);
            }
        }
        assertThat(_find(Grid.class).stream().filter(g -> g.hasClassName("chart-table")))
                .hasSize(1);
    }

    @Test
    void savingAnOutcomeElsewhereChangesTheOpenHeatmap() {
        navigate("mal", "period", "2021-08", "omrade", "1");
        assertThat(cells(heatmap("heatmap-units-areas"), 4, 10)[0][0]).isEqualTo(Assessment.GREEN);
        GoalYear year = goals.year(2021);
        List<Indicator> medarbetare = year.indicatorsOf(1, "BUE");
        Indicator sickLeave = medarbetare.getFirst();
        BigDecimal before = year.indicator(sickLeave.id(), 8).outcome();
        YearMonth august = YearMonth.of(2021, 8);
        try {
            // Another user, another UI: sick leave far above its 6 % ceiling makes BUE's Medarbetare red.
            entries.saveMonth(
                    new UnitMonthEntry(
                            "BUE",
                            august,
                            List.of(new IndicatorEntry(sickLeave.id(), new BigDecimal("9.5"), "Influensa", null))),
                    "enhetschef");
            awaitPush(() -> cells(heatmap("heatmap-units-areas"), 4, 10)[0][0] == Assessment.RED);
        } finally {
            entries.saveMonth(
                    new UnitMonthEntry("BUE", august, List.of(new IndicatorEntry(sickLeave.id(), before, null, null))),
                    "enhetschef");
        }
        awaitPush(() -> cells(heatmap("heatmap-units-areas"), 4, 10)[0][0] == Assessment.GREEN);
    }

    @Test
    void theEntryFormRefusesAnOutOfRangeOutcomeAndSavesAValidOne() {
        login("enhetschef");
        navigate("mal/registrera", "enhet", "VE", "period", "2021-09");
        List<BigDecimalField> outcomes = _find(BigDecimalField.class);
        GoalYear year = goals.year(2021);
        List<Indicator> indicators = year.indicatorsOf("VE");
        assertThat(outcomes).hasSize(indicators.size());
        int percent = indicators.indexOf(indicators.stream()
                .filter(i -> i.unitOfMeasure() == se.lagesbild.goals.UnitOfMeasure.PERCENT)
                .findFirst()
                .orElseThrow());
        Indicator indicator = indicators.get(percent);
        YearMonth september = YearMonth.of(2021, 9);
        try {
            outcomes.get(percent).setValue(new BigDecimal("150"));
            click("save-month");
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                    .contains(indicator.name() + ": utfallet måste vara en procentsats mellan 0 och 100.");
            assertThat(outcomes.get(percent).isInvalid()).isTrue();
            assertThat(histories.history(indicator.id(), september)).isEmpty();

            _find(BigDecimalField.class).get(percent).setValue(new BigDecimal("88.5"));
            click("save-month");
            assertThat(goals.year(2021).indicator(indicator.id(), 9).outcome()).isEqualByComparingTo("88.5");
            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .anySatisfy(t -> assertThat(t).contains("enhetschef: utfall – → 88,5\u00A0%"));
            click("submit-month");
            assertThat(goals.year(2021).submission("VE", 9)).isPresent();
        } finally {
            // Leave September 2021 as the demo has it: no outcome, not klar.
            entries.saveMonth(
                    new UnitMonthEntry("VE", september, List.of(new IndicatorEntry(indicator.id(), null, null, null))),
                    "enhetschef");
            entries.reopen("VE", september, "enhetschef");
        }
        assertThat(goals.year(2021).areaAssessment(1, 9)).isEqualTo(Assessment.NO_OUTCOME);
    }

    @Test
    void theEntryFormGroupsEachIndicatorsFieldsAndAsksYesNoAsJaOrNej() {
        login("enhetschef");
        navigate("mal/registrera", "enhet", "BUE", "period", "2021-09");
        GoalYear year = goals.year(2021);
        List<Indicator> indicators = year.indicatorsOf("BUE");
        Indicator audit = indicators.stream()
                .filter(i -> i.name().equals("Journalgranskning genomförd enligt plan"))
                .findFirst()
                .orElseThrow();
        // every indicator's fields sit in a group named by the indicator's heading
        List<com.vaadin.flow.component.html.Div> boxes = _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.hasClassName("indicator-entry"))
                .toList();
        assertThat(boxes).hasSize(indicators.size());
        for (int i = 0; i < boxes.size(); i++) {
            var box = boxes.get(i).getElement();
            assertThat(box.getAttribute("role")).isEqualTo("group");
            com.vaadin.flow.component.html.H2 name =
                    _find(boxes.get(i), com.vaadin.flow.component.html.H2.class).getFirst();
            assertThat(box.getAttribute("aria-labelledby"))
                    .isEqualTo(name.getId().orElseThrow());
            assertThat(name.getText()).endsWith(": " + indicators.get(i).name());
        }
        // a yes/no indicator: a Ja/Nej radio group, not a number field; the others number fields
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<BigDecimal> yesNo = _find(
                        com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                .getFirst();
        assertThat(yesNo.getLabel()).isEqualTo("Utfall");
        assertThat(yesNo.getListDataView().getItems().map(yesNo.getItemLabelGenerator()))
                .containsExactly("Ja", "Nej");
        assertThat(yesNo.getValue()).isNull();
        assertThat(_find(BigDecimalField.class)).hasSize((int) indicators.stream()
                .filter(i -> i.unitOfMeasure() != se.lagesbild.goals.UnitOfMeasure.YES_NO)
                .count());
        YearMonth september = YearMonth.of(2021, 9);
        try {
            yesNo.setValue(BigDecimal.ZERO);
            click("save-month");
            assertThat(goals.year(2021).indicator(audit.id(), 9).outcome()).isEqualByComparingTo("0");
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.radiobutton.RadioButtonGroup<BigDecimal> reloaded = _find(
                            com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                    .getFirst();
            assertThat(reloaded.getItemLabelGenerator().apply(reloaded.getValue()))
                    .isEqualTo("Nej");
        } finally {
            entries.saveMonth(
                    new UnitMonthEntry("BUE", september, List.of(new IndicatorEntry(audit.id(), null, null, null))),
                    "enhetschef");
        }
    }

    @Test
    void percentagesShowWithoutTrailingDecimals() {
        navigate("mal/registrera", "enhet", "BUE", "period", "2021-08");
        GoalYear year = goals.year(2021);
        List<Indicator> numeric = year.indicatorsOf("BUE").stream()
                .filter(i -> i.unitOfMeasure() != se.lagesbild.goals.UnitOfMeasure.YES_NO)
                .toList();
        List<BigDecimalField> fields = _find(BigDecimalField.class);
        for (int i = 0; i < numeric.size(); i++) {
            BigDecimal stored = year.indicator(numeric.get(i).id(), 8).outcome();
            BigDecimal shown = fields.get(i).getValue();
            if (stored == null) {
                assertThat(shown).isNull();
            } else {
                assertThat(shown).isEqualByComparingTo(stored);
                assertThat(shown.scale())
                        .isEqualTo(Math.max(0, stored.stripTrailingZeros().scale()));
            }
        }
        assertThat(GoalEntryView.plain(new BigDecimal("80.000")).toPlainString())
                .isEqualTo("80");
        assertThat(GoalEntryView.plain(new BigDecimal("12.500")).toPlainString())
                .isEqualTo("12.5");
    }

    private static void assertLocation(String path, String... nameValuePairs) {
        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo(path);
        Map<String, List<String>> expected = new java.util.HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            expected.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(expected);
    }

    private static void click(String className) {
        _find(Button.class).stream()
                .filter(b -> b.hasClassName(className))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static Chart heatmap(String className) {
        return _find(Chart.class).stream()
                .filter(c -> c.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    /** The heatmap's cells as assessments, [x][y]. */
    static Assessment[][] cells(Chart chart, int columns, int rows) {
        HeatSeries series = (HeatSeries) chart.getConfiguration().getSeries().getFirst();
        Assessment[][] cells = new Assessment[columns][rows];
        for (Number[] point : series.getData()) {
            cells[point[0].intValue()][point[1].intValue()] = AssessmentHeatmap.assessment(point[2]);
        }
        return cells;
    }

    /** The cells' labels, [x][y], read back from the data-label formatter. */
    private static String[][] labels(Chart chart) {
        HeatSeries series = (HeatSeries) chart.getConfiguration().getSeries().getFirst();
        String formatter = ((com.vaadin.flow.component.charts.model.PlotOptionsHeatmap) series.getPlotOptions())
                .getDataLabels()
                .getFormatter();
        String matrix =
                formatter.substring(formatter.indexOf("return [[") + 7, formatter.lastIndexOf("[this.point.x]"));
        List<String[]> columns = new java.util.ArrayList<>();
        for (String column : matrix.substring(3, matrix.length() - 3).split("'\\],\\['")) {
            columns.add(java.util.Arrays.stream(column.split("','"))
                    .map(s -> s.replace("<br>", "\n"))
                    .toArray(String[]::new));
        }
        return columns.toArray(String[][]::new);
    }
}
