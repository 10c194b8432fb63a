package se.lagesbild.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of the first visit (not a test), on the production jar and its own database (as the browser
 * tests start them), in headless Chromium on an emulated 4G connection (Chrome DevTools' network
 * emulation: 9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency per request). For each run, in a fresh browser
 * (empty cache), it prints what was transferred (every response's bytes on the wire, headers included,
 * from DevTools' network events; WebSocket frames counted apart) and the time from the navigation's
 * start until the first figure is in the page:
 * <ol>
 *   <li>the login page ({@code /login}; its figure: the user name field);</li>
 *   <li>signing in as the nämnd member and the view it leads to, Översikt (its figure: the first headline
 *       figure), with what the login page left in the browser's cache, as a real first visit;</li>
 *   <li>Översikt again with the cache disabled (everything fetched anew);</li>
 *   <li>Översikt once more with the cache (a later visit: what the cache headers save).</li>
 * </ol>
 * Run: {@code ./mvnw -B -q package -DskipTests} (builds the jar), then
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test
 * -Dexec.mainClass=se.lagesbild.browser.FirstVisitBenchmark -Dexec.args="3"} (runs; optionally the demo user,
 * {@code namnd} by default, and the emulated download in Mbit/s, latency in ms).
 */
final class FirstVisitBenchmark {

    private static final String LOGIN_FIGURE = "#vaadinLoginUsername input";
    private static final String OVERVIEW_FIGURE = ".figure-value";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FirstVisitBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String user = args.length > 1 ? args[1] : "namnd";
        double mbits = args.length > 2 ? Double.parseDouble(args[2]) : 9;
        int latency = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        AppUnderTest app = AppUnderTest.get();
        System.out.printf(
                Locale.ROOT,
                "First visit, %s, emulated %.1f Mbit/s down, 1.5 Mbit/s up, %d ms latency%n",
                app.baseUrl,
                mbits,
                latency);
        Map<String, List<Visit>> all = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            // run 0 warms the jar (classes loaded, the overview's figures computed) and is not counted
            try (Browser browser = Browser.openSignedOut(FirstVisitBenchmark::networkLog)) {
                emulate(browser, mbits, latency);
                browser.driver.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", """
                                window.lbFigures = {};
                                new MutationObserver(() => {
                                    for (const selector of ['%s', '%s']) {
                                        if (!window.lbFigures[selector] && document.querySelector(selector)?.matches(':not(:empty), input')) {
                                            window.lbFigures[selector] = performance.now();
                                        }
                                    }
                                }).observe(document, {childList: true, subtree: true, characterData: true});""".formatted(LOGIN_FIGURE, OVERVIEW_FIGURE)));
                List<Visit> visits = new ArrayList<>();
                drain(browser);
                browser.driver.get(app.baseUrl + "login");
                visits.add(measure(browser, "login page, empty cache", LOGIN_FIGURE));
                browser.driver.findElement(By.cssSelector(LOGIN_FIGURE)).sendKeys(user);
                browser.driver
                        .findElement(By.cssSelector("#vaadinLoginPassword input"))
                        .sendKeys(user + "-demo");
                drain(browser);
                browser.driver
                        .findElement(By.cssSelector("#vaadinLoginPassword input"))
                        .sendKeys(Keys.ENTER);
                visits.add(measure(browser, "sign in → Översikt, cache from the login page", OVERVIEW_FIGURE));
                browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                drain(browser);
                browser.driver.get(app.baseUrl);
                visits.add(measure(browser, "Översikt, signed in, cache disabled", OVERVIEW_FIGURE));
                browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
                drain(browser);
                browser.driver.get(app.baseUrl);
                visits.add(measure(browser, "Översikt, signed in, cache kept", OVERVIEW_FIGURE));
                for (Visit visit : visits) {
                    System.out.println((run == 0 ? "warm-up " : "run " + run + " ") + visit);
                    if (run > 0) {
                        all.computeIfAbsent(visit.what, what -> new ArrayList<>())
                                .add(visit);
                    }
                    if (run == runs) {
                        visit.resources.forEach(line -> System.out.println("    " + line));
                    }
                }
            }
        }
        System.out.println("\nMedians of " + runs + " runs:");
        all.forEach((what, visits) -> System.out.printf(
                Locale.ROOT,
                "%-50s %7.1f kB transferred (%d responses) + %5.1f kB WebSocket, first figure %5d ms%n",
                what,
                median(visits.stream().mapToDouble(v -> v.bytes / 1000.0).toArray()),
                (int) median(visits.stream().mapToDouble(v -> v.responses).toArray()),
                median(visits.stream().mapToDouble(v -> v.socketBytes / 1000.0).toArray()),
                (long) median(visits.stream().mapToDouble(v -> v.firstFigure).toArray())));
        System.exit(0);
    }

    private static void networkLog(org.openqa.selenium.chrome.ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    private static void emulate(Browser browser, double mbits, int latency) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline",
                        false,
                        "latency",
                        latency,
                        "downloadThroughput",
                        mbits * 1_000_000 / 8,
                        "uploadThroughput",
                        1.5 * 1_000_000 / 8));
    }

    private static void drain(Browser browser) {
        browser.driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Waits for the figure, then until the network has been quiet for a second, and sums what came. */
    private static Visit measure(Browser browser, String what, String figure) throws InterruptedException {
        String key = figure.replace("'", "\\'");
        browser.await("return !!(window.lbFigures && window.lbFigures['" + key + "'])", Duration.ofSeconds(60));
        long firstFigure =
                Math.round(((Number) browser.script("return window.lbFigures['" + key + "']")).doubleValue());
        Map<String, Response> responses = new LinkedHashMap<>();
        long socketBytes = 0;
        int quiet = 0;
        while (quiet < 4) {
            Thread.sleep(250);
            List<LogEntry> entries =
                    browser.driver.manage().logs().get(LogType.PERFORMANCE).getAll();
            quiet = entries.isEmpty() ? quiet + 1 : 0;
            for (LogEntry entry : entries) {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                String id = params.path("requestId").asString("");
                switch (message.path("method").asString("")) {
                    case "Network.responseReceived" -> {
                        JsonNode response = params.path("response");
                        Response r = responses.computeIfAbsent(id, i -> new Response());
                        r.url = response.path("url").asString("");
                        r.status = response.path("status").asInt();
                        r.encoding = header(response, "content-encoding");
                        r.cacheControl = header(response, "cache-control");
                        r.fromCache = response.path("fromDiskCache").asBoolean(false)
                                || response.path("fromPrefetchCache").asBoolean(false);
                    }
                    case "Network.loadingFinished" ->
                        responses.computeIfAbsent(id, i -> new Response()).bytes =
                                params.path("encodedDataLength").asLong();
                    case "Network.webSocketFrameReceived", "Network.webSocketFrameSent" ->
                        socketBytes += params.path("response")
                                .path("payloadData")
                                .asString("")
                                .length();
                    default -> {
                        // other events are not counted
                    }
                }
            }
        }
        long bytes = responses.values().stream().mapToLong(r -> r.bytes).sum();
        List<String> lines = responses.values().stream()
                .filter(r -> r.url != null && !r.url.startsWith("data:"))
                .map(Response::toString)
                .toList();
        return new Visit(what, bytes, (int) lines.size(), socketBytes, firstFigure, lines);
    }

    private static String header(JsonNode response, String name) {
        var headers = response.path("headers");
        for (var field : headers.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().asString("");
            }
        }
        return "";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static final class Response {
        String url;
        int status;
        String encoding = "";
        String cacheControl = "";
        boolean fromCache;
        long bytes;

        @Override
        public String toString() {
            String path = url.replaceFirst("^https?://[^/]+", "");
            return String.format(
                    Locale.ROOT,
                    "%8.1f kB %3d %-4s %-28s %s %s",
                    bytes / 1000.0,
                    status,
                    encoding.isEmpty() ? "-" : encoding,
                    cacheControl.isEmpty() ? "(no cache-control)" : cacheControl,
                    fromCache ? "(cache)" : "",
                    path.length() > 90 ? path.substring(0, 90) + "…" : path);
        }
    }

    private record Visit(
            String what, long bytes, int responses, long socketBytes, long firstFigure, List<String> resources) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-50s %7.1f kB transferred (%d responses) + %5.1f kB WebSocket, first figure %5d ms",
                    what,
                    bytes / 1000.0,
                    responses,
                    socketBytes / 1000.0,
                    firstFigure);
        }
    }
}
