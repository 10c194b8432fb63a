package se.lagesbild.base.db;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded database's settings ({@code lagesbild.embedded-db.*}), checked at start. The embedded
 * MariaDB itself is not in the server jar (decisions/0011): {@code ./lagesbild start} and the tests start
 * it and set {@code active}; the jar only reads whether it runs on it.
 *
 * @param active set by {@code ./lagesbild start} and the tests, never by hand: the database is the embedded
 *     demo one (demo passwords are then allowed by default)
 * @param directory where the embedded MariaDB keeps its files
 * @param fresh tests: remove the data of an earlier run first
 * @param startTimeout how long the embedded MariaDB may take to start
 */
@Validated
@ConfigurationProperties("lagesbild.embedded-db")
public record EmbeddedDatabaseSettings(
        @DefaultValue("false") boolean active,
        @DefaultValue("data/mariadb") @NotNull Path directory,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("120s") @NotNull Duration startTimeout) {}
