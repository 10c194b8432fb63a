package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.lagesbild.base.AppSettings;
import se.lagesbild.base.db.EmbeddedDatabaseSettings;
import se.lagesbild.support.LagesbildTest;

/**
 * The start-up guard on the test database, whose demo users still have their demo passwords: refused
 * on a server database unless allowed, allowed on the embedded one, and the refusal is one sentence.
 */
@LagesbildTest
class DemoPasswordGuardTest {

    @Autowired
    AppSettings settings;

    @Autowired
    Users users;

    private DemoUsers guard(Boolean allow) {
        return guard(allow, true);
    }

    /** The guard as started with the setting, on the embedded database or on a named server. */
    private DemoUsers guard(Boolean allow, boolean embeddedDatabase) {
        return new DemoUsers(
                settings,
                users,
                new SecuritySettings(
                        Duration.ofSeconds(2),
                        allow,
                        "",
                        new SecuritySettings.Login(50),
                        new SecuritySettings.Oidc("preferred_username")),
                new EmbeddedDatabaseSettings(
                        embeddedDatabase, Path.of("data/mariadb"), false, Duration.ofSeconds(120)));
    }

    @Test
    void demoPasswordsRefuseTheStartUnlessAllowedAndTheSentenceNamesTheSetting() {
        assertThat(users.anyActiveWithDemoPassword()).isTrue();
        assertThatThrownBy(() -> guard(false).afterSingletonsInstantiated())
                .isInstanceOf(DemoUsers.DemoPasswordsException.class)
                .hasMessageContaining("lagesbild.security.allow-demo-passwords=true");
        assertThatCode(() -> guard(true).afterSingletonsInstantiated()).doesNotThrowAnyException();
        // unset: allowed on the embedded database (no spring.datasource.url, as ./lagesbild start runs),
        // refused on a database named by the URL
        assertThatCode(() -> guard(null).afterSingletonsInstantiated()).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard(null, false).afterSingletonsInstantiated())
                .isInstanceOf(DemoUsers.DemoPasswordsException.class);

        FailureAnalysis analysis = new DemoPasswordsFailureAnalyzer().analyze(new DemoUsers.DemoPasswordsException());
        assertThat(analysis.getDescription())
                .startsWith("Lägesbild will not start while a user still has a demo password")
                .doesNotContain("\n");
    }
}
