package se.lagesbild.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in login: users and bcrypt hashes from the user table. Throttling: after
 * {@value #MAX_FAILURES} failed logins in a row a user is locked for {@link #LOCK} (the lock is in
 * the database, so every node honours it); a successful login resets the count. Every success and
 * failure is audited.
 */
@Service
class DatabaseUsers implements UserDetailsService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    /** A hash no password matches: users that sign in through single sign-on only. */
    private static final String NO_PASSWORD = "!";

    private final UserRepository repository;
    private final Audit audit;

    DatabaseUsers(UserRepository repository, Audit audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Row row = repository.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(Instant.now());
        return User.withUsername(row.username())
                .password(row.passwordHash() == null ? NO_PASSWORD : row.passwordHash())
                .authorities(repository.rolesOf(row.id()).stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList())
                .disabled(!row.active())
                .accountLocked(locked)
                .build();
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        repository.byUsername(username).ifPresent(row -> repository.recordSuccess(row.id()));
        audit.record(username, AuditKind.LOGIN_SUCCESS, null, null, "Inloggning", null, null);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = Optional.ofNullable(event.getAuthentication().getName()).orElse("");
        repository.byUsername(username).ifPresent(row -> repository.recordFailure(row.id(), MAX_FAILURES,
                Instant.now().plus(LOCK)));
        audit.record(username.isEmpty() ? "?" : shorten(username), AuditKind.LOGIN_FAILURE, null, null,
                "Misslyckad inloggning: " + event.getException().getClass().getSimpleName(), null, null);
    }

    private static String shorten(String username) {
        return username.length() <= 100 ? username : username.substring(0, 100);
    }
}
