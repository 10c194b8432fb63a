package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;

/**
 * What only a browser shows: the production jar's start view loads, draws its chart and takes pushes;
 * a new forecast moves its bar on the chart on screen.
 */
class OverviewBrowserIT {

    private static final String FIGURES =
            "return Array.from(document.querySelectorAll('.figure-value')).map(e => e.textContent)";

    @Test
    void startViewLoadsWithoutConsoleErrorsAndDrawsItsChart() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl);
            browser.await(
                    "return document.querySelector('h1')?.textContent === 'Läget augusti 2021'",
                    Duration.ofSeconds(60));
            browser.await("""
                    const chart = document.querySelector('vaadin-chart');
                    return !!chart && !!chart.shadowRoot
                        && chart.shadowRoot.querySelectorAll('svg.highcharts-root .highcharts-point').length === 10""", Duration.ofSeconds(30));
            assertThat(browser.script(FIGURES)).asString().contains("\u22128,0\u00A0Mkr");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }

    @Test
    void aChangeOnAnotherNodeAppearsInTheOpenPageWithoutReload() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "?period=2020-09");
            browser.await(
                    "return document.querySelector('h1')?.textContent === 'Läget september 2020'",
                    Duration.ofSeconds(60));
            browser.script("window.lagesbildNotReloaded = true");
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) browser.script(FIGURES);
            long committed = System.nanoTime();
            app.service(EconomyService.class)
                    .record(
                            FactKind.ACTUAL,
                            List.of(new AmountFact(2020, 9, "SOCPSYK", "PERSONNEL", new BigDecimal("-5000"))),
                            "change.economy.actual",
                            "browser-test",
                            "live test",
                            null);
            browser.await(
                    "const v = Array.from(document.querySelectorAll('.figure-value')).map(e => e.textContent);"
                            + " return v.length > 1 && v[1] !== " + toJs(before.get(1)),
                    Duration.ofSeconds(10));
            System.out.printf(
                    "Push latency, commit on another node to the figure in the browser: %d ms%n",
                    (System.nanoTime() - committed) / 1_000_000);
            assertThat(browser.script("return window.lagesbildNotReloaded === true"))
                    .isEqualTo(true);
        }
    }

    /** The deviation chart's last bar (the largest surplus) as Highcharts draws it: id, value, label, colour. */
    private static final String LAST_BAR = """
            const c = document.querySelector('vaadin-chart.deviation-chart');
            const points = c && c.configuration && c.configuration.series[0].points;
            if (!points || points.length === 0) { return null; }
            const p = points[points.length - 1];
            return [p.id, String(p.y), p.dataLabel ? String(p.dataLabel.textStr) : null, p.color];""";

    @Test
    void aNewForecastMovesItsBarOnTheChartOnScreen() {
        AppUnderTest app = AppUnderTest.get();
        EconomyService economy = app.service(EconomyService.class);
        int round = economy.report(java.time.YearMonth.of(2020, 12)).forecastRound();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "?period=2020-12");
            browser.await(
                    "return document.querySelector('h1')?.textContent === 'Läget december 2020'",
                    Duration.ofSeconds(60));
            browser.await("return (() => {" + LAST_BAR + "})() !== null", Duration.ofSeconds(30));
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) browser.script(LAST_BAR);
            browser.script(
                    "document.querySelector('vaadin-chart.deviation-chart').dataset.itMark = 'the chart drawn first'");

            // consultants' costs forecast as an income of 1 000 tkr: the largest surplus grows and stays last
            economy.record(
                    FactKind.FORECAST,
                    List.of(new AmountFact(2020, round, before.get(0), "CONSULTANTS", new BigDecimal("1000"))),
                    "change.economy.forecast",
                    "browser-test",
                    "live test",
                    null);
            browser.await("return (() => {" + LAST_BAR + "})()[1] !== " + toJs(before.get(1)), Duration.ofSeconds(10));

            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) browser.script(LAST_BAR);
            assertThat(after.get(0)).isEqualTo(before.get(0));
            assertThat(Long.parseLong(after.get(1))).isGreaterThanOrEqualTo(Long.parseLong(before.get(1)) + 1000);
            assertThat(after.get(2))
                    .as("the bar's label shows its new amount")
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(after.get(1)))
                            .replace(',', '\u00A0'));
            assertThat(after.get(3)).isEqualTo(before.get(3));
            assertThat(browser.script("return document.querySelector('vaadin-chart.deviation-chart').dataset.itMark"))
                    .as("the bar moved on the chart on screen, not on a new chart")
                    .isEqualTo("the chart drawn first");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }

    private static String toJs(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
