package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.support.LagesbildTest;

/**
 * A user's roles are kept for a moment, so a view's many checks read the user table once; an admin's
 * change still takes effect at once on the admin's node, and within the moment on the others.
 */
@LagesbildTest
class AccessCacheTest {

    @Autowired
    Access access;

    @Autowired
    Users users;

    @Autowired
    UserRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeactivationOrARoleChangeByAnAdminTakesEffectAtOnce() {
        users.create(
                "admin",
                new Users.UserForm(
                        "cache-kontroller",
                        "Kontroller",
                        null,
                        "ett-langt-losenord",
                        EnumSet.of(Role.CONTROLLER),
                        Set.of()));
        for (int i = 0; i < 100; i++) {
            assertThat(access.mayImport("cache-kontroller")).isTrue();
        }
        users.setActive("admin", "cache-kontroller", false);
        assertThat(access.mayImport("cache-kontroller")).as("deactivated").isFalse();
        assertThat(access.mayViewReports("cache-kontroller")).isFalse();
        users.setActive("admin", "cache-kontroller", true);
        assertThat(access.mayImport("cache-kontroller")).as("reactivated").isTrue();
        users.update(
                "admin",
                new Users.UserForm(
                        "cache-kontroller", "Kontroller", null, null, EnumSet.of(Role.ENHETSCHEF), Set.of("VE")));
        assertThat(access.mayImport("cache-kontroller"))
                .as("no longer a controller")
                .isFalse();
        assertThat(access.mayWriteUnit("cache-kontroller", "VE")).isTrue();
    }

    @Test
    void aDeactivationOnAnotherNodeTakesEffectWithinTheMomentTheUserIsKept() {
        users.create(
                "admin",
                new Users.UserForm(
                        "cache-ledning", "Ledning", null, "ett-langt-losenord", EnumSet.of(Role.LEDNING), Set.of()));
        Access keepsAMinute = new Access(repository, Duration.ofMinutes(1));
        Access keepsAMoment = new Access(repository, Duration.ofMillis(300));
        assertThat(keepsAMinute.mayComment("cache-ledning", "VE")).isTrue();
        assertThat(keepsAMoment.mayComment("cache-ledning", "VE")).isTrue();
        // another node's admin: only the database changes
        jdbc.sql("update app_user set active = false where username = 'cache-ledning'")
                .update();
        assertThat(keepsAMinute.mayComment("cache-ledning", "VE"))
                .as("the kept copy, read no more than the moment ago")
                .isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !keepsAMoment.mayComment("cache-ledning", "VE"));
    }
}
