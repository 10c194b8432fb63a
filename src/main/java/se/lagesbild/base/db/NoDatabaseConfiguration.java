package se.lagesbild.base.db;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The server jar has no embedded database: started without SPRING_DATASOURCE_URL (and not by {@code
 * ./lagesbild start}, which starts the embedded one beside it), start-up ends with one sentence saying
 * so, instead of Spring Boot's advice to put H2 on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfiguration.NoDatabase.class)
class NoDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new NoDatabaseException();
    }

    static final class NoDatabaseException extends IllegalStateException {
        NoDatabaseException() {
            super("Lägesbild has no database: SPRING_DATASOURCE_URL is not set.");
        }
    }

    static final class NoDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            boolean embedded = Binder.get(context.getEnvironment())
                    .bindOrCreate("lagesbild.embedded-db", EmbeddedDatabaseSettings.class)
                    .active();
            return (url == null || url.isBlank()) && !embedded;
        }
    }

    static final class Analyzer extends AbstractFailureAnalyzer<NoDatabaseException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Set SPRING_DATASOURCE_URL (jdbc:mariadb://host:3306/lagesbild), SPRING_DATASOURCE_USERNAME and"
                            + " SPRING_DATASOURCE_PASSWORD, or run ./lagesbild start for the embedded demo database.",
                    cause);
        }
    }
}
