package se.lagesbild.base.ui;

/**
 * What the navigation asks about the signed-in user: whether to offer the administration views. The
 * access policy (security.Access) answers it, so the shell needs no knowledge of roles.
 */
public interface NavigationAccess {

    /** Whether the user may manage users, enheter and API tokens. */
    boolean mayAdminister(String user);

    /** Whether the user may read the audit log. */
    boolean mayReadAudit(String user);
}
