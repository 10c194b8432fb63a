package se.lagesbild.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import se.lagesbild.security.Access;
import se.lagesbild.security.AppUser;
import se.lagesbild.security.Role;

/**
 * Signs a user of the user table in, as the login would (their roles as authorities), for the calling
 * thread. Every {@link LagesbildTest} starts signed in as {@value #DEFAULT_USER}, who reads
 * everything; a test that acts as another role signs in as one of the demo users.
 */
public class SignedIn implements BeforeEachCallback, AfterEachCallback {

    /** The demo controller: reads every figure and detail and imports. */
    public static final String DEFAULT_USER = "controller";

    /** Signs {@code username} in (an active user of the user table) and returns the authentication. */
    public static Authentication as(ApplicationContext context, String username) {
        AppUser user = context.getBean(Access.class)
                .user(username)
                .orElseThrow(() -> new IllegalArgumentException("No active user " + username));
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                user.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        return authentication;
    }

    private final String user;

    public SignedIn() {
        this(DEFAULT_USER);
    }

    private SignedIn(String user) {
        this.user = user;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        as(SpringExtension.getApplicationContext(context), user);
    }

    /** Signs the first admin of an empty database in ({@link EmptyDatabaseTest}). */
    public static final class FirstAdmin extends SignedIn {

        public FirstAdmin() {
            super(EmptyDatabaseTest.FIRST_ADMIN);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
