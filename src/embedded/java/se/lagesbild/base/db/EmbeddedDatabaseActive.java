package se.lagesbild.base.db;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tells the application it runs on the embedded database ({@value #SETTING}), as
 * {@link EmbeddedStart} tells the jar it starts: the setting the app reads instead of knowing the
 * embedded classes (demo passwords are allowed there by default, see security.DemoUsers).
 */
class EmbeddedDatabaseActive implements EnvironmentPostProcessor {

    static final String SETTING = "lagesbild.embedded-db.active";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (noExternalDatabase(environment)) {
            environment.getPropertySources().addLast(new MapPropertySource("embedded-db", Map.of(SETTING, "true")));
        }
    }

    static boolean noExternalDatabase(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
