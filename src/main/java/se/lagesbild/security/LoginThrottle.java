package se.lagesbild.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import se.lagesbild.base.Checksums;

/**
 * Login throttling, the same for every user name whether a user has it or not, so that it tells
 * nothing about who exists: after {@value #MAX_NAME_FAILURES} failed logins in a row for a name, the
 * name is locked for {@link #LOCK}; after {@code lagesbild.security.login.address-max-failures} (50)
 * failures from one client address, whatever the names, the address is locked as long. A count
 * starts afresh after {@link #FORGET} without failures; a successful login clears the name's count
 * (not the address's). The counts are in the database ({@code login_throttle}), so every node honours them.
 */
@Service
class LoginThrottle {

    static final int MAX_NAME_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    static final Duration FORGET = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final int maxAddressFailures;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
        this(jdbc, settings.login().addressMaxFailures(), Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, int maxAddressFailures, Clock clock) {
        this.jdbc = jdbc;
        this.maxAddressFailures = maxAddressFailures;
        this.clock = clock;
    }

    /** The client address a login came from (behind a proxy: as {@code server.forward-headers-strategy} says), or null. */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    /** Whether a login with this name, or from this address, is refused for now. */
    boolean locked(String username, String address) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key in (:keys) and locked_until > :now")
                        .param("keys", List.of(nameKey(username), addressKey(address)))
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a failed login for the name and the address; locks either when it reaches its limit. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        count(nameKey(username), MAX_NAME_FAILURES, now);
        if (address != null) {
            count(addressKey(address), maxAddressFailures, now);
        }
        // rows nobody failed with for an hour, and no longer locked, count for nothing
        jdbc.sql("delete from login_throttle where last_failure < ? and (locked_until is null or locked_until < ?)")
                .params(Timestamp.from(now.minus(FORGET)), Timestamp.from(now))
                .update();
    }

    /** A successful login: the name's failures are forgiven. */
    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = ?")
                .param(nameKey(username))
                .update();
    }

    private void count(String key, int limit, Instant now) {
        // MariaDB evaluates the update's assignments in order: locked_until sees the new count
        jdbc.sql("""
                insert into login_throttle (throttle_key, failures, locked_until, last_failure)
                values (:key, 1, if(1 >= :limit, :until, null), :now)
                on duplicate key update failures = if(last_failure < :forget, 1, failures + 1),
                                        locked_until = if(failures >= :limit, :until, locked_until),
                                        last_failure = :now""")
                .param("key", key)
                .param("limit", limit)
                .param("until", Timestamp.from(now.plus(LOCK)))
                .param("now", Timestamp.from(now))
                .param("forget", Timestamp.from(now.minus(FORGET)))
                .update();
    }

    private static String nameKey(String username) {
        return Checksums.sha256(
                "name:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return Checksums.sha256("address:" + (address == null ? "" : address));
    }
}
