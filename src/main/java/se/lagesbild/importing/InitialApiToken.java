package se.lagesbild.importing;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.lagesbild.base.AppSettings;

/**
 * On a new database without demo data and without any API token, the first one from the setting {@value #SETTING}
 * (LAGESBILD_IMPORT_INITIAL_TOKEN), named {@value #NAME}, for every kind of file: a scripted set-up
 * can post its files at once, with no clicks. At least {@value #MIN_LENGTH} characters; once any
 * token exists the setting does nothing (revoke the token under Administration → API-nycklar).
 */
@Component
class InitialApiToken implements SmartInitializingSingleton {

    static final String SETTING = "lagesbild.import.initial-token";
    static final String NAME = "start";
    static final int MIN_LENGTH = 20;

    private final String token;
    private final AppSettings settings;
    private final ApiTokens tokens;

    InitialApiToken(ImportSettings importSettings, AppSettings settings, ApiTokens tokens) {
        this.token = importSettings.initialToken().strip();
        this.settings = settings;
        this.tokens = tokens;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (token.isEmpty() || settings.isDemo()) {
            return;
        }
        if (token.length() < MIN_LENGTH) {
            throw new IllegalStateException(
                    SETTING + " (LAGESBILD_IMPORT_INITIAL_TOKEN) must be at least " + MIN_LENGTH + " characters.");
        }
        tokens.createInitial(NAME, token);
    }
}
