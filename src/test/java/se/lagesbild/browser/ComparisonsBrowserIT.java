package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What only a browser shows: Jämförelser draws a line chart per key figure, the kommun's line bold and labelled. */
class ComparisonsBrowserIT {

    /** The N30001 chart as Highcharts drew it: per series its name, line width and data label texts. */
    private static final String N30001 = """
            const chart = document.querySelector('.kpi-comparison[data-kpi="N30001"] vaadin-chart');
            const c = chart && chart.configuration;
            if (!c || !chart.shadowRoot.querySelector('svg.highcharts-root .highcharts-series path.highcharts-graph')) { return null; }
            return c.series.map(s => ({
                name: s.name,
                width: String(s.graph ? s.graph.attr('stroke-width') : ''),
                labels: s.points.filter(p => p.dataLabel).map(p => String(p.dataLabel.textStr))
            }));""";

    @Test
    void eachKeyFigureIsDrawnAsALineChartWithTheKommunBoldAndLabelled() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "jamforelser");
            browser.await(
                    "return document.querySelector('h1')?.textContent === 'Tyresö jämfört med andra kommuner'",
                    Duration.ofSeconds(60));
            browser.await(
                    "return document.querySelectorAll('.kpi-comparison vaadin-chart').length === 7",
                    Duration.ofSeconds(30));
            browser.await("return (() => {" + N30001 + "})() !== null", Duration.ofSeconds(30));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> series = (List<Map<String, Object>>) browser.script(N30001);
            assertThat(series)
                    .extracting(s -> s.get("name"))
                    .startsWith("Tyresö")
                    .contains("Riket");
            assertThat(series.getFirst().get("width")).isEqualTo("4");
            assertThat(series.get(1).get("width")).isEqualTo("1.5");
            assertThat(series.getFirst().get("labels"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("20,4", "14,4", "8,4");
            assertThat(browser.script("return document.querySelector('.kolada-source').textContent"))
                    .isEqualTo("Källa: Kolada");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
            assertThat(browser.accessibilityViolations()).as("axe-core").isEmpty();
        }
    }
}
