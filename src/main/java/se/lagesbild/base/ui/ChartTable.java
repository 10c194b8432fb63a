package se.lagesbild.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import se.lagesbild.base.SwedishFormat;

/**
 * "Visa som tabell" (WCAG 1.1.1): every chart can show its figures as a table instead, the same
 * figures in Swedish number format: a row per category (month, verksamhet) and a column per series;
 * a heatmap's rows and columns as it draws them, each cell with its written label. The table is
 * made from the chart shown at the moment, so it shows what a live change drew last.
 */
public final class ChartTable {

    /** A heatmap's cell texts, [x][y]: its table shows them rather than the colour codes. */
    record CellTexts(String[][] texts) {}

    private ChartTable() {}

    /** A chart with its "Visa som tabell" toggle above it. */
    public static Div around(Chart chart) {
        Div chartPlace = new Div(chart);
        chartPlace.setWidthFull();
        Div box = new Div();
        box.addClassName("chart-with-table");
        box.setWidthFull();
        Toggle toggle = new Toggle(() -> chart, chartPlace);
        box.add(toggle, chartPlace, toggle.tablePlace);
        return box;
    }

    /** Keeps a heatmap's cell texts with its chart, for its table. */
    static void cellTexts(Chart chart, String[][] texts) {
        ComponentUtil.setData(chart, CellTexts.class, new CellTexts(texts));
    }

    /** The toggle between a chart and its table; {@link #refresh} after the chart changed. */
    static final class Toggle extends Button {

        private final Supplier<Chart> chart;
        private final Component chartPlace;
        final Div tablePlace = new Div();

        Toggle(Supplier<Chart> chart, Component chartPlace) {
            this.chart = chart;
            this.chartPlace = chartPlace;
            addClassName("chart-table-toggle");
            addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            tablePlace.setWidthFull();
            tablePlace.setVisible(false);
            setText(getTranslation("chart.showTable"));
            addClickListener(e -> {
                boolean table = !tablePlace.isVisible();
                tablePlace.setVisible(table);
                chartPlace.setVisible(!table);
                setText(getTranslation(table ? "chart.showChart" : "chart.showTable"));
                refresh();
            });
        }

        /** Draws the table anew from the chart when the table is shown. */
        void refresh() {
            tablePlace.removeAll();
            Chart shown = chart.get();
            if (tablePlace.isVisible() && shown != null) {
                tablePlace.add(table(shown));
            }
        }
    }

    /** The chart's figures as a table. */
    static Grid<String[]> table(Chart chart) {
        Configuration conf = chart.getConfiguration();
        CellTexts cells = ComponentUtil.getData(chart, CellTexts.class);
        List<String> headers = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        String title = conf.getTitle() == null ? null : conf.getTitle().getText();
        headers.add("");
        if (cells != null) {
            String[] columns = conf.getxAxis().getCategories();
            String[] rowNames = conf.getyAxis().getCategories();
            headers.addAll(Arrays.asList(columns));
            for (int y = 0; y < rowNames.length; y++) {
                String[] row = new String[columns.length + 1];
                row[0] = rowNames[y];
                for (int x = 0; x < columns.length; x++) {
                    row[x + 1] = cells.texts()[x][y];
                }
                rows.add(row);
            }
        } else {
            List<Series> series = conf.getSeries();
            String[] categories = conf.getxAxis().getCategories();
            int count = categories == null ? 0 : categories.length;
            for (Series s : series) {
                count = Math.max(count, points(s).size());
                headers.add(s.getName() == null ? "" : s.getName());
            }
            for (int i = 0; i < count; i++) {
                String[] row = new String[series.size() + 1];
                row[0] = categories != null && i < categories.length ? categories[i] : name(series, i);
                for (int s = 0; s < series.size(); s++) {
                    List<Number> values = points(series.get(s));
                    row[s + 1] = i < values.size() ? number(values.get(i)) : "";
                }
                rows.add(row);
            }
        }
        Grid<String[]> grid = new Grid<>();
        grid.addClassName("chart-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        if (title != null) {
            grid.setAriaLabel(title);
        }
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            Grid.Column<String[]> col = grid.addColumn(r -> r[column])
                    .setHeader(headers.get(c))
                    .setAutoWidth(true)
                    .setResizable(true);
            if (c == 0) {
                col.setFrozen(true);
            } else if (cells == null) {
                col.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(rows);
        return grid;
    }

    private static List<Number> points(Series series) {
        if (series instanceof ListSeries list) {
            return Arrays.asList(list.getData());
        }
        if (series instanceof DataSeries data) {
            return data.getData().stream().map(DataSeriesItem::getY).toList();
        }
        return List.of();
    }

    /** A row's name where the chart has no categories: the points' names (a bar per verksamhet). */
    private static String name(List<Series> series, int i) {
        return series.stream()
                .filter(s -> s instanceof DataSeries data && i < data.getData().size())
                .map(s -> ((DataSeries) s).getData().get(i).getName())
                .filter(n -> n != null)
                .findFirst()
                .orElse(String.valueOf(i + 1));
    }

    /** A figure as the views write it: whole numbers grouped, others with one decimal, a real minus. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().scale() <= 0
                ? SwedishFormat.decimal(decimal, 0)
                : SwedishFormat.decimal(decimal, 1);
    }
}
