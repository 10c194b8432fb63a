package se.lagesbild.security;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in login's users: user names, bcrypt hashes, roles and whether the user is active, from
 * the user table ({@link ThrottledLogin} checks them). Every success and failure is audited and
 * counted by {@link LoginThrottle}.
 */
@Service
class DatabaseUsers {

    /** A hash no password matches: users that sign in through single sign-on only. */
    private static final String NO_PASSWORD = "!";

    private final UserRepository repository;
    private final Audit audit;
    private final LoginThrottle throttle;

    DatabaseUsers(UserRepository repository, Audit audit, LoginThrottle throttle) {
        this.repository = repository;
        this.audit = audit;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Row row =
                repository.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(row.username())
                .password(row.passwordHash() == null ? NO_PASSWORD : row.passwordHash())
                .authorities(repository.rolesOf(row.id()).stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList())
                .disabled(!row.active())
                .build();
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(username);
        audit.record(username, AuditKind.LOGIN_SUCCESS, null, null, "Inloggning", null, null);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username =
                Optional.ofNullable(event.getAuthentication().getName()).orElse("");
        throttle.failed(username, LoginThrottle.address(event.getAuthentication()));
        audit.record(
                username.isEmpty() ? "?" : shorten(username),
                AuditKind.LOGIN_FAILURE,
                null,
                null,
                "Misslyckad inloggning: " + event.getException().getClass().getSimpleName(),
                null,
                null);
    }

    private static String shorten(String username) {
        return username.length() <= 100 ? username : username.substring(0, 100);
    }
}
