package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * What only a browser shows of issue 19: the skip link is the first stop and leads into the view's
 * content, a drill takes focus to its heading, and the views with their drills are WCAG 2.1 AA clean
 * (axe-core) with {@code <html lang>} the UI's language.
 */
class AccessibilityBrowserIT {

    private static final List<String> ROUTES = List.of(
            "?period=2021-08",
            "ekonomi?period=2021-08",
            "ekonomi?period=2021-08&verksamhet=BARN_UNGDOM",
            "utredningar?period=2021-08",
            "utredningar?period=2021-08&enhet=BUE&manad=2021-08&m%C3%A5tt=sena",
            "mal?period=2021-08&omrade=1",
            "mal?period=2021-07&omrade=1&enhet=BUE",
            "rapporter?period=2021-08");

    @Test
    void theSkipLinkLeadsIntoTheContentAndADrillTakesFocusToItsHeading() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "ekonomi?period=2021-08");
            browser.await(
                    "return !!document.querySelector('.economy-grid') && !!document.querySelector('.skip-link')",
                    Duration.ofSeconds(60));
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertThat(browser.script("return document.activeElement.className"))
                    .isEqualTo("skip-link");
            assertThat(browser.script("return document.activeElement.textContent"))
                    .isEqualTo("Hoppa till innehållet");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("main-content");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("#");

            browser.driver
                    .findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='Barn- och ungdomsvård']"))
                    .click();
            browser.await(
                    "return document.activeElement && document.activeElement.tagName === 'H2'"
                            + " && document.activeElement.textContent.startsWith('Resultaträkning Barn- och ungdomsvård')",
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void everyViewAndDrillIsCleanInSwedishAndEnglish() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            for (String language : List.of("sv", "en")) {
                if (language.equals("en")) {
                    chooseEnglish(browser, app);
                }
                for (String route : ROUTES) {
                    browser.driver.get(app.baseUrl + route);
                    browser.await(
                            "return !!document.querySelector('h1') && !document.querySelector('vaadin-connection-indicator[loading]')",
                            Duration.ofSeconds(60));
                    // charts and grids drawn
                    browser.await(
                            "return [...document.querySelectorAll('vaadin-chart')].every(c => c.shadowRoot"
                                    + " && c.shadowRoot.querySelector('svg.highcharts-root'))",
                            Duration.ofSeconds(30));
                    assertThat(browser.script("return document.documentElement.lang"))
                            .as(route)
                            .isEqualTo(language);
                    assertThat(browser.accessibilityViolations())
                            .as("axe-core on %s (%s)", route, language)
                            .isEmpty();
                }
            }
        }
    }

    private static void chooseEnglish(Browser browser, AppUnderTest app) {
        browser.driver.get(app.baseUrl + "?period=2021-08");
        browser.await("return !!document.querySelector('.language-select')", Duration.ofSeconds(60));
        // as SecurityBrowserIT: English is the second item; the page reloads in English
        browser.script(
                "const s = document.querySelector('.language-select'); s.value = s.querySelectorAll('vaadin-select-item')[1]?.value ?? '2';"
                        + " s.dispatchEvent(new CustomEvent('change'));");
        browser.await("return document.documentElement.lang === 'en'", Duration.ofSeconds(30));
    }
}
