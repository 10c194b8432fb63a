package se.lagesbild.economy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.economy.YearSeries;

/** The full-year prognos of every forecast round of the year, against the year's budget. */
final class ForecastChart {

    /** The chart's class name. */
    static final String CLASS_NAME = "forecast-chart";

    private ForecastChart() {}

    static Configuration configuration(YearSeries series, Component view) {
        Configuration conf = ChartSettings.monthsConfiguration(
                ChartType.LINE, view.getTranslation("economy.chart.forecast.title", String.valueOf(series.year())));
        ChartSettings.valueAxis(conf.getyAxis(), view.getTranslation("economy.chart.forecast.axis"));
        ListSeries rounds = new ListSeries(
                view.getTranslation("economy.chart.forecast.series"),
                series.months().stream()
                        .map(m -> MonthlyChart.whole(m.forecast()))
                        .toArray(Number[]::new));
        PlotOptionsLine options = new PlotOptionsLine();
        options.setAnimation(false);
        options.setConnectNulls(true);
        rounds.setPlotOptions(options);
        conf.addSeries(rounds);
        PlotLine budget = new PlotLine();
        budget.setValue(SwedishFormat.wholeTkr(series.budgetYear()));
        budget.setDashStyle(DashStyle.DASH);
        budget.setWidth(2);
        budget.setColor(new SolidColor("#4a4f57"));
        budget.setLabel(new Label(
                view.getTranslation("economy.chart.forecast.budget", SwedishFormat.tkr(series.budgetYear()))));
        conf.getyAxis().addPlotLine(budget);
        // The axis must reach the budget line too, or Highcharts leaves it outside the plot.
        java.util.List<Long> values = new java.util.ArrayList<>(series.months().stream()
                .filter(m -> m.forecast() != null)
                .map(m -> SwedishFormat.wholeTkr(m.forecast()))
                .toList());
        values.add(SwedishFormat.wholeTkr(series.budgetYear()));
        long min = java.util.Collections.min(values);
        long max = java.util.Collections.max(values);
        long margin = Math.max(1, (max - min) / 10);
        conf.getyAxis().setMin(min - margin);
        conf.getyAxis().setMax(max + margin);
        return conf;
    }
}
