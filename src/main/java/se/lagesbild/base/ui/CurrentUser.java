package se.lagesbild.base.ui;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is using this UI: the signed-in user's name, recorded with every change they make and checked
 * by the services' access policy (security.Access). Outside a signed-in session it is a name no user
 * has, so every check refuses it.
 */
public final class CurrentUser {

    /** The name recorded when nobody is signed in (never a user's name). */
    public static final String PLACEHOLDER = "okänd användare";

    private CurrentUser() {}

    public static String name() {
        return signedIn().orElse(PLACEHOLDER);
    }

    /** The signed-in user's name (Spring Security's context), if someone is signed in. */
    public static Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
