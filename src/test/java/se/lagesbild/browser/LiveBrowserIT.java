package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalService;

/**
 * Live updates in real browsers: "Klarmarkerade enheter: N av M" on Mål for October 2021 counts up
 * when an enhetschef marks Vuxenenheten's month klar, in another browser, on another node, or
 * while the viewer's node was down or the viewer's network was gone. Latencies are printed.
 */
class LiveBrowserIT {

    private static final YearMonth OCTOBER = YearMonth.of(2021, 10);
    private static final String HEADING = "document.querySelector('.goal-submissions h2')?.textContent";
    private static final Pattern COUNT = Pattern.compile("Klarmarkerade enheter: (\\d+) av \\d+");
    /** Records when the heading first differs from what it says now (Date.now(), the machine's clock). */
    private static final String WATCH = """
            const read = () => %s;
            const initial = read();
            window.lbChanged = null;
            new MutationObserver(() => {
                const now = read();
                if (!window.lbChanged && now && now !== initial) { window.lbChanged = {text: now, at: Date.now()}; }
            }).observe(document.body, {subtree: true, childList: true, characterData: true});""".formatted(HEADING);

    private final AppUnderTest app = AppUnderTest.get();
    private final GoalService goals = app.service(GoalService.class);
    private final GoalEntry entries = app.service(GoalEntry.class);

    @AfterEach
    void leaveOctoberAsTheDemoHasIt() {
        if (goals.year(2021).submission("VE", 10).isPresent()) {
            entries.reopen("VE", OCTOBER, "enhetschef");
        }
    }

    @Test
    void aMonthMarkedKlarInOneBrowserReachesAnotherOnTheSameNode() {
        try (Browser entry = Browser.open(app.baseUrl, "enhetschef");
                Browser heatmaps = Browser.open()) {
            long latency = markKlarAndMeasure(entry, app.baseUrl, heatmaps, app.baseUrl);
            System.out.printf("LIVE same node: click in one browser -> figure in the other: %d ms%n", latency);
            assertThat(heatmaps.consoleErrors()).as("console errors").isEmpty();
        }
    }

    @Test
    void aMonthMarkedKlarOnOneNodeReachesABrowserOnAnother() {
        try (AppUnderTest.JarNode other = app.startNode("node-b");
                Browser entry = Browser.open(other.baseUrl, "enhetschef");
                Browser heatmaps = Browser.open()) {
            long latency = markKlarAndMeasure(entry, other.baseUrl, heatmaps, app.baseUrl);
            System.out.printf("LIVE cross node: click on node B -> figure in a browser on node A: %d ms%n", latency);
        }
    }

    @Test
    void aBrowserWhoseNodeRestartedShowsWhatWasCommittedWhileItWasDown() {
        try (AppUnderTest.JarNode node = app.startNode("node-restart");
                Browser browser = Browser.open(node.baseUrl, "controller")) {
            int before = open(browser, node.baseUrl);
            node.stop();
            entries.markSubmitted("VE", OCTOBER, "enhetschef");
            long restarted = System.currentTimeMillis();
            node.start();
            // sessions live in the node's memory: the page says by itself that the session has ended, a click
            // reloads it, the user signs in again and is back on the same period, with what was committed
            // while the node was down
            browser.await(
                    "return document.querySelector('.v-system-error .caption')?.textContent === 'Sessionen har gått ut'",
                    Duration.ofSeconds(60));
            browser.script("document.querySelector('.v-system-error').click()");
            browser.await(
                    "return location.pathname === '/login' && !!document.querySelector('#vaadinLoginUsername')",
                    Duration.ofSeconds(30));
            browser.login(node.baseUrl, "controller", "controller-demo");
            browser.await(
                    "return " + HEADING + " === 'Klarmarkerade enheter: " + (before + 1) + " av 10'",
                    Duration.ofSeconds(60));
            System.out.printf(
                    "LIVE node restart: figure shown %d ms after the node answered again (notice, click, sign in)%n",
                    System.currentTimeMillis() - restarted);
            assertThat(browser.driver.getCurrentUrl())
                    .as("back on the same period")
                    .contains("/mal?period=2021-10");
        }
    }

    @Test
    void aBrowserThatLostItsNetworkCatchesUpWhenItIsBack() throws InterruptedException {
        try (Browser browser = Browser.open()) {
            browser.watchWebSockets();
            int before = open(browser, app.baseUrl);
            browser.offline(true);
            entries.markSubmitted("VE", OCTOBER, "enhetschef");
            Thread.sleep(2000);
            assertThat(count((String) browser.script("return " + HEADING)))
                    .as("nothing arrives while offline")
                    .isEqualTo(before);
            browser.offline(false);
            long online = System.currentTimeMillis();
            browser.await(
                    "return " + HEADING + " === 'Klarmarkerade enheter: " + (before + 1) + " av 10'",
                    Duration.ofSeconds(60));
            System.out.printf(
                    "LIVE reconnect: figure shown %d ms after the network came back%n",
                    System.currentTimeMillis() - online);
        }
    }

    /** Opens Mål for October 2021 and returns the number of enheter marked klar. */
    private static int open(Browser browser, String baseUrl) {
        browser.driver.get(baseUrl + "mal?period=2021-10");
        browser.await("return " + HEADING + "?.startsWith('Klarmarkerade enheter')", Duration.ofSeconds(60));
        return count((String) browser.script("return " + HEADING));
    }

    /** Clicks "Markera klar" for Vuxenenheten's October in one browser; returns ms until the other shows it. */
    static long markKlarAndMeasure(Browser entry, String entryBase, Browser heatmaps, String heatmapsBase) {
        int before = open(heatmaps, heatmapsBase);
        int viewers = viewers(heatmaps);
        // presence: the other browser opens Mål too (on whichever node), then leaves for the entry form
        open(entry, entryBase);
        heatmaps.await(
                "return document.querySelector('.presence-badge')?.textContent === '" + (viewers + 1) + " tittar nu'",
                Duration.ofSeconds(20));
        entry.driver.get(entryBase + "mal/registrera?enhet=VE&period=2021-10");
        heatmaps.await(
                "return document.querySelector('.presence-badge')?.textContent === '" + viewers + " tittar nu'",
                Duration.ofSeconds(20));
        entry.await("return !!document.querySelector('vaadin-button.submit-month')", Duration.ofSeconds(60));
        heatmaps.script(WATCH);
        long clicked = (Long) entry.script("""
                const at = Date.now();
                document.querySelector('vaadin-button.submit-month').click();
                return at;""");
        heatmaps.await("return window.lbChanged !== null", Duration.ofSeconds(20));
        @SuppressWarnings("unchecked")
        var changed = (java.util.Map<String, Object>) heatmaps.script("return window.lbChanged");
        assertThat(count((String) changed.get("text"))).isEqualTo(before + 1);
        return ((Number) changed.get("at")).longValue() - clicked;
    }

    /** The number the presence badge shows, once it shows one. */
    private static int viewers(Browser browser) {
        browser.await(
                "return /^\\d+ tittar nu$/.test(document.querySelector('.presence-badge')?.textContent)",
                Duration.ofSeconds(20));
        String text = (String) browser.script("return document.querySelector('.presence-badge').textContent");
        return Integer.parseInt(text.substring(0, text.indexOf(' ')));
    }

    private static int count(String heading) {
        Matcher matcher = COUNT.matcher(heading);
        assertThat(matcher.matches()).as(heading).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
