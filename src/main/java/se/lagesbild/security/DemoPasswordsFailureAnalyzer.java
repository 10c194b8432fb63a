package se.lagesbild.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up refused because of demo passwords: the one sentence naming the setting, no stack trace. */
class DemoPasswordsFailureAnalyzer extends AbstractFailureAnalyzer<DemoUsers.DemoPasswordsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoUsers.DemoPasswordsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + DemoUsers.SETTING + "=true only for a demonstration; otherwise change the passwords.",
                cause);
    }
}
