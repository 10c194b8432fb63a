package se.lagesbild.base.db;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a database that cannot be reached or used at start-up into one sentence that names the
 * setting to fix, instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String reason = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("").trim();
        String sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
        String setting;
        if (sqlState.startsWith("28")) {
            setting = "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";
        } else if ("42000".equals(sqlState) && reason.contains("Unknown database")) {
            setting = "the database name in SPRING_DATASOURCE_URL (create it first)";
        } else {
            setting = "SPRING_DATASOURCE_URL (host, port and database of the MariaDB server)";
        }
        return new FailureAnalysis(
                "Lägesbild could not use its database: " + reason,
                "Check " + setting + ", or unset SPRING_DATASOURCE_URL to run on the embedded MariaDB.",
                cause);
    }
}
