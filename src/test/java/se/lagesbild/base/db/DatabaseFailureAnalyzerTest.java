package se.lagesbild.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database that cannot be used ends start-up with one sentence naming the setting to fix. */
class DatabaseFailureAnalyzerTest {

    private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer();

    @Test
    void unreachableServerNamesTheUrl() {
        FailureAnalysis analysis = analyze(new SQLNonTransientConnectionException(
                "Socket fail to connect to address=(host=db)(port=3306)(type=primary). Connection refused", "08000"));
        assertThat(analysis.getDescription())
                .isEqualTo(
                        "Lägesbild could not use its database: Socket fail to connect to address=(host=db)(port=3306)(type=primary). Connection refused");
        assertThat(analysis.getAction()).startsWith("Check SPRING_DATASOURCE_URL");
    }

    @Test
    void wrongPasswordNamesUserAndPassword() {
        FailureAnalysis analysis =
                analyze(new SQLInvalidAuthorizationSpecException("Access denied for user 'x'", "28000"));
        assertThat(analysis.getAction()).startsWith("Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void unknownDatabaseNamesTheDatabaseInTheUrl() {
        FailureAnalysis analysis = analyze(new SQLException("Unknown database 'lagesbild'", "42000"));
        assertThat(analysis.getAction()).startsWith("Check the database name in SPRING_DATASOURCE_URL");
    }

    private FailureAnalysis analyze(SQLException cause) {
        return analyzer.analyze(new IllegalStateException("Failed to initialize Flyway", new RuntimeException(cause)));
    }
}
