package se.lagesbild.base.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./lagesbild start} without SPRING_DATASOURCE_URL: starts the embedded MariaDB (data under
 * {@code data/mariadb}, kept between runs), runs the server jar on it as a child process with the
 * console attached, and stops the database when the jar ends (Ctrl+C ends both). The server jar itself
 * holds no embedded database. Settings (environment): LAGESBILD_EMBEDDED_DB_DIRECTORY,
 * LAGESBILD_EMBEDDED_DB_START_TIMEOUT (a duration: 120s, 5m).
 *
 * <p>Arguments: the jar, then the jar's own arguments.
 */
public final class EmbeddedStart {

    private EmbeddedStart() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("Usage: EmbeddedStart <lagesbild.jar> [arguments of the jar]");
            System.exit(2);
        }
        Path directory = Path.of(env("LAGESBILD_EMBEDDED_DB_DIRECTORY", "data/mariadb"));
        Duration timeout = timeout(env("LAGESBILD_EMBEDDED_DB_START_TIMEOUT", "120s"));
        EmbeddedMariaDb db;
        try {
            db = EmbeddedMariaDb.start(directory, "lagesbild", false, timeout);
        } catch (EmbeddedMariaDb.StartFailure e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                args[0],
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--" + EmbeddedDatabaseActive.SETTING + "=true"));
        command.addAll(List.of(args).subList(1, args.length));
        Process app;
        try {
            app = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException e) {
            db.close();
            System.err.println("Lägesbild could not start " + args[0] + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Thread stop = new Thread(() -> {
            app.destroy();
            try {
                app.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            db.close();
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = app.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        db.close();
        System.exit(exit);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** "120s", "5m", "2h" or ISO-8601 ("PT2M"). */
    static Duration timeout(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t);
            }
            long amount = Long.parseLong(t.replaceAll("[a-z]+$", ""));
            return switch (t.replaceAll("^[0-9]+", "")) {
                case "", "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "ms" -> Duration.ofMillis(amount);
                default -> throw new NumberFormatException(t);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            System.err.println(
                    "LAGESBILD_EMBEDDED_DB_START_TIMEOUT must be a duration such as 120s or 5m, not \"" + text + "\".");
            System.exit(2);
            throw new IllegalStateException(e);
        }
    }
}
