package se.lagesbild.base.ui;

import se.lagesbild.security.Access;

/**
 * Who is using this UI: the signed-in user's name, recorded with every change they make and checked
 * by the services' access policy ({@link Access}). Outside a signed-in session it is a name no user
 * has, so every check refuses it.
 */
public final class CurrentUser {

    /** The name recorded when nobody is signed in (never a user's name). */
    public static final String PLACEHOLDER = "okänd användare";

    private CurrentUser() {}

    public static String name() {
        return Access.signedIn().orElse(PLACEHOLDER);
    }
}
