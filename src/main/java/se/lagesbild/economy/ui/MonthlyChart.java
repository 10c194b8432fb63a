package se.lagesbild.economy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.YAxis;
import java.math.BigDecimal;
import java.util.List;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.economy.YearSeries;

/** Utfall and budget month by month (columns) with the cumulative utfall and budget (lines). */
final class MonthlyChart {

    /** The chart's class name. */
    static final String CLASS_NAME = "monthly-chart";

    private MonthlyChart() {}

    static Configuration configuration(YearSeries series, Component view) {
        Configuration conf = ChartSettings.monthsConfiguration(
                ChartType.COLUMN, view.getTranslation("economy.chart.monthly.title", String.valueOf(series.year())));
        YAxis monthly = conf.getyAxis();
        ChartSettings.valueAxis(monthly, view.getTranslation("economy.chart.monthly.axis"));
        YAxis cumulative = new YAxis();
        ChartSettings.valueAxis(cumulative, view.getTranslation("economy.chart.cumulative.axis"));
        cumulative.setOpposite(true);
        conf.addyAxis(cumulative);

        conf.addSeries(column(
                view.getTranslation("economy.chart.actual"),
                series.months().stream().map(YearSeries.Month::actual).toList()));
        conf.addSeries(column(
                view.getTranslation("economy.chart.budget"),
                series.months().stream().map(YearSeries.Month::budget).toList()));
        for (ListSeries line : List.of(
                line(view.getTranslation("economy.chart.actualCumulative"), series.cumulativeActual(), DashStyle.SOLID),
                line(
                        view.getTranslation("economy.chart.budgetCumulative"),
                        series.cumulativeBudget(),
                        DashStyle.DASH))) {
            conf.addSeries(line);
            line.setyAxis(cumulative);
        }
        return conf;
    }

    private static ListSeries column(String name, List<BigDecimal> values) {
        ListSeries series =
                new ListSeries(name, values.stream().map(MonthlyChart::whole).toArray(Number[]::new));
        PlotOptionsColumn options = new PlotOptionsColumn();
        options.setAnimation(false);
        series.setPlotOptions(options);
        return series;
    }

    private static ListSeries line(String name, List<BigDecimal> values, DashStyle dash) {
        ListSeries series =
                new ListSeries(name, values.stream().map(MonthlyChart::whole).toArray(Number[]::new));
        PlotOptionsLine options = new PlotOptionsLine();
        options.setAnimation(false);
        options.setDashStyle(dash);
        series.setPlotOptions(options);
        return series;
    }

    static Number whole(BigDecimal tkr) {
        return tkr == null ? null : SwedishFormat.wholeTkr(tkr);
    }
}
