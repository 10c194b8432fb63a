package se.lagesbild.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import se.lagesbild.base.db.EmbeddedMariaDb;
import se.lagesbild.support.ServiceNode;

/**
 * The production jar, started once for all browser tests on its own embedded MariaDB, and a second
 * application node in this JVM on the same database, through whose services the tests make changes
 * (as another user, on another node, would).
 */
final class AppUnderTest {

    private static AppUnderTest instance;

    final String baseUrl;
    final ConfigurableApplicationContext node;
    private final Process process;
    private final EmbeddedMariaDb database;

    private AppUnderTest(
            String baseUrl, Process process, EmbeddedMariaDb database, ConfigurableApplicationContext node) {
        this.baseUrl = baseUrl;
        this.process = process;
        this.database = database;
        this.node = node;
    }

    static synchronized AppUnderTest get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** The production jar's process id (benchmarks read its heap). */
    long pid() {
        return process.pid();
    }

    <T> T service(Class<T> type) {
        return node.getBean(type);
    }

    private static AppUnderTest start() {
        String jar = System.getProperty("lagesbild.jar", "target/lagesbild.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No production jar at " + jar + ": run the browser tests with mvn verify");
        }
        EmbeddedMariaDb database = EmbeddedMariaDb.start(Path.of("target/it-mariadb"), "lagesbild", true);
        try {
            int port = freePort();
            Path log = Path.of("target/it-app.log");
            Process process = launch(jar, port, database, log);
            String baseUrl = "http://localhost:" + port + "/";
            awaitUp(baseUrl, process, log);
            ConfigurableApplicationContext node = ServiceNode.start(database.jdbcUrl());
            return new AppUnderTest(baseUrl, process, database, node);
        } catch (IOException e) {
            database.close();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(String jar, int port, EmbeddedMariaDb database, Path log, String... settings)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "-jar",
                jar,
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--lagesbild.live.poll-millis=100",
                "--lagesbild.security.allow-demo-passwords=true",
                // Jämförelser: the demo data's recorded values, never a fetch that leaves the machine
                "--lagesbild.kolada.base-url=http://127.0.0.1:9/v3",
                "--lagesbild.kolada.refresh-cron=-"));
        command.addAll(List.of(settings));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Starts another production-jar process on the same database: a second node behind the load
     * balancer, which the test may stop and start again on the same port, with settings of its own
     * ("--server.servlet.session.timeout=20s"). Close it when done.
     */
    JarNode startNode(String name, String... settings) {
        try {
            JarNode node = new JarNode(freePort(), Path.of("target/it-" + name + ".log"), settings);
            node.start();
            return node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A production-jar process of its own on the shared database. */
    final class JarNode implements AutoCloseable {

        final String baseUrl;
        private final int port;
        private final Path log;
        private final String[] settings;
        private Process process;

        private JarNode(int port, Path log, String[] settings) {
            this.port = port;
            this.log = log;
            this.settings = settings;
            this.baseUrl = "http://localhost:" + port + "/";
        }

        /** Starts the node (again, on the same port) and waits until it answers. */
        void start() {
            try {
                process = launch(
                        System.getProperty("lagesbild.jar", "target/lagesbild.jar"), port, database, log, settings);
                awaitUp(baseUrl, process, log);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Stops the node as an orderly shutdown would (its sessions are lost, as they live in memory). */
        void stop() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                stop();
            }
        }
    }

    /**
     * The production jar on an empty database of its own, as a förvaltning's first start: no demo data,
     * with the given settings (the first admin's password, the first import token). Close it when done.
     */
    static EmptyJar startOnEmptyDatabase(String... settings) {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(Path.of("target/it-mariadb-empty"), "lagesbild", true);
        try {
            int port = freePort();
            Path log = Path.of("target/it-app-empty.log");
            List<String> all = new java.util.ArrayList<>(List.of("--lagesbild.demo-data=false"));
            all.addAll(List.of(settings));
            Process process = launch(
                    System.getProperty("lagesbild.jar", "target/lagesbild.jar"),
                    port,
                    database,
                    log,
                    all.toArray(String[]::new));
            String baseUrl = "http://localhost:" + port + "/";
            awaitUp(baseUrl, process, log);
            return new EmptyJar(baseUrl, process, database);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw new IllegalStateException(e);
        }
    }

    /** A production jar on its own empty database ({@link #startOnEmptyDatabase}). */
    record EmptyJar(String baseUrl, Process process, EmbeddedMariaDb database) implements AutoCloseable {

        @Override
        public void close() {
            stop(process, database);
        }
    }

    private static void awaitUp(String baseUrl, Process process, Path log) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped at start-up:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The jar did not answer within 180 s:\n" + Files.readString(log));
    }

    private void stop() {
        node.close();
        stop(process, database);
    }

    /** Stops a jar process as an orderly shutdown would, then its database. */
    private static void stop(Process process, EmbeddedMariaDb database) {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
