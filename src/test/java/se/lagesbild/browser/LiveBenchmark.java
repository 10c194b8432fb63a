package se.lagesbild.browser;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.TargetGroup;

/**
 * Benchmark of live updates (not a test), on the production jar and its own database (as the browser
 * tests start them), printing its figures:
 * <ol>
 *   <li>latency from the commit (the change log's time) to the changed figure in a real browser: an
 *       enhetschef marks a month klar in one headless Chromium, Mål's "Klarmarkerade enheter" counts up in
 *       another, on the same node and with the click on a second jar node; median and 95th percentile;</li>
 *   <li>fan-out: light sessions ({@link LightSession}) on a view (Utredningar for one enhet), added in steps; per
 *       step, the jar's heap per session (after a full GC), then a few cases recorded one by one on another
 *       node, and for each the time until every session has its pushed refresh.</li>
 * </ol>
 * Run: {@code ./mvnw -B -q verify -DskipTests} (builds the jar), then
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test
 * -Dexec.mainClass=se.lagesbild.browser.LiveBenchmark -Dexec.args="20 500 3"} (samples per latency, 0 for none; most sessions; changes per step; optionally the
 * sessions' view, route?query, by default {@code utredningar?period=2023-04&enhet=VE}: any view of April 2023 showing
 * investigations).
 */
final class LiveBenchmark {

    private static final YearMonth OCTOBER = YearMonth.of(2021, 10);
    private static final String HEADING = "document.querySelector('.goal-submissions h2')?.textContent";

    private LiveBenchmark() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int maxSessions = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String view = args.length > 3 ? args[3] : "utredningar?period=2023-04&enhet=VE";
        AppUnderTest app = AppUnderTest.get();
        if (samples > 0) {
            try (AppUnderTest.JarNode other = app.startNode("bench-node-b")) {
                latency(app, app.baseUrl, "same node", samples);
                latency(app, other.baseUrl, "cross node (click on node B, browser on node A)", samples);
            }
        }
        fanOut(app, maxSessions, rounds, view.split("\\?", 2));
        System.exit(0);
    }

    // ------------------------------------------------------------------------------------ latency

    private static void latency(AppUnderTest app, String entryBase, String label, int samples) {
        GoalEntry entries = app.service(GoalEntry.class);
        JdbcClient jdbc = app.service(JdbcClient.class);
        List<Long> latencies = new ArrayList<>();
        try (Browser view = Browser.open();
                Browser entry = Browser.open(entryBase, "enhetschef")) {
            view.driver.get(app.baseUrl + "mal?period=2021-10");
            view.await("return " + HEADING + "?.startsWith('Klarmarkerade')", Duration.ofSeconds(60));
            entry.driver.get(entryBase + "mal/registrera?enhet=VE&period=2021-10");
            entry.await("return !!document.querySelector('vaadin-button.submit-month')", Duration.ofSeconds(60));
            String notKlar = (String) view.script("return " + HEADING);
            for (int i = 0; i < samples + 3; i++) {
                view.script("""
                        const read = () => %s, initial = read();
                        window.lbChanged = null;
                        if (window.lbObserver) { window.lbObserver.disconnect(); }
                        window.lbObserver = new MutationObserver(() => {
                            if (!window.lbChanged && read() !== initial) { window.lbChanged = Date.now(); }
                        });
                        window.lbObserver.observe(document.body, {subtree: true, childList: true, characterData: true});""".formatted(HEADING));
                entry.script("document.querySelector('vaadin-button.submit-month').click()");
                view.await("return window.lbChanged !== null", Duration.ofSeconds(30));
                long shown = ((Number) view.script("return window.lbChanged")).longValue();
                long committed = jdbc.sql(
                                "select changed_at from change_log where topic = 'GOALS' order by id desc limit 1")
                        .query(java.sql.Timestamp.class)
                        .single()
                        .getTime();
                if (i >= 3) {
                    latencies.add(shown - committed);
                }
                entries.reopen("VE", OCTOBER, "enhetschef");
                view.await("return " + HEADING + " === '" + notKlar + "'", Duration.ofSeconds(30));
            }
        }
        Long[] sorted = latencies.stream().sorted().toArray(Long[]::new);
        System.out.printf(
                "LATENCY %s: %d samples, median %d ms, p95 %d ms, max %d ms (all: %s)%n",
                label,
                sorted.length,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                Arrays.toString(sorted));
    }

    // ------------------------------------------------------------------------------------ fan-out

    private static void fanOut(AppUnderTest app, int maxSessions, int rounds, String[] view) throws Exception {
        InvestigationService investigations = app.service(InvestigationService.class);
        HttpClient http = HttpClient.newHttpClient();
        List<LightSession> sessions = new ArrayList<>();
        long heapBefore = heapUsedKb(app.pid());
        System.out.printf("FANOUT heap before sessions: %d MB%n", heapBefore / 1024);
        ExecutorService opener = Executors.newFixedThreadPool(4);
        int caseNumber = 0;
        try {
            // warm-up: ten sessions see two changes before anything is measured
            for (int i = 0; i < 10; i++) {
                sessions.add(LightSession.open(http, app.baseUrl, view[0], view[1]));
            }
            for (int i = 0; i < 2; i++) {
                recordCase(investigations, ++caseNumber);
                Thread.sleep(2000);
            }
            for (int step : new int[] {10, 50, 100, 200, 300, 400, 500, 600, 800, 1000}) {
                if (step > maxSessions) {
                    break;
                }
                long openStart = System.currentTimeMillis();
                List<Future<LightSession>> opening = new ArrayList<>();
                for (int i = sessions.size(); i < step; i++) {
                    opening.add(opener.submit(() -> LightSession.open(http, app.baseUrl, view[0], view[1])));
                }
                for (Future<LightSession> future : opening) {
                    sessions.add(future.get());
                }
                long openMillis = System.currentTimeMillis() - openStart;
                Thread.sleep(3000);
                long heap = heapUsedKb(app.pid());
                System.out.printf(
                        "FANOUT %d sessions: heap %d MB, %.0f kB per session; sessions opened in %d ms%n",
                        step, heap / 1024, (heap - heapBefore) / (double) step, openMillis);
                for (int round = 1; round <= rounds; round++) {
                    sessions.forEach(s -> s.await("utredningsuppgifter"));
                    long committed = System.currentTimeMillis();
                    recordCase(investigations, ++caseNumber);
                    long deadline = System.currentTimeMillis() + 20_000;
                    while (sessions.stream().anyMatch(s -> s.arrivedAt() == 0)
                            && System.currentTimeMillis() < deadline) {
                        Thread.sleep(20);
                    }
                    long[] times = sessions.stream()
                            .mapToLong(s -> s.arrivedAt() == 0 ? Long.MAX_VALUE : s.arrivedAt() - committed)
                            .sorted()
                            .toArray();
                    long within = Arrays.stream(times).filter(t -> t <= 1000).count();
                    System.out.printf(
                            "FANOUT %d sessions, change %d: %d updated within 1 s; median %s, p95 %s, last %s%n",
                            step,
                            round,
                            within,
                            ms(times[times.length / 2]),
                            ms(times[(int) Math.ceil(times.length * 0.95) - 1]),
                            ms(times[times.length - 1]));
                    Thread.sleep(1000);
                }
            }
        } finally {
            opener.shutdownNow();
            sessions.forEach(LightSession::close);
        }
    }

    /** A new case of Vuxenenheten opened in April 2023, committed on the in-JVM node. */
    private static void recordCase(InvestigationService investigations, int number) {
        investigations.record(
                List.of(new Investigation(
                        "BENCH-" + number, "VE", TargetGroup.ADULTS, LocalDate.of(2023, 4, 3), null, List.of())),
                "change.investigations.import",
                "benchmark",
                "benchmark",
                null);
    }

    private static String ms(long value) {
        return value == Long.MAX_VALUE ? "never" : value + " ms";
    }

    /** The jar's used heap in kB after a full GC (jcmd). */
    private static long heapUsedKb(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        String jcmd = ProcessHandle.current()
                .info()
                .command()
                .map(java -> java.replaceFirst("java$", "jcmd"))
                .orElse("jcmd");
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
