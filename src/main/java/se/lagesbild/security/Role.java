package se.lagesbild.security;

/**
 * The roles of issue 7. A user has one or more; Spring Security sees each as the authority
 * {@code ROLE_<name>}, which is what {@code @RolesAllowed} on a view names.
 */
public enum Role {
    /** Reads everything, writes comments. */
    LEDNING,
    /** Ledning, plus imports and corrections of economy data (and the investigations import). */
    CONTROLLER,
    /** Bound to enheter: writes their outcomes, comments and manual assessments; reads the aggregates and their details. */
    ENHETSCHEF,
    /** Read-only: the aggregates and the presentation. */
    NAMND,
    /** Users, settings, enheter and API tokens. */
    ADMIN;

    /** The names {@code @RolesAllowed} uses. */
    public static final String LEDNING_NAME = "LEDNING";

    public static final String CONTROLLER_NAME = "CONTROLLER";
    public static final String ENHETSCHEF_NAME = "ENHETSCHEF";
    public static final String NAMND_NAME = "NAMND";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
