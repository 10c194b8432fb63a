package se.lagesbild.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The tests' database: without {@code spring.datasource.url} (SPRING_DATASOURCE_URL) a test context
 * runs on its own embedded MariaDB; with it, Spring Boot's standard data source is used and no
 * embedded server starts. Only on the tests' classpath: the server jar has no embedded database, and
 * {@code ./lagesbild start} starts one beside the jar ({@link EmbeddedStart}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseSettings settings) {
        return EmbeddedMariaDb.start(settings.directory(), "lagesbild", settings.fresh(), settings.startTimeout());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("lagesbild-embedded");
        return dataSource;
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedDatabaseActive.noExternalDatabase(context.getEnvironment());
        }
    }
}
