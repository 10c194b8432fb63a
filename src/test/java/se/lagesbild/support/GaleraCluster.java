package se.lagesbild.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real MariaDB Galera cluster on this machine for the tests: Debian's {@code mariadb-server} and
 * {@code galera-4} ({@code /usr/sbin/mariadbd}, {@code /usr/lib/galera/libgalera_smm.so}), each node with
 * its own data directory under {@code directory} and its own ports; the first node bootstraps the
 * cluster ({@code --wsrep-new-cluster}), the others join it by rsync state transfer. Galera's own
 * auto-increment control gives each node its own offset with an increment of the cluster size, so
 * the ids the nodes give out interleave. Without the packages the tests using it are skipped with a
 * loud notice, or fail when {@code LAGESBILD_REQUIRE_GALERA=true} (CI).
 */
public final class GaleraCluster implements AutoCloseable {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");

    /** One Galera node: its client port and its process (null while stopped). */
    public static final class Node {
        public final int index;
        public final int port;
        final int galeraPort;
        final int sstPort;
        final int istPort;
        final Path dataDir;
        final Path log;
        Process process;

        Node(int index, Path dir) throws IOException {
            this.index = index;
            this.port = freePort();
            this.galeraPort = freePort();
            this.sstPort = freePort();
            this.istPort = freePort();
            this.dataDir = dir.resolve("data");
            this.log = dir.resolve("mariadbd.log");
        }

        public boolean isRunning() {
            return process != null && process.isAlive();
        }
    }

    private final List<Node> nodes;
    private final Path socketDir;
    private final String user;

    private GaleraCluster(List<Node> nodes, Path socketDir, String user) {
        this.nodes = nodes;
        this.socketDir = socketDir;
        this.user = user;
    }

    /** Skips the calling test (or fails it in CI) when this machine has no Galera. */
    public static void assumeAvailable() {
        if (Files.isExecutable(MARIADBD) && Files.exists(PROVIDER) && Files.isExecutable(INSTALL_DB)) {
            return;
        }
        String notice = "GALERA TESTS NOT RUN: no " + MARIADBD + ", " + PROVIDER + " or " + INSTALL_DB
                + " (apt-get install mariadb-server galera-4 rsync)";
        if ("true".equals(System.getenv("LAGESBILD_REQUIRE_GALERA"))) {
            throw new IllegalStateException(notice);
        }
        System.err.println("\n********************************************************************\n" + notice
                + "\n********************************************************************\n");
        Assumptions.abort(notice);
    }

    /** Starts a cluster of {@code size} nodes with an empty database {@code database}, all synced. */
    public static GaleraCluster start(Path directory, int size, String database) {
        try {
            Path dir = directory.toAbsolutePath();
            deleteRecursively(dir);
            Files.createDirectories(dir);
            // as root the servers run as the mysql user: rsync's state transfer daemon would otherwise switch to nobody
            String user = "root".equals(System.getProperty("user.name")) ? "mysql" : System.getProperty("user.name");
            Path socketDir = Files.createTempDirectory("galera");
            chown(user, socketDir);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Path nodeDir = Files.createDirectories(dir.resolve("node" + (i + 1)));
                chown(user, nodeDir);
                nodes.add(new Node(i, nodeDir));
            }
            GaleraCluster cluster = new GaleraCluster(nodes, socketDir, user);
            for (Node node : nodes) {
                cluster.install(node);
            }
            cluster.launch(nodes.getFirst(), true);
            cluster.awaitSynced(nodes.getFirst());
            try (Connection c = cluster.connect(nodes.getFirst(), "")) {
                c.createStatement().execute("create database " + database + " character set utf8mb4");
            }
            for (Node node : nodes.subList(1, size)) {
                cluster.launch(node, false);
            }
            for (Node node : nodes) {
                cluster.awaitSynced(node);
            }
            return cluster;
        } catch (IOException | SQLException | InterruptedException e) {
            throw new IllegalStateException("The Galera cluster did not start: " + e.getMessage(), e);
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    /**
     * A JDBC URL for an app node: {@code sequential} lists the cluster's nodes in the given order, so
     * the app uses the first that answers and fails over to the next.
     */
    public String url(String database, int... order) {
        return "jdbc:mariadb:sequential://"
                + IntStream.of(order)
                        .mapToObj(i -> "127.0.0.1:" + nodes.get(i).port)
                        .collect(Collectors.joining(","))
                + "/" + database + "?sslMode=disable";
    }

    public Connection connect(Node node, String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + node.port + "/" + database + "?sslMode=disable", "root", "");
    }

    /** Kills a node as a crash would (SIGKILL): no shutdown, no goodbye to the cluster. */
    public void kill(Node node) throws InterruptedException {
        node.process.destroyForcibly();
        node.process.waitFor();
    }

    private void install(Node node) throws IOException, InterruptedException {
        Process install = new ProcessBuilder(
                        INSTALL_DB.toString(),
                        "--no-defaults",
                        "--datadir=" + node.dataDir,
                        "--user=" + user,
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db")
                .redirectErrorStream(true)
                .redirectOutput(node.log.resolveSibling("install.log").toFile())
                .start();
        if (install.waitFor() != 0) {
            throw new IOException("mariadb-install-db failed, see " + node.log.resolveSibling("install.log"));
        }
    }

    private void launch(Node node, boolean bootstrap) throws IOException {
        String members = nodes.stream().map(n -> "127.0.0.1:" + n.galeraPort).collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(
                MARIADBD.toString(),
                "--no-defaults",
                "--user=" + user,
                "--datadir=" + node.dataDir,
                "--socket=" + socketDir.resolve("node" + (node.index + 1) + ".sock"),
                "--pid-file=" + socketDir.resolve("node" + (node.index + 1) + ".pid"),
                "--port=" + node.port,
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--innodb-buffer-pool-size=64M",
                "--performance-schema=OFF",
                "--max-connections=200",
                // what Galera needs (docs/operations.md)
                "--binlog-format=ROW",
                "--default-storage-engine=InnoDB",
                "--innodb-autoinc-lock-mode=2",
                "--wsrep-on=ON",
                "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=lagesbild-test",
                "--wsrep-cluster-address=gcomm://" + members,
                "--wsrep-node-name=node" + (node.index + 1),
                "--wsrep-node-address=127.0.0.1:" + node.galeraPort,
                "--wsrep-sst-method=rsync",
                "--wsrep-sst-receive-address=127.0.0.1:" + node.sstPort,
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + node.galeraPort
                        + ";ist.recv_addr=127.0.0.1:" + node.istPort + ";gcache.size=64M"));
        if (bootstrap) {
            command.add("--wsrep-new-cluster");
        }
        node.process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(node.log.toFile())
                .start();
    }

    private void awaitSynced(Node node) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!node.process.isAlive()) {
                throw new IOException("Galera node " + (node.index + 1) + " stopped:\n" + tail(node.log));
            }
            try (Connection c = connect(node, "");
                    ResultSet rs = c.createStatement().executeQuery("show status like 'wsrep_local_state_comment'")) {
                if (rs.next() && "Synced".equals(rs.getString(2))) {
                    return;
                }
            } catch (SQLException e) {
                // not accepting connections yet
            }
            Thread.sleep(300);
        }
        throw new IOException("Galera node " + (node.index + 1) + " did not sync within 120 s:\n" + tail(node.log));
    }

    @Override
    public void close() {
        for (Node node : nodes.reversed()) {
            if (node.isRunning()) {
                node.process.destroy();
                try {
                    node.process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        try {
            deleteRecursively(socketDir);
        } catch (IOException e) {
            // a temporary directory
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void chown(String user, Path path) throws IOException, InterruptedException {
        if (!user.equals(System.getProperty("user.name"))) {
            new ProcessBuilder("chown", user + ":" + user, path.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
