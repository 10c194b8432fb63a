package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.base.ui.LiveChart;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;

/** The late share per month against the target; a point lists that month's late cases. */
final class LateShareChart {

    private LateShareChart() {}

    /** The chart, drawn anew on every refresh with only its points moved when only they changed. */
    static Component create(InvestigationsScope view) {
        LiveChart chart = new LiveChart("late-share-chart", shown -> onPointClick(view, shown));
        view.live(() -> chart.show(configuration(view)));
        return InvestigationsView.card(chart);
    }

    private static Configuration configuration(InvestigationsScope view) {
        YearMonth period = view.period();
        int year = period.getYear();
        String title = view.unit() == null
                ? view.getTranslation("investigations.chart.late", String.valueOf(year))
                : view.getTranslation(
                        "investigations.chart.late.unit", view.unitName(view.unit()), String.valueOf(year));
        Configuration conf = ChartSettings.monthsConfiguration(ChartType.LINE, title);
        ChartSettings.valueAxis(conf.getyAxis(), view.getTranslation("investigations.chart.late.axis"));
        conf.getxAxis().setMin(0);
        conf.getxAxis().setMax(11);
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        List<UnitFigures> shown = view.unit() == null
                ? view.figures().units()
                : List.of(view.figures().unit(view.unit()).orElse(InvestigationsView.empty(view.unit())));
        for (UnitFigures f : shown) {
            conf.addSeries(lateSeries(view.unitName(f.unitCode()), f.months(), period.getMonthValue()));
        }
        if (view.unit() != null) {
            ListSeries previous = lateSeries(
                    view.getTranslation("investigations.chart.previousYear", String.valueOf(year - 1)),
                    shown.getFirst().previousMonths(),
                    12);
            previous.setPlotOptions(dashed());
            conf.addSeries(previous);
        }
        shown.stream()
                .map(UnitFigures::lateShareTarget)
                .filter(Objects::nonNull)
                .map(BigDecimal::stripTrailingZeros)
                .distinct()
                .forEach(targetShare -> {
                    PlotLine target = new PlotLine();
                    target.setValue(targetShare.doubleValue());
                    target.setDashStyle(DashStyle.DASH);
                    target.setWidth(2);
                    target.setColor(new SolidColor("#4a4f57"));
                    target.setLabel(new com.vaadin.flow.component.charts.model.Label(
                            view.getTranslation("investigations.chart.target", SwedishFormat.percent(targetShare, 0))));
                    conf.getyAxis().addPlotLine(target);
                });
        PlotOptionsLine options = new PlotOptionsLine();
        options.setAnimation(false);
        options.setCursor(com.vaadin.flow.component.charts.model.Cursor.POINTER);
        conf.setPlotOptions(options);
        return conf;
    }

    /** A point of the late-share chart lists that month's late cases: its series' enhet's, or last year's. */
    private static void onPointClick(InvestigationsScope view, Chart chart) {
        chart.addPointClickListener(e -> {
            List<String> seriesUnits = view.unit() == null
                    ? view.figures().units().stream().map(UnitFigures::unitCode).toList()
                    : List.of(view.unit());
            boolean previousYear = e.getSeriesItemIndex() >= seriesUnits.size();
            String code = previousYear ? view.unit() : seriesUnits.get(e.getSeriesItemIndex());
            int year = view.period().getYear();
            YearMonth month = YearMonth.of(previousYear ? year - 1 : year, e.getItemIndex() + 1);
            view.go(code, month, month, Measure.LATE);
        });
    }

    private static ListSeries lateSeries(String name, List<Volumes> months, int through) {
        ListSeries series = new ListSeries(name);
        for (int m = 1; m <= through; m++) {
            BigDecimal share = months.get(m - 1).lateSharePercent();
            series.addData(share == null ? null : SwedishFormat.rounded(share, 1));
        }
        return series;
    }

    private static PlotOptionsLine dashed() {
        PlotOptionsLine options = new PlotOptionsLine();
        options.setDashStyle(DashStyle.SHORTDOT);
        options.setColor(new SolidColor("#6b7280"));
        return options;
    }
}
