package se.lagesbild.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its ChromeDriver. Without them the browser tests are skipped
 * with a loud notice, unless LAGESBILD_REQUIRE_BROWSER=true (as in CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LAGESBILD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("LAGESBILD_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser signed in to the application under test as the demo controller, who may read every view. */
    static Browser open() {
        return open(AppUnderTest.get().baseUrl, "controller");
    }

    /**
     * A browser signed in on one node (sessions belong to a node, as behind a load balancer with
     * sticky sessions) as a demo user, whose password is the name and "-demo".
     */
    static Browser open(String baseUrl, String demoUser) {
        Browser browser = openSignedOut();
        browser.login(baseUrl, demoUser, demoUser + "-demo");
        return browser;
    }

    /** Signs in through the login view with a user name and password, and waits until the first view shows. */
    void login(String username, String password) {
        login(AppUnderTest.get().baseUrl, username, password);
    }

    /** Signs in on a node's login view, and waits until the view it leads to shows. */
    void login(String baseUrl, String username, String password) {
        if (!driver.getCurrentUrl().startsWith(baseUrl + "login")) {
            driver.get(baseUrl + "login");
        }
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input"))
                        .isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("login"));
    }

    /** A browser that has not signed in. */
    static Browser openSignedOut() {
        return openSignedOut(options -> {});
    }

    /** A browser that has not signed in, with options of the caller's (a benchmark's logs). */
    static Browser openSignedOut(java.util.function.Consumer<ChromeOptions> extra) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String notice = "BROWSER TESTS NOT RUN: no Chromium at " + CHROMIUM + " or no ChromeDriver at "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("LAGESBILD_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(notice);
            }
            System.err.println("\n********************************************************************\n" + notice
                    + "\n********************************************************************\n");
            Assumptions.abort(notice);
        }
        try {
            Path profile = Files.createTempDirectory("lagesbild-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1600,1000",
                    "--lang=sv-SE",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            extra.accept(options);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Waits until the script returns true. */
    void await(String javascript, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(script(javascript)));
    }

    /** Keeps hold of the WebSockets (server push) that pages open from now on, so that {@link #offline} can cut them. */
    void watchWebSockets() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.lbSockets = [];
                const Native = window.WebSocket;
                window.WebSocket = function (...args) { const socket = new Native(...args); window.lbSockets.push(socket); return socket; };
                window.WebSocket.prototype = Native.prototype;
                Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});"""));
    }

    /**
     * Takes the browser's network down (true) or up again, as a lost Wi-Fi would: new requests fail
     * (Chrome DevTools' offline mode) and the open WebSockets are cut, as DevTools leaves them open.
     */
    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                java.util.Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        if (offline) {
            script("(window.lbSockets || []).forEach(socket => socket.close(4000, 'network lost'))");
        }
    }

    /**
     * The page's WCAG 2.1 A and AA violations as axe-core finds them (rule id and the elements), empty
     * when clean. axe.min.js comes from Deque's axe-core package on the test classpath.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                script(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Object> violations = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return violations.stream().map(String::valueOf).toList();
    }

    List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
