package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Login, logout and the end of a session in a browser, under the production jar's security headers
 * (CSP). The session tests run on a node of their own whose sessions end after 20 s without use.
 */
class SecurityBrowserIT {

    private static final String SIGNED_IN = "document.querySelector('.signed-in-user')?.textContent";
    private static final String EXPIRED_NOTICE =
            "document.querySelector('.v-system-error .caption')?.textContent === 'Sessionen har gått ut'";
    private static final int SESSION_SECONDS = 20;
    private static final String PLACE = "ekonomi?period=2021-06";

    private static AppUnderTest.JarNode shortSessions;

    /** The node whose sessions end after {@value #SESSION_SECONDS} s without use (heartbeat every 5 s). */
    private static synchronized AppUnderTest.JarNode shortSessions() {
        if (shortSessions == null) {
            shortSessions = AppUnderTest.get()
                    .startNode(
                            "short-sessions",
                            "--server.servlet.session.timeout=" + SESSION_SECONDS + "s",
                            "--vaadin.heartbeatInterval=5");
        }
        return shortSessions;
    }

    @AfterAll
    static void stopShortSessions() {
        if (shortSessions != null) {
            shortSessions.close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedInSwedishAndTheRightOneOpensTheStartViewWithoutConsoleErrors() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.openSignedOut()) {
            browser.driver.get(app.baseUrl + "ekonomi");
            browser.await(
                    "return location.pathname === '/login' && !!document.querySelector('vaadin-login-form')",
                    Duration.ofSeconds(60));
            browser.await(
                    "return document.querySelector('#vaadinLoginPassword')?.i18n?.reveal === 'Visa lösenord'",
                    Duration.ofSeconds(30));
            browser.driver
                    .findElement(By.cssSelector("#vaadinLoginUsername input"))
                    .sendKeys("ledning");
            browser.driver
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys("fel-lösenord\n");
            browser.await(
                    "return location.search === '?error' && document.querySelector('vaadin-login-form')?.error === true",
                    Duration.ofSeconds(30));
            assertThat(browser.script("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                    .isEqualTo("Inloggningen misslyckades");

            browser.login("ledning", "ledning-demo");
            browser.driver.get(app.baseUrl + "ekonomi");
            browser.await(
                    "return location.pathname === '/ekonomi' && " + SIGNED_IN + " === 'Inloggad som ledning'",
                    Duration.ofSeconds(60));
            assertThat(browser.consoleErrors())
                    .as("console errors under the content security policy")
                    .isEmpty();
        }
    }

    /** {@code <html lang>} of the page the server sends for the current address (before any script runs). */
    private static final String SERVED_LANG = "const x = new XMLHttpRequest(); x.open('GET', location.href, false);"
            + " x.send(); return (x.responseText.match(/<html[^>]*\\slang=\"([^\"]*)\"/) || [])[1];";

    @Test
    void theHtmlLangAndTheMenuToggleFollowTheUiLanguageAlsoAfterSwitchingAndReloading() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.baseUrl + "ekonomi");
            assertLanguage(browser, "Inloggad som controller", "sv", "Visa eller dölj menyn");

            // The language choice (English is the second item); the page reloads in English.
            browser.script(
                    "const s = document.querySelector('.language-select'); s.value = s.querySelectorAll('vaadin-select-item')[1]?.value ?? '2';"
                            + " s.dispatchEvent(new CustomEvent('change'));");
            assertLanguage(browser, "Signed in as controller", "en", "Show or hide the menu");
            browser.driver.navigate().refresh();
            assertLanguage(browser, "Signed in as controller", "en", "Show or hide the menu");
        }
    }

    @Test
    void aViewTheRoleMayNotOpenSaysSoInSwedishWithTheWayBack() {
        AppUnderTest app = AppUnderTest.get();
        try (Browser browser = Browser.open(app.baseUrl, "namnd")) {
            browser.driver.get(app.baseUrl + "admin/anvandare");
            browser.await(
                    "return document.querySelector('.access-denied-view h1')?.textContent === 'Du har inte behörighet till sidan'",
                    Duration.ofSeconds(60));
            assertThat(browser.script("return document.body.innerText"))
                    .asString()
                    .doesNotContain("Could not navigate");
            browser.driver.findElement(By.cssSelector(".access-denied-view a")).click();
            browser.await("return location.pathname === '/'", Duration.ofSeconds(30));
        }
    }

    /** Waits for the view in a language, then checks its {@code <html lang>}, as served and as now, and the menu toggle's name. */
    private static void assertLanguage(Browser browser, String signedIn, String lang, String toggle) {
        browser.await("return " + SIGNED_IN + " === '" + signedIn + "'", Duration.ofSeconds(60));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo(lang);
        assertThat(browser.script(SERVED_LANG)).isEqualTo(lang);
        assertThat(browser.script("return document.querySelector('vaadin-drawer-toggle').getAttribute('aria-label')"))
                .isEqualTo(toggle);
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
            browser.await(
                    "return location.pathname === '/login' && !!document.querySelector('vaadin-login-form')",
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void anIdleSessionEndsWithASwedishNoticeWithoutReloadAndSigningInAgainLeadsBackToTheSamePlace() {
        AppUnderTest.JarNode node = shortSessions();
        try (Browser browser = Browser.open(node.baseUrl, "ledning")) {
            long idleFrom = openThePlace(browser, node);
            browser.await("return " + EXPIRED_NOTICE, Duration.ofSeconds(SESSION_SECONDS * 4));
            long idle = System.currentTimeMillis() - idleFrom;
            System.out.printf(
                    "SESSION idle timeout of %d s: the notice showed after %d ms without use%n", SESSION_SECONDS, idle);
            assertThat(idle)
                    .as("not before the timeout, in seconds rather than Tomcat's whole minutes")
                    .isBetween(SESSION_SECONDS * 1000L, 55_000L);
            assertThat(browser.script("return document.querySelector('.v-system-error .message')?.textContent"))
                    .asString()
                    .startsWith("Du har loggats ut");
            signInAgainFromTheNotice(browser, node, "ledning");
        }
    }

    @Test
    void aSessionTheServerNoLongerHasIsAnnouncedByTheNextHeartbeat() throws Exception {
        AppUnderTest.JarNode node = shortSessions();
        // what Vaadin's client gets for a request of a session the server does not have (expired, or the node
        // restarted): Vaadin's own answers, which the client reads as "session expired", not Spring Security's
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> heartbeat = http.send(
                HttpRequest.newBuilder(URI.create(node.baseUrl + "?v-r=heartbeat&v-uiId=0"))
                        .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> uidl = http.send(
                HttpRequest.newBuilder(URI.create(node.baseUrl + "?v-r=uidl&v-uiId=0"))
                        .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf(
                "SESSION gone: heartbeat %d %s; UIDL %d %s%n",
                heartbeat.statusCode(),
                heartbeat.headers().firstValue("Location").orElse(""),
                uidl.statusCode(),
                uidl.body());
        assertThat(heartbeat.statusCode())
                .as("Vaadin's 'session expired' for a heartbeat")
                .isEqualTo(403);
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"sessionExpired\":true");

        try (Browser browser = Browser.open(node.baseUrl, "enhetschef")) {
            openThePlace(browser, node);
            // the server no longer knows the browser's session: its cookie names one the server does not have
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            browser.driver.manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF", "/"));
            long gone = System.currentTimeMillis();
            browser.await("return " + EXPIRED_NOTICE, Duration.ofSeconds(SESSION_SECONDS));
            long shown = System.currentTimeMillis() - gone;
            System.out.printf("SESSION gone: the notice showed %d ms after the session was lost%n", shown);
            assertThat(shown)
                    .as("by the next heartbeat (5 s), not the idle timeout")
                    .isLessThan(SESSION_SECONDS * 1000L);
            signInAgainFromTheNotice(browser, node, "enhetschef");
        }
    }

    /** Opens Ekonomi for June 2021 and marks the page, so that a reload would show; returns when it is shown. */
    private static long openThePlace(Browser browser, AppUnderTest.JarNode node) {
        browser.driver.get(node.baseUrl + PLACE);
        browser.await(
                "return location.pathname === '/ekonomi' && !!document.querySelector('.signed-in-user')",
                Duration.ofSeconds(60));
        browser.script("window.lbSamePage = true");
        return System.currentTimeMillis();
    }

    /** The notice is on the same page (no reload); a click leads to the login, and signing in back to the place. */
    private static void signInAgainFromTheNotice(Browser browser, AppUnderTest.JarNode node, String user) {
        assertThat(browser.script("return window.lbSamePage === true"))
                .as("shown without a reload")
                .isEqualTo(true);
        assertThat(browser.driver.getCurrentUrl()).endsWith(PLACE);
        browser.script("document.querySelector('.v-system-error').click()");
        browser.await(
                "return location.pathname === '/login' && !!document.querySelector('#vaadinLoginUsername')",
                Duration.ofSeconds(30));
        browser.login(node.baseUrl, user, user + "-demo");
        browser.await(
                "return location.pathname === '/ekonomi' && " + SIGNED_IN + " === 'Inloggad som " + user + "'",
                Duration.ofSeconds(60));
        assertThat(browser.driver.getCurrentUrl()).as("back at the same place").contains(PLACE);
    }
}
