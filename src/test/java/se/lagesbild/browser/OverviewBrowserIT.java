package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;

/** What only a browser shows: the production jar's start view loads, draws its chart and takes pushes. */
class OverviewBrowserIT {

    private static final String FIGURES = "return Array.from(document.querySelectorAll('.figure-value')).map(e => e.textContent)";

    @Test
    void startViewLoadsWithoutConsoleErrorsAndDrawsItsChart() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl);
            browser.await("return document.querySelector('h1')?.textContent === 'Läget augusti 2021'", Duration.ofSeconds(60));
            browser.await("""
                    const chart = document.querySelector('vaadin-chart');
                    return !!chart && !!chart.shadowRoot
                        && chart.shadowRoot.querySelectorAll('svg.highcharts-root .highcharts-point').length === 10""",
                    Duration.ofSeconds(30));
            assertThat(browser.script(FIGURES)).asString().contains("\u22128,0\u00A0Mkr");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }

    @Test
    void aChangeOnAnotherNodeAppearsInTheOpenPageWithoutReload() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "?period=2020-09");
            browser.await("return document.querySelector('h1')?.textContent === 'Läget september 2020'", Duration.ofSeconds(60));
            browser.script("window.lagesbildNotReloaded = true");
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) browser.script(FIGURES);
            long committed = System.nanoTime();
            app.service(EconomyService.class).record(FactKind.ACTUAL,
                    List.of(new AmountFact(2020, 9, "SOCPSYK", "PERSONNEL", new BigDecimal("-5000"))),
                    "change.economy.actual", "browser-test", "live test", null);
            browser.await("const v = Array.from(document.querySelectorAll('.figure-value')).map(e => e.textContent);"
                    + " return v.length > 1 && v[1] !== " + toJs(before.get(1)), Duration.ofSeconds(10));
            System.out.printf("Push latency, commit on another node to the figure in the browser: %d ms%n",
                    (System.nanoTime() - committed) / 1_000_000);
            assertThat(browser.script("return window.lagesbildNotReloaded === true")).isEqualTo(true);
        }
    }

    private static String toJs(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
