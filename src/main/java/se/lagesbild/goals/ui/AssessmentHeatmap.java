package se.lagesbild.goals.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.ColorAxis;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsHeatmap;
import com.vaadin.flow.component.charts.model.Stop;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.util.List;
import java.util.stream.Collectors;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.goals.Assessment;

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

    private AssessmentHeatmap() {
    }

    /**
     * @param columns the x categories (e.g. months), rows the y categories (e.g. goal areas)
     * @param cells cells[x][y], tooltips[x][y] the text shown on hover or focus
     * @param flagged flagged[x][y]: a reported colour differs from the computed one (marked ⚑)
     */
    public static Chart create(String title, List<String> columns, List<String> rows, Assessment[][] cells,
                               String[][] tooltips, boolean[][] flagged, java.util.function.Function<Assessment, String> label) {
        Chart chart = new Chart(ChartType.HEATMAP);
        chart.addClassName("assessment-heatmap");
        chart.setWidthFull();
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
        axis.setStops(new Stop(0f, new SolidColor(COLOURS.get(0))), new Stop(1 / 3f, new SolidColor(COLOURS.get(1))),
                new Stop(2 / 3f, new SolidColor(COLOURS.get(2))), new Stop(1f, new SolidColor(COLOURS.get(3))));
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
        DataLabels labels = new DataLabels(true);
        labels.setFormatter("function() { var f = " + jsMatrix(flagged) + "; return " + jsArray(BY_CODE.stream()
                .map(a -> AssessmentBadge.symbol(a) + " " + label.apply(a)).toList())
                + "[this.point.value] + (f[this.point.x][this.point.y] ? ' ⚑' : ''); }");
        options.setDataLabels(labels);
        series.setPlotOptions(options);
        conf.addSeries(series);
        conf.getTooltip().setFormatter("function() { return " + jsMatrix(tooltips) + "[this.point.x][this.point.y]; }");
        return chart;
    }

    /** The assessment a cell value stands for. */
    public static Assessment assessment(Number code) {
        return BY_CODE.get(code.intValue());
    }

    private static String jsArray(List<String> values) {
        return values.stream().map(AssessmentHeatmap::jsString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsMatrix(String[][] values) {
        return java.util.Arrays.stream(values).map(column -> jsArray(List.of(column)))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsMatrix(boolean[][] values) {
        StringBuilder js = new StringBuilder("[");
        for (int x = 0; x < values.length; x++) {
            js.append(x == 0 ? "" : ",").append(java.util.Arrays.toString(values[x]));
        }
        return js.append("]").toString();
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "<br>") + "'";
    }
}
