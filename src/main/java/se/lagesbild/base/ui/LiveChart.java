package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The place of a chart that live changes redraw. When the new chart differs from the one on screen
 * only in its points (values, and for data series also a point's colour or label), just the changed
 * points are sent and the chart on screen updates them (hidden series and tooltip stay); when
 * anything else differs (its series, their number of points, the title, axes, categories, plot
 * lines) the new chart replaces it. A chart is sent whole once, not again for every change to
 * hundreds of viewers.
 */
public final class LiveChart extends Div {

    private final String className;
    private final Consumer<Chart> onNewChart;
    private Chart shown;
    private String shownShape;

    /** @param className the charts' class name (the charts take no clicks) */
    public LiveChart(String className) {
        this(className, chart -> {});
    }

    /**
     * @param className the charts' class name
     * @param onNewChart called for each chart put on screen (its click listeners, which should read
     *                   the view's current figures: the chart stays while its points change)
     */
    public LiveChart(String className, Consumer<Chart> onNewChart) {
        this.className = className;
        this.onNewChart = onNewChart;
        chartPlace.setWidthFull();
        table = new ChartTable.Toggle(() -> shown, chartPlace);
        add(table, chartPlace, table.tablePlace);
    }

    /** Where the chart is; "Visa som tabell" above it, its table below (shown instead of it). */
    private final Div chartPlace = new Div();

    private final ChartTable.Toggle table;

    /**
     * Shows {@code configuration} (a new one, not a shown chart's): by updating the points of the
     * chart on screen when only they changed, else in a new chart.
     */
    public void show(Configuration configuration) {
        String shape = shape(configuration);
        if (shown != null && shape != null && shape.equals(shownShape)) {
            List<Series> onScreen = shown.getConfiguration().getSeries();
            for (int s = 0; s < onScreen.size(); s++) {
                updatePoints(onScreen.get(s), configuration.getSeries().get(s));
            }
            table.refresh();
            return;
        }
        Chart chart = ChartSettings.chart(configuration, className);
        onNewChart.accept(chart);
        chartPlace.removeAll();
        chartPlace.add(chart);
        shown = chart;
        shownShape = shape;
        table.refresh();
    }

    /**
     * The configuration without its points (and their number per series); null when it has series
     * other than list and data series. The configuration is not on screen yet, so its series' data
     * is taken out for the moment and put back.
     */
    private static String shape(Configuration configuration) {
        StringBuilder counts = new StringBuilder();
        List<Runnable> restore = new ArrayList<>();
        try {
            for (Series series : configuration.getSeries()) {
                if (series instanceof ListSeries list) {
                    Number[] values = list.getData();
                    counts.append(values.length).append('/');
                    list.setData(new Number[0]);
                    restore.add(() -> list.setData(values));
                } else if (series instanceof DataSeries data) {
                    List<DataSeriesItem> items = data.getData();
                    counts.append(items.size()).append('/');
                    data.setData(new ArrayList<>());
                    restore.add(() -> data.setData(new ArrayList<>(items)));
                } else {
                    return null;
                }
            }
            return counts + ChartSerialization.toJSON(configuration);
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    private static void updatePoints(Series onScreen, Series wanted) {
        if (onScreen instanceof ListSeries list) {
            Number[] values = ((ListSeries) wanted).getData();
            Number[] current = list.getData();
            for (int i = 0; i < values.length; i++) {
                if (!Objects.equals(current[i], values[i])) {
                    list.updatePoint(i, values[i]);
                }
            }
        } else {
            DataSeries data = (DataSeries) onScreen;
            List<DataSeriesItem> current = data.getData();
            List<DataSeriesItem> items = ((DataSeries) wanted).getData();
            data.setData(new ArrayList<>(items));
            for (int i = 0; i < items.size(); i++) {
                if (!ChartSerialization.toJSON(current.get(i)).equals(ChartSerialization.toJSON(items.get(i)))) {
                    data.update(items.get(i));
                }
            }
        }
    }
}
