package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.TargetGroup;

/**
 * The Utredningar view in a real browser: the late-share chart draws, a figure drills to its cases,
 * back works, and a case recorded elsewhere moves its point on the chart on screen.
 */
class InvestigationsBrowserIT {

    private static final String CHART_DRAWN = """
            const c = document.querySelector('vaadin-chart.late-share-chart');
            const svg = c && c.shadowRoot && c.shadowRoot.querySelector('svg.highcharts-root');
            return !!svg && svg.querySelectorAll('.highcharts-series .highcharts-point, .highcharts-series path').length > 0
                && svg.getBoundingClientRect().width <= c.getBoundingClientRect().width + 1;""";

    @Test
    void drawsTheLateShareChartDrillsToTheLateCasesOfAugustAndGoesBack() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "utredningar?period=2021-08&enhet=BUE");
            browser.await(CHART_DRAWN, Duration.ofSeconds(60));

            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
            // the "Sena" cell of August in the monthly volumes grid
            browser.await("""
                    return Array.from(document.querySelectorAll('vaadin-grid.volumes-grid vaadin-grid-cell-content'))
                        .some(c => c.textContent.trim() === 'augusti 2021')""", Duration.ofSeconds(20));
            browser.script("""
                    const grid = document.querySelector('vaadin-grid.volumes-grid');
                    const cells = Array.from(grid.querySelectorAll('vaadin-grid-cell-content'));
                    const label = cells.find(c => c.textContent.trim() === 'augusti 2021');
                    const row = label.assignedSlot.parentElement.parentElement;
                    const late = Array.from(row.querySelectorAll('td'))[8].querySelector('slot').assignedElements()[0];
                    late.click();""");
            wait.until(ExpectedConditions.urlContains("manad=2021-08"));
            assertThat(browser.driver.getCurrentUrl()).contains("enhet=BUE").contains("=sena");
            browser.await(
                    "return document.querySelector('.drill-title')?.textContent"
                            + " === 'Sena, Barn- och ungdomsenheten, augusti 2021: 8 ärenden'",
                    Duration.ofSeconds(20));
            browser.await(
                    "return document.querySelector('vaadin-grid.cases-grid')?.items?.length === 8"
                            + " || document.querySelector('vaadin-grid.cases-grid')?.size === 8",
                    Duration.ofSeconds(20));

            browser.driver.navigate().back();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("manad=")));
            browser.await("return !document.querySelector('.drill-title')", Duration.ofSeconds(20));
            browser.await(CHART_DRAWN, Duration.ofSeconds(30));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid.cases-grid")))
                    .isEmpty();
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }

    /** This year's April point of the chart on screen, as Highcharts draws it. */
    private static final String APRIL_POINT = """
            const c = document.querySelector('vaadin-chart.late-share-chart');
            const point = c && c.configuration && c.configuration.series[0].points[3];
            return point ? String(point.y) : null;""";

    @Test
    void aLateCaseRecordedElsewhereMovesItsPointOnTheChartOnScreen() {
        AppUnderTest app = AppUnderTest.get();
        InvestigationService investigations = app.service(InvestigationService.class);
        // Vuxenenheten in April 2024: one case closed in time, so the late share is 0 %
        investigations.record(
                List.of(new Investigation(
                        "IT-CHART-1",
                        "VE",
                        TargetGroup.ADULTS,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 10),
                        List.of())),
                "change.investigations.import",
                "it",
                "test",
                null);
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "utredningar?period=2024-04&enhet=VE");
            browser.await(CHART_DRAWN, Duration.ofSeconds(60));
            browser.await("return (() => {" + APRIL_POINT + "})() === '0'", Duration.ofSeconds(20));
            browser.script(
                    "document.querySelector('vaadin-chart.late-share-chart').dataset.itMark = 'the chart drawn first'");

            // closed after its four months: one of two closed in April is late
            investigations.record(
                    List.of(new Investigation(
                            "IT-CHART-2",
                            "VE",
                            TargetGroup.ADULTS,
                            LocalDate.of(2023, 11, 1),
                            LocalDate.of(2024, 4, 20),
                            List.of())),
                    "change.investigations.import",
                    "it",
                    "test",
                    null);
            browser.await("return (() => {" + APRIL_POINT + "})() === '50'", Duration.ofSeconds(10));
            assertThat(browser.script("return document.querySelector('vaadin-chart.late-share-chart').dataset.itMark"))
                    .as("the point moved on the chart on screen, not on a new chart")
                    .isEqualTo("the chart drawn first");
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        }
    }
}
