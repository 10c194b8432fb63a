package se.lagesbild.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.lagesbild.support.GaleraCluster;

/**
 * Lägesbild on a real three-node MariaDB Galera cluster (docs/operations.md): two production-jar app
 * nodes, A on Galera node 1 and B on Galera node 2 (each with the whole cluster in a
 * {@code jdbc:mariadb:sequential://} URL), show that a change through A reaches a browser on B within
 * a second, that no change is lost while the nodes give out interleaved ids (increment 3), that a
 * certification conflict is retried and not shown, and that a Galera node killed during an import
 * leaves nothing half-written, the import answering in Swedish to run it again (or completing), and
 * the app serving on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterIT {

    private static final String DATABASE = "lagesbild";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Not the common pool: it has one thread on a two-core machine, and an import may wait long. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();

    private static GaleraCluster cluster;
    private static App a;
    private static App b;
    private static long started;

    @BeforeAll
    static void startClusterAndNodes() {
        GaleraCluster.assumeAvailable();
        started = System.currentTimeMillis();
        cluster = GaleraCluster.start(Path.of("target/galera"), 3, DATABASE);
        System.out.printf("GALERA three nodes synced in %d ms%n", System.currentTimeMillis() - started);
        // A first: it migrates the schema and loads the demo data; B then finds them (Flyway's lock is not
        // cluster-wide)
        a = App.start("galera-a", cluster.url(DATABASE, 0, 1, 2));
        b = App.start("galera-b", cluster.url(DATABASE, 1, 2, 0));
        System.out.printf("GALERA cluster and two app nodes up in %d ms%n", System.currentTimeMillis() - started);
    }

    @AfterAll
    static void stopAll() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        EXECUTOR.shutdownNow();
        if (started > 0) {
            System.out.printf("GALERA test class took %d ms%n", System.currentTimeMillis() - started);
        }
    }

    @Test
    @Order(1)
    void theNodesGiveOutInterleavedIds() throws SQLException {
        Set<Integer> offsets = new TreeSet<>();
        for (GaleraCluster.Node node : cluster.nodes()) {
            try (Connection c = cluster.connect(node, DATABASE);
                    ResultSet rs = c.createStatement()
                            .executeQuery("select @@auto_increment_increment, @@auto_increment_offset,"
                                    + " (select variable_value from information_schema.global_status"
                                    + " where variable_name = 'wsrep_cluster_size')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                offsets.add(rs.getInt(2));
                assertThat(rs.getInt(3)).isEqualTo(3);
            }
        }
        assertThat(offsets).containsExactly(1, 2, 3);
    }

    @Test
    @Order(2)
    void aChangeThroughNodeAReachesABrowserOnNodeBWithinASecond() {
        try (Browser entry = Browser.open(a.baseUrl, "enhetschef");
                Browser heatmaps = Browser.open(b.baseUrl, "controller")) {
            long latency = LiveBrowserIT.markKlarAndMeasure(entry, a.baseUrl, heatmaps, b.baseUrl);
            System.out.printf(
                    "GALERA click on node A (Galera node 1) -> figure in a browser on node B: %d ms%n", latency);
            assertThat(latency).isLessThan(1000);
        }
    }

    @Test
    @Order(3)
    void noChangeIsLostWhileTheNodesInterleaveTheirIds() throws Exception {
        long firstId;
        try (Connection c = cluster.connect(cluster.nodes().getFirst(), DATABASE);
                ResultSet rs = c.createStatement().executeQuery("select coalesce(max(id), 0) from change_log")) {
            rs.next();
            firstId = rs.getLong(1);
        }
        double followedA = a.metric("lagesbild_live_changes_followed_total");
        double followedB = b.metric("lagesbild_live_changes_followed_total");
        // three writers, one on each Galera node, as three app nodes' ChangeLog.record; transactions of
        // different lengths, so commits arrive out of id order
        int perWriter = 40;
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (GaleraCluster.Node node : cluster.nodes()) {
            writers.add(CompletableFuture.runAsync(() -> writeChanges(node, perWriter), EXECUTOR));
        }
        writers.forEach(CompletableFuture::join);
        long written;
        List<Long> ids = new ArrayList<>();
        try (Connection c = cluster.connect(cluster.nodes().get(2), DATABASE);
                PreparedStatement ps = c.prepareStatement("select id from change_log where id > ? order by id")) {
            ps.setLong(1, firstId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        written = ids.size();
        assertThat(written).isGreaterThanOrEqualTo(3L * perWriter);
        assertThat(ids.stream().map(id -> id % 3).distinct().count())
                .as("ids from all three nodes' offsets")
                .isEqualTo(3);
        // every node's follower hands out each of them exactly once
        awaitMetric(a, "lagesbild_live_changes_followed_total", followedA + written, Duration.ofSeconds(20));
        awaitMetric(b, "lagesbild_live_changes_followed_total", followedB + written, Duration.ofSeconds(20));
        Thread.sleep(1500);
        assertThat(a.metric("lagesbild_live_changes_followed_total")).isEqualTo(followedA + written);
        assertThat(b.metric("lagesbild_live_changes_followed_total")).isEqualTo(followedB + written);
    }

    @Test
    @Order(4)
    void aCertificationConflictIsRetriedAndNotShown() throws Exception {
        String certification = "lagesbild_transactions_retried_total{application=\"lagesbild\",error=\"1213\"}";
        double before = b.metric(certification);
        GaleraCluster.Node second = cluster.nodes().get(1);
        // B's import of the next version of these facts has written them on Galera node 2 and waits, before
        // its commit, for the change log, which is held here ...
        Connection holder = cluster.connect(second, DATABASE);
        holder.setAutoCommit(false);
        holder.createStatement()
                .executeQuery("select id from change_log where id >= (select max(id) from change_log) for update")
                .close();
        String fileB = utfallFile(second, 2024, 1, 1, "-200,5");
        String fileA = utfallFile(second, 2024, 1, 1, "-100,5");
        var throughB = CompletableFuture.supplyAsync(() -> b.importFile("utfall", fileB), EXECUTOR);
        HttpResponse<String> throughA;
        try {
            awaitWaitingTransaction(second, Duration.ofSeconds(60));
            // ... when A commits the same facts with other amounts through Galera node 1: node 2 applies A's
            // write set, which conflicts with B's open transaction, and aborts that (error 1213)
            throughA = a.importFile("utfall", fileA);
        } finally {
            try {
                holder.rollback();
                holder.close();
            } catch (SQLException e) {
                // aborted by the same write set, or already released
            }
        }
        for (HttpResponse<String> response : List.of(throughA, throughB.join())) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"APPLIED\"");
        }
        double retried = b.metric(certification) - before;
        System.out.printf("GALERA certification failures (1213) retried on node B: %.0f%n", retried);
        assertThat(retried)
                .as("B's transaction was aborted by the conflict and run again")
                .isGreaterThanOrEqualTo(1);
        // B's attempt that went through wrote the version after A's
        assertThat(count(second, "select max(version) from actual_fact where year = 2024 and month = 1"))
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void aGaleraNodeKilledDuringAnImportLeavesNothingHalfWritten() throws Exception {
        GaleraCluster.Node first = cluster.nodes().getFirst();
        GaleraCluster.Node second = cluster.nodes().get(1);
        String file = largeUtfallFile(second, 2023);
        int rows = (int) file.lines().count() - 1;
        // hold the import's transaction open on A's Galera node: its facts wait for the verksamheter, locked here
        Connection holder = cluster.connect(first, DATABASE);
        holder.setAutoCommit(false);
        holder.createStatement()
                .executeQuery("select code from activity for update")
                .close();
        var running = CompletableFuture.supplyAsync(() -> a.importFile("utfall", file), EXECUTOR);
        awaitWaitingTransaction(first, Duration.ofSeconds(60));
        // and kill that node while the import's transaction is open
        cluster.kill(first);
        try {
            holder.close();
        } catch (SQLException e) {
            // its node is gone
        }
        HttpResponse<String> answer = running.join();
        System.out.printf(
                "GALERA import while its Galera node was killed: %d %s%n", answer.statusCode(), answer.body());
        long stored = count(second, "select count(*) from actual_fact where year = 2023");
        if (answer.statusCode() == 200) {
            assertThat(stored).isEqualTo(rows);
        } else {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body())
                    .contains("kunde inte slutföras på grund av ett fel i databasen")
                    .contains("kör importen igen")
                    .doesNotContain("SQL", "Exception", "jdbc");
            assertThat(stored).as("nothing half-written").isZero();
        }
        // the app keeps serving on the other Galera nodes: ready again, and the import run again completes
        a.awaitReady(Duration.ofSeconds(60));
        HttpResponse<String> again = a.importFile("utfall", file);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(count(second, "select count(*) from actual_fact where year = 2023"))
                .isEqualTo(rows);
        assertThat(b.get("login").statusCode()).isEqualTo(200);
        b.awaitReady(Duration.ofSeconds(30));
    }

    private static void writeChanges(GaleraCluster.Node node, int count) {
        try (Connection c = cluster.connect(node, DATABASE)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into change_log (changed_at, topic, year, scope_code, scope_name, summary, changed_by)"
                            + " values (?, 'SETTINGS', null, null, null, 'live.change.settings', ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setString(2, "galera-test-node" + (node.index + 1));
                    insert.executeUpdate();
                    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
                    c.commit();
                }
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A utfall file for every month of {@code year} and every verksamhet and kostnadsslag the demo books. */
    private static String largeUtfallFile(GaleraCluster.Node node, int year) throws SQLException {
        return utfallFile(node, year, 1, 12, "-101,5");
    }

    /** A utfall file for months {@code from}–{@code to} of every verksamhet and kostnadsslag the demo books. */
    private static String utfallFile(GaleraCluster.Node node, int year, int from, int to, String amount) {
        StringBuilder file = new StringBuilder("År;Månad;Verksamhet;Kostnadsslag;Belopp tkr\r\n");
        try (Connection c = cluster.connect(node, DATABASE);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct a.name, t.name from actual_fact f"
                        + " join activity a on a.code = f.activity_code join cost_type t on t.code = f.cost_type"
                        + " where f.year = 2021 and a.last_year is null order by 1, 2")) {
            List<String[]> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (int month = from; month <= to; month++) {
                for (String[] key : keys) {
                    file.append(year)
                            .append(';')
                            .append(month)
                            .append(';')
                            .append(key[0])
                            .append(';')
                            .append(key[1])
                            .append(';')
                            .append(amount)
                            .append("\r\n");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file.toString();
    }

    /**
     * Waits until the import's transaction on the node writes its facts or the change log, or waits for
     * a lock (for the rows held by the test).
     */
    private static void awaitWaitingTransaction(GaleraCluster.Node node, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        try (Connection c = cluster.connect(node, "")) {
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select (select count(*) from information_schema.innodb_trx"
                                        + " where trx_state = 'LOCK WAIT') + (select count(*) from information_schema.processlist"
                                        + " where info like 'insert into change_log%' or info like 'insert into actual_fact%')")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        StringBuilder seen = new StringBuilder();
        try (Connection c = cluster.connect(node, "");
                ResultSet rs = c.createStatement()
                        .executeQuery("select trx_state, trx_query from information_schema.innodb_trx")) {
            while (rs.next()) {
                seen.append("\n").append(rs.getString(1)).append(": ").append(rs.getString(2));
            }
        }
        throw new AssertionError("The import's transaction never reached the rows held on Galera node "
                + (node.index + 1) + "; transactions there:" + seen);
    }

    private static long count(GaleraCluster.Node node, String sql) throws SQLException {
        try (Connection c = cluster.connect(node, DATABASE);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitMetric(App app, String name, double expected, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        double value = app.metric(name);
        while (value < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            value = app.metric(name);
        }
        assertThat(value).as(app.name + " " + name).isEqualTo(expected);
    }

    /** A production-jar app node with its own management port (metrics and probes without sign-in). */
    static final class App implements AutoCloseable {

        final String name;
        final String baseUrl;
        final String managementUrl;
        private final Process process;
        private final Path log;

        private App(String name, String baseUrl, String managementUrl, Process process, Path log) {
            this.name = name;
            this.baseUrl = baseUrl;
            this.managementUrl = managementUrl;
            this.process = process;
            this.log = log;
        }

        static App start(String name, String url) {
            try {
                int port = freePort();
                int management = freePort();
                Path log = Path.of("target/it-" + name + ".log");
                String java = ProcessHandle.current().info().command().orElse("java");
                Process process = new ProcessBuilder(
                                java,
                                "-jar",
                                System.getProperty("lagesbild.jar", "target/lagesbild.jar"),
                                "--server.port=" + port,
                                "--management.server.port=" + management,
                                "--spring.datasource.url=" + url,
                                "--spring.datasource.username=root",
                                "--spring.datasource.password=",
                                "--lagesbild.live.poll-millis=100",
                                "--lagesbild.security.allow-demo-passwords=true")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                App app = new App(
                        name, "http://localhost:" + port + "/", "http://localhost:" + management + "/", process, log);
                app.awaitReady(Duration.ofSeconds(240));
                return app;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits until the node's readiness probe (on the management port, no sign-in) says UP. */
        void awaitReady(Duration timeout) {
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped:\n" + tail());
                }
                try {
                    if (getManagement("actuator/health/readiness").statusCode() == 200) {
                        return;
                    }
                } catch (IllegalStateException e) {
                    // not listening yet
                }
                sleep(300);
            }
            throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
        }

        /** A counter or gauge from the node's Prometheus metrics (summed over its tags). */
        double metric(String name) {
            HttpResponse<String> response = getManagement("actuator/prometheus");
            assertThat(response.statusCode()).isEqualTo(200);
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$")
                    .matcher(response.body());
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(2));
            }
            return sum;
        }

        HttpResponse<String> importFile(String kind, String csv) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + "api/import/" + kind))
                    .header("Authorization", "Bearer demo-import-token")
                    .header("Content-Type", "text/csv")
                    .header("X-File-Name", kind + ".csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                    .timeout(Duration.ofSeconds(120))
                    .build());
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
        }

        private HttpResponse<String> getManagement(String path) {
            return send(HttpRequest.newBuilder(URI.create(managementUrl + path))
                    .timeout(Duration.ofSeconds(10))
                    .build());
        }

        private static HttpResponse<String> send(HttpRequest request) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return e.getMessage();
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
