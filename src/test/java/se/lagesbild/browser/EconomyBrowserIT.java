package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Ekonomi view in a real browser: charts drawn inside their boxes, drill-down and back. */
class EconomyBrowserIT {

    private static final String CHARTS_DRAWN_AND_FITTING = """
            const charts = Array.from(document.querySelectorAll('vaadin-chart'));
            return charts.length === %d && charts.every(c => {
                const svg = c.shadowRoot && c.shadowRoot.querySelector('svg.highcharts-root');
                return svg && svg.querySelectorAll('.highcharts-series').length > 0
                    && svg.getBoundingClientRect().width <= c.getBoundingClientRect().width + 1;
            });""";

    @Test
    void drawsItsChartsDrillsToAVerksamhetAndGoesBack() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "ekonomi?period=2021-08");
            browser.await(CHARTS_DRAWN_AND_FITTING.formatted(1), Duration.ofSeconds(60));
            // What a screen reader hears of the chart is Swedish (Highcharts' accessibility texts).
            assertThat(browser.script(
                            "return Array.from(document.querySelector('vaadin-chart').shadowRoot.querySelectorAll('[aria-label]'))"
                                    + ".map(e => e.getAttribute('aria-label')).join(' | ')"))
                    .asString()
                    .contains("Interaktivt diagram")
                    .doesNotContain("Interactive chart", "Show ");

            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-grid-cell-content[normalize-space()='Ekonomiskt bistånd']")))
                    .click();
            wait.until(ExpectedConditions.urlContains("verksamhet=EKB"));
            browser.await(
                    "return document.querySelector('.breadcrumb')?.textContent.includes('Ekonomiskt bistånd')",
                    Duration.ofSeconds(20));
            browser.await(CHARTS_DRAWN_AND_FITTING.formatted(2), Duration.ofSeconds(30));

            browser.driver.navigate().back();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("verksamhet=")));
            browser.await(
                    "return Array.from(document.querySelectorAll('h2')).some(h => h.textContent === 'Nettokostnad per verksamhet')",
                    Duration.ofSeconds(20));
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }
}
