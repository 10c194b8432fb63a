package se.lagesbild.base.ui;

/**
 * What the navigation asks about the signed-in user: whether to offer the administration and set-up views. The
 * access policy (security.Access) answers it, so the shell needs no knowledge of roles.
 */
public interface NavigationAccess {

    /** Whether the user may manage users, enheter and API tokens. */
    boolean mayAdminister(String user);

    /** Whether the user may import figures (and so set up the förvaltning's year). */
    boolean mayImport(String user);

    /** Whether the user may change the organisation, the goal structure and the years (Struktur). */
    boolean mayEditStructure(String user);

    /** Whether the user may read the audit log. */
    boolean mayReadAudit(String user);
}
