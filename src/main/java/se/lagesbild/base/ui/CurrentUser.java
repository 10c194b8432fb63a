package se.lagesbild.base.ui;

/**
 * Who is using this UI, as recorded with every change they make. There is no login yet, so it is a
 * placeholder; the security issue replaces this one method with the signed-in user.
 */
public final class CurrentUser {

    /** The name recorded until users sign in. */
    public static final String PLACEHOLDER = "okänd användare";

    private CurrentUser() {
    }

    public static String name() {
        return PLACEHOLDER;
    }
}
