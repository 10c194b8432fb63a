package se.lagesbild.goals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.util.List;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.AssessmentBadge;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.base.ui.ChartTable;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.goals.GoalHistory;
import se.lagesbild.goals.GoalHistory.HistoryEntry;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.Indicator;

/**
 * The drill of one enhet and month: every indicator's outcome, target, direction, computed and manual colour
 * (⚑ where they differ) and comment; per indicator the change history and the monthly series against the
 * target line.
 */
class UnitMonthDrill extends Div {

    UnitMonthDrill(
            GoalService goals,
            GoalHistory histories,
            GoalYear year,
            String unitCode,
            YearMonth period,
            GoalHeatmaps.Texts texts,
            Runnable close) {
        addClassNames("card", "wide", "unit-month-drill");
        int month = period.getMonthValue();
        String unitName = texts.unitName().apply(unitCode);
        add(new H2(texts.t("goals.drill.title", unitName, Periods.label(period, texts.locale()))));
        Paragraph status = new Paragraph(year.submission(unitCode, month)
                .map(s -> texts.t("goals.drill.submitted", s.by(), SwedishFormat.minute(s.at())))
                .orElse(texts.t("goals.drill.notSubmitted")));
        status.addClassName("drill-status");
        com.vaadin.flow.router.RouterLink entry =
                new com.vaadin.flow.router.RouterLink(texts.t("goals.drill.enter"), GoalEntryView.class);
        entry.setQueryParameters(GoalEntryView.parameters(unitCode, period));
        entry.addClassName("drill-entry-link");
        entry.setVisible(goals.mayComment(unitCode));
        Button closeButton = new Button(texts.t("goals.drill.close"), e -> close.run());
        add(status, new Div(entry, closeButton));

        List<Indicator> indicators = year.indicatorsOf(unitCode);
        java.util.Map<Long, String> comments = goals.comments(unitCode, period);
        Grid<Indicator> grid = new Grid<>();
        grid.addClassName("drill-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> year.areaOf(i).shortName())
                .setHeader(texts.t("goals.drill.area"))
                .setAutoWidth(true);
        grid.addColumn(Indicator::name)
                .setHeader(texts.t("goals.drill.indicator"))
                .setFlexGrow(3);
        grid.addColumn(i -> GoalHeatmaps.outcome(
                        texts, i, year.indicator(i.id(), month).outcome()))
                .setHeader(texts.t("goals.drill.outcome"))
                .setAutoWidth(true);
        grid.addColumn(i -> GoalHeatmaps.outcome(texts, i, i.target()))
                .setHeader(texts.t("goals.drill.target"))
                .setAutoWidth(true);
        grid.addColumn(i -> GoalHeatmaps.rule(texts, i))
                .setHeader(texts.t("goals.drill.rule"))
                .setFlexGrow(2);
        grid.addColumn(i -> badge(texts, year.indicator(i.id(), month).computed()))
                .setHeader(texts.t("goals.drill.computed"))
                .setAutoWidth(true);
        grid.addColumn(i -> {
                    GoalYear.IndicatorAssessment a = year.indicator(i.id(), month);
                    return a.manual() == null ? "" : badge(texts, a.manual()) + (a.differs() ? " ⚑" : "");
                })
                .setHeader(texts.t("goals.drill.manual"))
                .setAutoWidth(true);
        grid.addColumn(i -> {
                    GoalYear.IndicatorAssessment a = year.indicator(i.id(), month);
                    return comments.getOrDefault(i.id(), a.manualComment() == null ? "" : a.manualComment());
                })
                .setHeader(texts.t("goals.drill.comment"))
                .setFlexGrow(3);
        grid.setItems(indicators);
        add(grid);

        Div details = new Div();
        details.addClassName("cards");
        for (Indicator indicator : indicators) {
            Div card = new Div();
            card.addClassNames("card", "indicator-card");
            card.add(new H3(year.areaOf(indicator).shortName() + ": " + indicator.name()));
            card.add(ChartTable.around(seriesChart(year, indicator, texts)));
            List<HistoryEntry> history = histories.history(indicator.id(), period);
            if (history.isEmpty()) {
                card.add(new Paragraph(texts.t("goals.history.empty")));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("indicator-history");
                history.forEach(h -> list.add(new ListItem(historyLine(texts, indicator, h))));
                card.add(list);
            }
            details.add(card);
        }
        add(details);
    }

    private static Chart seriesChart(GoalYear year, Indicator indicator, GoalHeatmaps.Texts texts) {
        Chart chart = ChartSettings.monthsChart(
                ChartType.LINE,
                "indicator-chart",
                texts.t("goals.drill.series", indicator.name(), String.valueOf(year.year())));
        chart.setHeight("220px");
        ListSeries outcomes = new ListSeries(
                texts.t("goals.drill.outcome"),
                GoalHeatmaps.series(year, indicator).toArray(Number[]::new));
        Number[] target = new Number[12];
        java.util.Arrays.fill(target, indicator.target());
        ListSeries targetLine = new ListSeries(texts.t("goals.drill.target"), target);
        PlotOptionsLine dashed = new PlotOptionsLine();
        dashed.setDashStyle(DashStyle.DASH);
        dashed.setMarker(new com.vaadin.flow.component.charts.model.Marker(false));
        targetLine.setPlotOptions(dashed);
        chart.getConfiguration().addSeries(outcomes);
        chart.getConfiguration().addSeries(targetLine);
        chart.getConfiguration().getyAxis().setTitle("");
        return chart;
    }

    static String historyLine(GoalHeatmaps.Texts texts, Indicator indicator, HistoryEntry h) {
        String before = value(texts, indicator, h.field(), h.before());
        String after = value(texts, indicator, h.field(), h.after());
        return texts.t(
                "goals.history.line",
                SwedishFormat.minute(h.at()),
                h.by(),
                texts.t("goals.history.field." + h.field().name()),
                before,
                after);
    }

    private static String value(GoalHeatmaps.Texts texts, Indicator indicator, HistoryEntry.Field field, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return switch (field) {
            case OUTCOME -> GoalHeatmaps.outcome(texts, indicator, new java.math.BigDecimal(value));
            case MANUAL -> texts.word(se.lagesbild.base.Assessment.valueOf(value));
            case COMMENT -> "”" + value + "”";
        };
    }

    private static String badge(GoalHeatmaps.Texts texts, se.lagesbild.base.Assessment assessment) {
        return AssessmentBadge.symbol(assessment) + " " + texts.word(assessment);
    }
}
