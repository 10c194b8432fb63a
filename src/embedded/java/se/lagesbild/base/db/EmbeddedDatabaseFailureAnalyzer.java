package se.lagesbild.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An embedded MariaDB that did not start ends start-up with its one sentence, not a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMariaDb.StartFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMariaDb.StartFailure cause) {
        return new FailureAnalysis(cause.description() + ".", capitalised(cause.action()), cause);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
