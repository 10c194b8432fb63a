package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What only a browser shows: the three målbedömning heatmaps are drawn with their colours and labels. */
class GoalsBrowserIT {

    /**
     * Per heatmap: the fills of its cells (as #rrggbb) and the texts of its data labels (Highcharts writes a
     * label twice, outline and text, joined by a zero-width space).
     */
    private static final String CELLS = """
            const hex = c => { const m = c.match(/rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)/);
                return m ? '#' + [m[1], m[2], m[3]].map(n => (+n).toString(16).padStart(2, '0')).join('') : c.toLowerCase(); };
            return Array.from(document.querySelectorAll('vaadin-chart.assessment-heatmap')).map(chart => {
                const root = chart.shadowRoot;
                return {
                    fills: Array.from(root.querySelectorAll('.highcharts-series-group .highcharts-point'))
                        .map(r => hex(r.getAttribute('fill') || getComputedStyle(r).fill)),
                    labels: Array.from(root.querySelectorAll('.highcharts-data-labels text')).map(t => t.textContent.split('\\u200B')[0])
                };
            });""";

    @Test
    void theThreeHeatmapsAreDrawnWithTheirColoursAndLabels() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "mal?period=2021-08&omrade=3");
            browser.await("""
                    const charts = document.querySelectorAll('vaadin-chart.assessment-heatmap');
                    return charts.length === 3 && Array.from(charts).every(c => c.shadowRoot
                        && c.shadowRoot.querySelectorAll('.highcharts-data-labels text').length > 0)""", Duration.ofSeconds(60));
            @SuppressWarnings("unchecked")
            List<Map<String, List<String>>> heatmaps = (List<Map<String, List<String>>>) browser.script(CELLS);
            assertThat(heatmaps).hasSize(3);
            // Goal areas × months: 48 cells; green, red and grey (Sep–Dec, no outcome) among them.
            assertThat(heatmaps.get(0).get("fills")).hasSize(48).contains("#9fd8ae", "#f0a39d", "#e4e6ea");
            assertThat(heatmaps.get(0).get("labels"))
                    .anySatisfy(t -> assertThat(t).startsWith("✕ Röd ⚑"))
                    .anySatisfy(t -> assertThat(t).startsWith("– Inget utfall"));
            // Enheter × goal areas for August: 40 cells, the four colours of the report.
            assertThat(heatmaps.get(1).get("fills")).hasSize(40).contains("#9fd8ae", "#f6d860", "#f0a39d", "#e4e6ea");
            assertThat(heatmaps.get(1).get("labels")).contains("✓ Grön", "! Gul", "✕ Röd", "– Inget utfall");
            // Enheter × months for Leverans: 120 cells.
            assertThat(heatmaps.get(2).get("fills")).hasSize(120).contains("#9fd8ae", "#f6d860", "#e4e6ea");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }
}
