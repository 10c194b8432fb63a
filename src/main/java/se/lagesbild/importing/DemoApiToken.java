package se.lagesbild.importing;

import java.util.EnumSet;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.lagesbild.base.AppSettings;

/**
 * With the demo data, one import token for every scope (the economy files and the investigations export), named "demo", whose value is the setting
 * {@code lagesbild.import.demo-token} (see the README). Set after the demo data is loaded.
 */
@Component
class DemoApiToken implements SmartInitializingSingleton {

    static final String NAME = "demo";

    private final String token;
    private final AppSettings settings;
    private final ApiTokens tokens;

    DemoApiToken(ImportSettings importSettings, AppSettings settings, ApiTokens tokens) {
        this.token = importSettings.demoToken();
        this.settings = settings;
        this.tokens = tokens;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.isDemo() && !token.isBlank()) {
            tokens.put(NAME, token, EnumSet.allOf(ImportScope.class));
        }
    }
}
