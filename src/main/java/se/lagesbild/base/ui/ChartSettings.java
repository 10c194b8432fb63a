package se.lagesbild.base.ui;

import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.model.AxisTitle;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.Labels;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.Color;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.charts.model.style.Theme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every chart of a UI speaks the UI's language: Highcharts' lang options (in Swedish a decimal comma
 * and a non-breaking space as thousands separator, Swedish menu, month and accessibility texts) from
 * {@link ComponentTexts#chartLang}; series colours that stand out against white; tooltips with a
 * real minus sign.
 */
@Component
public class ChartSettings implements VaadinServiceInitListener {

    /** An axis label formatter that writes negatives with a real minus sign, as the reports do. */
    public static final String MINUS_LABELS =
            "function() { return this.axis.defaultLabelFormatter.call(this).replace('-', '\\u2212'); }";

    /**
     * The series' colours: each at least 3:1 against white (WCAG 1.4.11; Highcharts' own light blue is
     * 2.42:1), in an order that keeps neighbours apart in hue.
     */
    public static final List<String> SERIES_COLOURS = List.of(
            "#1f5fa8", "#c2410c", "#1e6e3a", "#6a3d9a", "#a8327a", "#00707a", "#8a4b00", "#4a4f57", "#b3261e",
            "#6b6100");

    /** A tooltip line as Highcharts writes it, with a real minus sign ("−3 372", not "-3 372"). */
    public static final String MINUS_TOOLTIP = "function() { return this.tooltipFormatter("
            + "this.series.tooltipOptions.pointFormat).replace(/-(?=\\d)/g, '\\u2212'); }";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            // The session's language: the UI's locale may not be set yet (listeners run in any order).
            ChartOptions.get(e.getUI())
                    .setLang(ComponentTexts.chartLang(
                            e.getUI(), LanguageSettings.current(e.getUI().getSession())));
            Theme theme = new Theme();
            theme.setColors(SERIES_COLOURS.stream().map(SolidColor::new).toArray(Color[]::new));
            ChartOptions.get(e.getUI()).setTheme(theme);
        });
    }

    /**
     * Makes a chart fit its container once the layout around it has settled (Highcharts measures
     * the container when it first draws, before grids and cards have their final widths).
     */
    public static void fitToContainer(com.vaadin.flow.component.charts.Chart chart) {
        chart.addAttachListener(
                e -> chart.getElement()
                        .executeJs(
                                "const c = this; [200, 800].forEach(t => setTimeout(() => c.configuration && c.configuration.reflow(), t));"));
    }

    /** A chart over the twelve months of a year, fitted to its container. */
    public static com.vaadin.flow.component.charts.Chart monthsChart(
            com.vaadin.flow.component.charts.model.ChartType type, String className, String title) {
        return chart(monthsConfiguration(type, title), className);
    }

    /** The configuration of a chart over the twelve months of a year. */
    public static Configuration monthsConfiguration(
            com.vaadin.flow.component.charts.model.ChartType type, String title) {
        Configuration configuration = new Configuration();
        configuration.getChart().setType(type);
        configuration.setTitle(title);
        configuration
                .getxAxis()
                .setCategories(Periods.shortMonths(
                        com.vaadin.flow.component.UI.getCurrent().getLocale()));
        return configuration;
    }

    /** A chart of {@code configuration} as wide as its container, fitted to it. */
    public static com.vaadin.flow.component.charts.Chart chart(Configuration configuration, String className) {
        com.vaadin.flow.component.charts.Chart chart = new com.vaadin.flow.component.charts.Chart();
        if (configuration.getTooltip().getFormatter() == null
                && configuration.getTooltip().getPointFormatter() == null) {
            configuration.getTooltip().setPointFormatter(MINUS_TOOLTIP);
        }
        chart.setConfiguration(configuration);
        chart.addClassName(className);
        chart.setWidthFull();
        fitToContainer(chart);
        return chart;
    }

    /** Gives a value axis Swedish labels and a title. */
    public static void valueAxis(YAxis axis, String title) {
        axis.setTitle(new AxisTitle(title));
        Labels labels = new Labels();
        labels.setFormatter(MINUS_LABELS);
        axis.setLabels(labels);
    }
}
