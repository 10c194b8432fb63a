package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import se.lagesbild.base.db.EmbeddedDatabaseSettings;

/**
 * The demo data's and the embedded database's settings as the app binds them at start: the documented
 * defaults, a value from the environment's name, and a wrong value that ends start-up naming the setting.
 */
class DemoSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DemoSettings.class, EmbeddedDatabaseSettings.class})
    static class Settings {}

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withNothingSetTheDemoDataLoadsOnAServerDatabase() {
        app.run(context -> {
            assertThat(context.getBean(DemoSettings.class).demoData()).isTrue();
            EmbeddedDatabaseSettings embedded = context.getBean(EmbeddedDatabaseSettings.class);
            assertThat(embedded.active()).isFalse();
            assertThat(embedded.directory()).isEqualTo(Path.of("data/mariadb"));
            assertThat(embedded.fresh()).isFalse();
            assertThat(embedded.startTimeout()).isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void theSettingsAreReadAsTheEnvironmentNamesThem() {
        // as the operating system's environment gives them (Spring Boot's relaxed names)
        app.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("LAGESBILD_DEMO_DATA", "false", "LAGESBILD_EMBEDDED_DB_START_TIMEOUT", "5m"))))
                .withPropertyValues("lagesbild.embedded-db.active=true")
                .run(context -> {
                    assertThat(context.getBean(DemoSettings.class).demoData()).isFalse();
                    assertThat(context.getBean(EmbeddedDatabaseSettings.class).startTimeout())
                            .isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(EmbeddedDatabaseSettings.class).active())
                            .isTrue();
                });
    }

    @Test
    void aWrongValueEndsTheStartNamingTheSetting() {
        app.withPropertyValues("lagesbild.demo-data=kanske")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("kanske"));
        app.withPropertyValues("lagesbild.demo-data=kanske")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("lagesbild.demo-data"));
        app.withPropertyValues("lagesbild.embedded-db.start-timeout=snart")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("lagesbild.embedded-db.start-timeout"));
    }
}
