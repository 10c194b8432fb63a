package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Login and logout in a browser, under the production jar's security headers (CSP). */
class SecurityBrowserIT {

    private static final String SIGNED_IN = "document.querySelector('.signed-in-user')?.textContent";

    @Test
    void aWrongPasswordIsRefusedInSwedishAndTheRightOneOpensTheStartViewWithoutConsoleErrors() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.openSignedOut()) {
            browser.driver.get(app.baseUrl + "ekonomi");
            browser.await("return location.pathname === '/login' && !!document.querySelector('vaadin-login-form')",
                    Duration.ofSeconds(60));
            browser.driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("ledning");
            browser.driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("fel-lösenord\n");
            browser.await("return location.search === '?error' && document.querySelector('vaadin-login-form')?.error === true",
                    Duration.ofSeconds(30));
            assertThat(browser.script("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                    .isEqualTo("Inloggningen misslyckades");

            browser.login("ledning", "ledning-demo");
            browser.driver.get(app.baseUrl + "ekonomi");
            browser.await("return location.pathname === '/ekonomi' && " + SIGNED_IN + " === 'Inloggad som ledning'",
                    Duration.ofSeconds(60));
            assertThat(browser.consoleErrors()).as("console errors under the content security policy").isEmpty();
        }
    }

    @Test
    void loggingOutEndsTheSessionAndTheViewsAskForTheLoginAgain() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.openSignedOut()) {
            browser.login("enhetschef", "enhetschef-demo");
            browser.await("return " + SIGNED_IN + " === 'Inloggad som enhetschef'", Duration.ofSeconds(60));
            browser.script("document.querySelector('vaadin-button.logout').click()");
            browser.await("return location.pathname === '/login'", Duration.ofSeconds(30));
            browser.driver.get(app.baseUrl + "mal");
            browser.await("return location.pathname === '/login' && !!document.querySelector('vaadin-login-form')",
                    Duration.ofSeconds(30));
        }
    }
}
