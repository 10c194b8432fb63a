package se.lagesbild.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up problems with the database end in one sentence naming what to do: an embedded MariaDB too
 * slow for its start timeout or unable to start, and a server jar started without a database.
 */
class EmbeddedDatabaseFailureTest {

    private static final Path DIR = Path.of("/srv/lagesbild/data/mariadb");

    @Test
    void aSlowStartNamesTheTimeoutSetting() {
        var failure = new EmbeddedMariaDb.StartFailure(
                DIR,
                Duration.ofSeconds(120),
                new ManagedProcessException("Asked to wait for \"mariadbd: ready for connections.\" to be logged,"
                        + " but it was not seen in 120000ms\nLast 50 lines of output: ..."));
        assertThat(failure.getMessage())
                .isEqualTo("The embedded MariaDB in /srv/lagesbild/data/mariadb did not start within 120 s: give it"
                        + " more time with LAGESBILD_EMBEDDED_DB_START_TIMEOUT (for example 300s) on a loaded"
                        + " machine, or set SPRING_DATASOURCE_URL to use a MariaDB server.");

        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer()
                .analyze(new IllegalStateException("Error creating bean 'embeddedMariaDb'", failure));
        assertThat(analysis.getDescription())
                .isEqualTo("The embedded MariaDB in /srv/lagesbild/data/mariadb did not start within 120 s.");
        assertThat(analysis.getAction()).startsWith("Give it more time with LAGESBILD_EMBEDDED_DB_START_TIMEOUT");
    }

    @Test
    void anyOtherFailureNamesTheDirectory() {
        var failure = new EmbeddedMariaDb.StartFailure(
                DIR,
                Duration.ofMillis(1500),
                new ManagedProcessException("An error occurred while installing the database\nat line 2"));
        assertThat(failure.getMessage())
                .isEqualTo("The embedded MariaDB in /srv/lagesbild/data/mariadb did not start (An error occurred"
                        + " while installing the database): check that /srv/lagesbild/data/mariadb is writable and"
                        + " not used by another running Lägesbild (delete it to start afresh), or set"
                        + " SPRING_DATASOURCE_URL to use a MariaDB server.")
                .doesNotContain("\n");
    }

    @Test
    void theServerJarWithoutADatabaseSaysWhatToSet() {
        FailureAnalysis analysis = new NoDatabaseConfiguration.Analyzer()
                .analyze(new IllegalStateException("dataSource", new NoDatabaseConfiguration.NoDatabaseException()));
        assertThat(analysis.getDescription()).isEqualTo("Lägesbild has no database: SPRING_DATASOURCE_URL is not set.");
        assertThat(analysis.getAction()).startsWith("Set SPRING_DATASOURCE_URL (jdbc:mariadb://host:3306/lagesbild)");
    }

    @Test
    void startTimeoutsReadAsDurations() {
        assertThat(EmbeddedStart.timeout("300s")).isEqualTo(Duration.ofMinutes(5));
        assertThat(EmbeddedStart.timeout("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(EmbeddedStart.timeout("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(EmbeddedStart.timeout("90")).isEqualTo(Duration.ofSeconds(90));
    }
}
