package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import se.lagesbild.presentation.PresentationService;

/**
 * The nämnd meeting in three headless Chromiums: a presenter and two members following on their
 * tablets. The members' slides move within 1 s of the presenter's key press (measured in the pages:
 * a MutationObserver stamps the moment the counter changes); a move made on another app node reaches
 * them too; a member who looks around stays put until "Följ igen"; when the presenter ends the
 * presentation, both tablets say so.
 */
class PresentationBrowserIT {

    private static final String COUNTER = "return document.querySelector('.slide-counter')?.textContent";

    @Test
    void followersMoveWithinOneSecondOfThePresentersKeyPress() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser presenter = Browser.open();
                Browser first = Browser.open();
                Browser second = Browser.open()) {
            presenter.driver.get(app.baseUrl + "presentation?period=2021-08");
            presenter.await(
                    "return (document.querySelector('.slide-status')?.textContent || '').startsWith('Kod ')",
                    Duration.ofSeconds(60));
            String status = (String) presenter.script("return document.querySelector('.slide-status').textContent");
            Matcher code = Pattern.compile("Kod ([A-Z]{4})").matcher(status);
            assertThat(code.find()).as(status).isTrue();
            String total = ((String) presenter.script(COUNTER)).split(" / ")[1];

            for (Browser member : List.of(first, second)) {
                member.driver.get(app.baseUrl + "folj/" + code.group(1));
                member.await(
                        "return document.querySelector('.slide-status')?.textContent === 'Följer presentatören'",
                        Duration.ofSeconds(60));
                assertThat(member.script(COUNTER)).isEqualTo("1 / " + total);
            }
            presenter.await(
                    "return document.querySelector('.slide-status').textContent.endsWith('· 2 följer')",
                    Duration.ofSeconds(10));

            List<Long> latencies = new ArrayList<>();
            Keys[] keys = {Keys.ARROW_RIGHT, Keys.SPACE, Keys.PAGE_DOWN};
            for (int i = 0; i < keys.length; i++) {
                String expected = (i + 2) + " / " + total;
                for (Browser member : List.of(first, second)) {
                    watchCounter(member, expected);
                }
                long pressed = System.currentTimeMillis();
                new Actions(presenter.driver).sendKeys(keys[i]).perform();
                presenter.await(
                        "return document.querySelector('.slide-counter').textContent === '" + expected + "'",
                        Duration.ofSeconds(5));
                for (Browser member : List.of(first, second)) {
                    member.await("return window.lagesbildCounterAt > 0", Duration.ofSeconds(5));
                    long latency = ((Number) member.script("return window.lagesbildCounterAt")).longValue() - pressed;
                    latencies.add(latency);
                }
            }
            System.out.println("Follower latency, presenter's key press to the members' slide (ms): " + latencies);
            assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThan(1000));

            // the first member looks around; a move made on another node reaches the second only
            new Actions(first.driver).sendKeys(Keys.ARROW_RIGHT).perform();
            first.await(
                    "return document.querySelector('.slide-counter').textContent === '5 / " + total + "'",
                    Duration.ofSeconds(5));
            app.service(PresentationService.class).moveTo(code.group(1), 6, "controller");
            second.await(
                    "return document.querySelector('.slide-counter').textContent === '7 / " + total + "'",
                    Duration.ofSeconds(5));
            first.await(
                    "return document.querySelector('.slide-status').textContent.endsWith('visar bild 7')",
                    Duration.ofSeconds(5));
            assertThat(first.script(COUNTER)).isEqualTo("5 / " + total);
            presenter.await(
                    "return document.querySelector('.slide-status').textContent.endsWith('1 följer · 1 tittar själva')",
                    Duration.ofSeconds(10));
            first.driver.findElement(By.cssSelector(".follow-again")).click();
            first.await(
                    "return document.querySelector('.slide-counter').textContent === '7 / " + total + "'",
                    Duration.ofSeconds(5));

            // the presenter ends the presentation: both tablets say so and ask for a code
            presenter.driver.findElement(By.cssSelector(".slide-exit")).click();
            for (Browser member : List.of(first, second)) {
                member.await(
                        "return document.querySelector('.code-form .error')?.textContent === 'Presentationen med koden "
                                + code.group(1) + " har avslutats. Ange koden till en pågående presentation.'",
                        Duration.ofSeconds(5));
            }
            for (Browser browser : List.of(presenter, first, second)) {
                assertThat(browser.consoleErrors()).as("console errors").isEmpty();
            }
        }
    }

    /** Stamps window.lagesbildCounterAt (ms since the epoch) when the slide counter reads {@code expected}. */
    private static void watchCounter(Browser member, String expected) {
        member.script("""
                window.lagesbildCounterAt = 0;
                const expected = arguments[0];
                const check = () => {
                    if (!window.lagesbildCounterAt && document.querySelector('.slide-counter')?.textContent === expected) {
                        window.lagesbildCounterAt = Date.now();
                    }
                };
                new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
                check();""", expected);
    }
}
