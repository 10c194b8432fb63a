package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The place of a chart that live changes redraw. When the new chart differs from the one on screen
 * only in the values of its points, just the changed points are sent and the chart on screen moves
 * them (its zoom, hidden series and tooltip stay); when anything else differs (its series, their
 * number of points, the title, axes, plot lines) the new chart replaces it. A chart is sent whole
 * once, not again for every change to hundreds of viewers.
 */
public final class LiveChart extends Div {

    /** A list series' values in the chart's JSON: numbers and nulls only. */
    private static final Pattern LIST_DATA = Pattern.compile("\"data\":\\[[^\\[\\]{}]*]");

    private final String className;
    private final Consumer<Chart> onNewChart;
    private Chart shown;
    private String shownShape;

    /**
     * @param className the charts' class name
     * @param onNewChart called for each chart put on screen (its click listeners)
     */
    public LiveChart(String className, Consumer<Chart> onNewChart) {
        this.className = className;
        this.onNewChart = onNewChart;
    }

    /** Shows {@code configuration}: by moving the points of the chart on screen when only they changed, else in a new chart. */
    public void show(Configuration configuration) {
        String shape = shape(configuration);
        if (shown != null && shape != null && shape.equals(shownShape)) {
            movePoints(shown.getConfiguration().getSeries(), configuration.getSeries());
            return;
        }
        Chart chart = ChartSettings.chart(configuration, className);
        onNewChart.accept(chart);
        removeAll();
        add(chart);
        shown = chart;
        shownShape = shape;
    }

    /** The configuration without the values of its points; null when it has series other than list series. */
    private static String shape(Configuration configuration) {
        if (!configuration.getSeries().stream().allMatch(ListSeries.class::isInstance)) {
            return null;
        }
        String lengths = configuration.getSeries().stream().map(s -> String.valueOf(((ListSeries) s).getData().length))
                .reduce("", (a, b) -> a + "/" + b);
        return lengths + LIST_DATA.matcher(ChartSerialization.toJSON(configuration)).replaceAll("\"data\":[]");
    }

    private static void movePoints(List<Series> onScreen, List<Series> wanted) {
        for (int s = 0; s < onScreen.size(); s++) {
            ListSeries series = (ListSeries) onScreen.get(s);
            Number[] values = ((ListSeries) wanted.get(s)).getData();
            Number[] current = series.getData();
            for (int i = 0; i < values.length; i++) {
                if (!Objects.equals(current[i], values[i])) {
                    series.updatePoint(i, values[i]);
                }
            }
        }
    }
}
