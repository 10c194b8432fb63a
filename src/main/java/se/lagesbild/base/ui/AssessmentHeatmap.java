package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Accessibility;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.ColorAxis;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.charts.model.KeyboardNavigation;
import com.vaadin.flow.component.charts.model.PlotOptionsHeatmap;
import com.vaadin.flow.component.charts.model.Stop;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.util.List;
import se.lagesbild.base.Assessment;

/**
 * A heatmap of bedömningar. Each cell's value is its assessment's {@link #code}; the colour axis
 * maps the four codes onto the four colours exactly, and every cell is labelled with a symbol and
 * the word, so the colour is never the only carrier. The tooltip tells outcome, target and rule.
 */
public final class AssessmentHeatmap {

    /** Cell values: the order of the colour axis' stops. */
    public static int code(Assessment assessment) {
        return switch (assessment) {
            case NO_OUTCOME -> 0;
            case GREEN -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }

    private static final List<Assessment> BY_CODE =
            List.of(Assessment.NO_OUTCOME, Assessment.GREEN, Assessment.YELLOW, Assessment.RED);
    private static final List<String> COLOURS = List.of("#e4e6ea", "#9fd8ae", "#f6d860", "#f0a39d");

    private AssessmentHeatmap() {}

    /**
     * @param columns the x categories (e.g. months), rows the y categories (e.g. goal areas)
     * @param cells cells[x][y]; labels[x][y] the text written in the cell (symbol and word, ⚑ when flagged);
     *     tooltips[x][y] the text shown on hover or keyboard focus and read by screen readers
     */
    public static Chart create(
            String title,
            List<String> columns,
            List<String> rows,
            Assessment[][] cells,
            String[][] labels,
            String[][] tooltips) {
        Chart chart = new Chart(ChartType.HEATMAP);
        chart.addClassName("assessment-heatmap");
        chart.setWidthFull();
        chart.setHeight(Math.max(220, 90 + 34 * rows.size()) + "px");
        ChartSettings.fitToContainer(chart);
        Configuration conf = chart.getConfiguration();
        conf.setTitle(title);
        conf.getxAxis().setCategories(columns.toArray(String[]::new));
        conf.getxAxis().setOpposite(true);
        conf.getyAxis().setCategories(rows.toArray(String[]::new));
        conf.getyAxis().setTitle("");
        conf.getyAxis().setReversed(true);
        ColorAxis axis = new ColorAxis();
        axis.setMin(0);
        axis.setMax(3);
        axis.setStops(
                new Stop(0f, new SolidColor(COLOURS.get(0))),
                new Stop(1 / 3f, new SolidColor(COLOURS.get(1))),
                new Stop(2 / 3f, new SolidColor(COLOURS.get(2))),
                new Stop(1f, new SolidColor(COLOURS.get(3))));
        conf.addColorAxis(axis);
        conf.getLegend().setEnabled(false);

        HeatSeries series = new HeatSeries(title);
        for (int x = 0; x < columns.size(); x++) {
            for (int y = 0; y < rows.size(); y++) {
                series.addHeatPoint(x, y, code(cells[x][y]));
            }
        }
        PlotOptionsHeatmap options = new PlotOptionsHeatmap();
        options.setAnimation(false);
        options.setBorderWidth(2);
        options.setBorderColor(new SolidColor("#ffffff"));
        options.setCursor(com.vaadin.flow.component.charts.model.Cursor.POINTER);
        DataLabels dataLabels = new DataLabels(true);
        dataLabels.setFormatter("function() { return " + jsMatrix(labels) + "[this.point.x][this.point.y]; }");
        options.setDataLabels(dataLabels);
        series.setPlotOptions(options);
        conf.addSeries(series);
        String tooltipMatrix = jsMatrix(tooltips);
        conf.getTooltip().setFormatter("function() { return " + tooltipMatrix + "[this.point.x][this.point.y]; }");
        // Keyboard: Tab into the chart, arrow keys move from cell to cell (tooltip follows), Enter drills.
        Accessibility accessibility = new Accessibility(true);
        accessibility.setKeyboardNavigation(new KeyboardNavigation(true));
        // Screen readers get the tooltip's text (the matrix is sent once, with the tooltip formatter).
        accessibility.setPointDescriptionFormatter("function(point) { return point.series.chart.options.tooltip"
                + ".formatter.call({point: point}).replace(/<br>/g, '. '); }");
        conf.setAccessibility(accessibility);
        gridKeys(chart);
        ChartTable.cellTexts(chart, labels);
        return chart;
    }

    /**
     * The arrow keys move as the heatmap looks (Highcharts' own moves go through the points in the order
     * they were added, and up and down turn round on a reversed axis): right is the next column (month),
     * down the next row; Home and End go to the row's first and last cell, with Ctrl to the first and last
     * cell of all. A capturing listener on the chart runs before Highcharts' own.
     */
    private static void gridKeys(Chart chart) {
        chart.getElement().executeJs(GRID_KEYS);
    }

    static final String GRID_KEYS = "const host = this;"
            + "host.addEventListener('keydown', e => {"
            + " const chart = host.configuration; const point = chart && chart.highlightedPoint;"
            + " if (!point || e.altKey || e.metaKey || e.shiftKey) { return; }"
            + " const points = point.series.points;"
            + " const maxX = Math.max(...points.map(p => p.x)); const maxY = Math.max(...points.map(p => p.y));"
            + " let x = point.x; let y = point.y;"
            + " switch (e.key) {"
            + "  case 'ArrowRight': x++; break; case 'ArrowLeft': x--; break;"
            + "  case 'ArrowDown': y++; break; case 'ArrowUp': y--; break;"
            + "  case 'Home': x = 0; if (e.ctrlKey) { y = 0; } break;"
            + "  case 'End': x = maxX; if (e.ctrlKey) { y = maxY; } break;"
            + "  default: return; }"
            + " e.preventDefault(); e.stopPropagation();"
            + " const target = points.find(p => p.x === x && p.y === y);"
            + " if (target && target.highlight) { target.highlight(); }"
            + "}, true);";

    /** The cell at a heatmap point's index (points are added column by column): {x, y}. */
    public static int[] cell(int pointIndex, int rowCount) {
        return new int[] {pointIndex / rowCount, pointIndex % rowCount};
    }

    /** The text of a cell: symbol and word, and ⚑ when a reported or manual colour differs. */
    public static String label(Assessment assessment, String word, boolean flagged) {
        return AssessmentBadge.symbol(assessment) + " " + word + (flagged ? " ⚑" : "");
    }

    /** The assessment a cell value stands for. */
    public static Assessment assessment(Number code) {
        return BY_CODE.get(code.intValue());
    }

    /** The matrix as a JavaScript literal; each distinct text is escaped once (labels repeat in every column). */
    private static String jsMatrix(String[][] values) {
        java.util.Map<String, String> escaped = new java.util.HashMap<>();
        StringBuilder js = new StringBuilder("[");
        for (int x = 0; x < values.length; x++) {
            js.append(x == 0 ? "[" : ",[");
            for (int y = 0; y < values[x].length; y++) {
                if (y > 0) {
                    js.append(',');
                }
                js.append(escaped.computeIfAbsent(values[x][y], AssessmentHeatmap::jsString));
            }
            js.append(']');
        }
        return js.append(']').toString();
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "<br>") + "'";
    }
}
