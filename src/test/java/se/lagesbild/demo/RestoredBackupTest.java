package se.lagesbild.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.support.ServiceNode;

/**
 * Backup and restore as docs/operations.md describes them: a running Lägesbild's database is dumped
 * with {@code mariadb-dump --single-transaction} while the app runs, the dump is restored into an
 * empty database, and the application started on the restored database finds every August 2021
 * reference figure ({@link ReferenceReportTest}'s checks, inherited, on the restored database).
 */
class RestoredBackupTest extends ReferenceReportTest {

    private static EmbeddedMariaDb server;

    @DynamicPropertySource
    static void restoredDatabase(DynamicPropertyRegistry registry) throws Exception {
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of("target/backup-mariadb"), "lagesbild", true);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            Path dump = Path.of("target/backup-mariadb/lagesbild.sql");
            // the production database: the app running on it, with its demo data loaded
            try (ConfigurableApplicationContext running = ServiceNode.start(server.jdbcUrl())) {
                // the backup, taken while it runs
                client(
                        "mariadb-dump",
                        null,
                        "--single-transaction",
                        "--routines",
                        "--triggers",
                        "--events",
                        "--result-file=" + dump.toAbsolutePath(),
                        "lagesbild");
            }
            // the embedded server runs without grant tables, so its triggers have an empty definer that no
            // server accepts back: the restore takes the restoring user as definer (docs/operations.md)
            Files.writeString(dump, Files.readString(dump).replaceAll("/\\*!50017 DEFINER=[^*]*\\*/ ", ""));
            // the restore, into an empty database
            client("mariadb", null, "-e", "create database restored character set utf8mb4");
            client("mariadb", dump, "restored");
        }
        registry.add("spring.datasource.url", () -> server.jdbcUrl("restored"));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("lagesbild.security.allow-demo-passwords", () -> "true");
        // the restored database is not loaded again: its demo data came from the dump
        registry.add("lagesbild.demo-data", () -> "false");
    }

    /** Runs one of the server's client programs against it as root, reading {@code input} if given. */
    private static void client(String tool, Path input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(server.tool(tool).toString(), "--host=127.0.0.1", "--port=" + server.port(), "--user=root"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Path log = Files.createTempFile("backup", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
        Files.delete(log);
    }
}
