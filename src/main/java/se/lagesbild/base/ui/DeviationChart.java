package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import se.lagesbild.base.SwedishFormat;

/**
 * Helårsavvikelse per verksamhet as a bar chart, sorted from the largest shortfall. Every bar is
 * labelled with its signed amount, so negative and positive read without colour.
 */
public final class DeviationChart {

    public static final SolidColor NEGATIVE = new SolidColor("#b3261e");
    public static final SolidColor POSITIVE = new SolidColor("#1e6e3a");

    private DeviationChart() {}

    /** The bars with a value, from the most negative (the largest shortfall): the chart's order. */
    public static List<Bar> sorted(java.util.Collection<Bar> bars) {
        return bars.stream()
                .filter(bar -> bar.value() != null)
                .sorted(Comparator.comparing(Bar::value))
                .toList();
    }

    /** A bar: what it is (code and name) and its signed amount in tkr. */
    public record Bar(String code, String name, BigDecimal value) {}

    /** The class name of the charts. */
    public static final String CLASS_NAME = "deviation-chart";

    /** The chart of any signed amounts, from the most negative; the order of {@link #sorted} for deviations. */
    public static Chart create(java.util.Collection<Bar> unsorted, String title, String axisTitle) {
        return ChartSettings.chart(configuration(unsorted, title, axisTitle), CLASS_NAME);
    }

    /** The chart of signed amounts (the verksamheter's helårsavvikelse), for a {@link LiveChart}. */
    public static Configuration configuration(java.util.Collection<Bar> unsorted, String title, String axisTitle) {
        List<Bar> sorted = sorted(unsorted);
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.BAR);
        conf.setTitle(title);
        conf.getLegend().setEnabled(false);
        conf.getTooltip().setEnabled(false);
        XAxis x = conf.getxAxis();
        x.setCategories(sorted.stream().map(Bar::name).toArray(String[]::new));
        YAxis y = conf.getyAxis();
        ChartSettings.valueAxis(y, axisTitle);
        y.setMaxPadding(0.12);
        y.setMinPadding(0.12);
        DataSeries series = new DataSeries(axisTitle);
        for (Bar bar : sorted) {
            BigDecimal deviation = bar.value();
            DataSeriesItem item = new DataSeriesItem(bar.name(), SwedishFormat.wholeTkr(deviation));
            item.setId(bar.code());
            item.setColor(deviation.signum() < 0 ? NEGATIVE : POSITIVE);
            DataLabels label = new DataLabels(true);
            label.setFormat(SwedishFormat.tkr(deviation));
            item.setDataLabels(label);
            series.add(item);
        }
        PlotOptionsBar options = new PlotOptionsBar();
        options.setAnimation(false);
        series.setPlotOptions(options);
        conf.addSeries(series);
        return conf;
    }
}
