package se.lagesbild.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.MovableClock;

/** Login throttling on MariaDB: by name whether or not a user has it, and by client address. */
@LagesbildTest
class LoginThrottleTest {

    private static final int ADDRESS_LIMIT = 12;

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock();

    @Test
    void aNameNoUserHasIsLockedAfterFiveFailuresLikeAUsersName() {
        LoginThrottle throttle = new LoginThrottle(jdbc, ADDRESS_LIMIT, clock);
        for (String name : new String[] {"ingen-sadan-1", "ledning-throttle-test"}) {
            for (int i = 1; i < LoginThrottle.MAX_NAME_FAILURES; i++) {
                throttle.failed(name, "10.1.0." + i);
                assertThat(throttle.locked(name, "10.1.1.1"))
                        .as(name + " after " + i)
                        .isFalse();
            }
            throttle.failed(name, "10.1.0.9");
            assertThat(throttle.locked(name, "10.1.1.1"))
                    .as("locked from any address")
                    .isTrue();
            assertThat(throttle.locked(name.toUpperCase(), null))
                    .as("whatever the case")
                    .isTrue();
        }
        assertThat(throttle.locked("ingen-sadan-2", "10.1.1.1")).isFalse();
        clock.move(LoginThrottle.LOCK.plusSeconds(1));
        assertThat(throttle.locked("ingen-sadan-1", "10.1.1.1"))
                .as("after the lock")
                .isFalse();
        throttle.failed("ingen-sadan-1", "10.1.0.10");
        assertThat(throttle.locked("ingen-sadan-1", "10.1.1.1"))
                .as("failing again locks again")
                .isTrue();
        throttle.succeeded("ledning-throttle-test");
        clock.move(LoginThrottle.LOCK.plusSeconds(1));
        throttle.failed("ledning-throttle-test", "10.1.0.11");
        assertThat(throttle.locked("ledning-throttle-test", "10.1.1.1"))
                .as("a success forgave the count")
                .isFalse();
    }

    @Test
    void anAddressThatFailsWithManyNamesIsLockedForEveryName() {
        LoginThrottle throttle = new LoginThrottle(jdbc, ADDRESS_LIMIT, clock);
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            assertThat(throttle.locked("gissning-" + i, "10.2.0.1")).isFalse();
            throttle.failed("gissning-" + i, "10.2.0.1");
        }
        assertThat(throttle.locked("controller", "10.2.0.1")).isTrue();
        assertThat(throttle.locked("controller", "10.2.0.2"))
                .as("another address")
                .isFalse();
        throttle.succeeded("gissning-1");
        assertThat(throttle.locked("controller", "10.2.0.1"))
                .as("a success does not forgive the address")
                .isTrue();
    }

    @Test
    void failuresAnHourApartDoNotAddUp() {
        LoginThrottle throttle = new LoginThrottle(jdbc, ADDRESS_LIMIT, clock);
        for (int i = 1; i < LoginThrottle.MAX_NAME_FAILURES; i++) {
            throttle.failed("glomsk-anvandare", "10.3.0.1");
        }
        clock.move(LoginThrottle.FORGET.plusSeconds(1));
        throttle.failed("glomsk-anvandare", "10.3.0.1");
        assertThat(throttle.locked("glomsk-anvandare", "10.3.0.1")).isFalse();
    }
}
