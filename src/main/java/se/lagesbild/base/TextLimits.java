package se.lagesbild.base;

/**
 * The one place that says how long a text a user, a form or a file may give: the database columns
 * (db/migration) are at least this wide, the import rows are checked against it and the form fields
 * refuse more (docs/security.md, "Bounds"). A text that only names something in a log or the audit
 * trail (a file name, a job's name) is cut with {@link #cut} instead of refused.
 */
public final class TextLimits {

    /** Who did something: app_user.username, audit_event.username, import_log.imported_by, every recorded_by. */
    public static final int USER_NAME = 100;

    /** The prefix an API token's job gets in the log and the audit trail ({@code api:<job>}). */
    public static final String API_PREFIX = "api:";

    /** An API token's name: with {@link #API_PREFIX} (4 characters) it must still fit {@link #USER_NAME}. */
    public static final int API_TOKEN_NAME = USER_NAME - 4;

    /**
     * A file name as the log, the audit trail and a fact's reason record it (import_log.file_name is
     * 300, audit_event.what and the facts' reason 500, with a prefix): longer names are cut.
     */
    public static final int FILE_NAME = 200;

    /** audit_event.what. */
    public static final int AUDIT_WHAT = 500;

    /** import_log.message. */
    public static final int LOG_MESSAGE = 2000;

    /** A user's display name (app_user.display_name). */
    public static final int DISPLAY_NAME = 200;

    /** A user's e-mail address (app_user.email). */
    public static final int EMAIL = 200;

    /** A frozen report version's name (report_version.name). */
    public static final int VERSION_NAME = 200;

    /** A comment (goals' comments and manual assessments, economy comments: varchar(4000)). */
    public static final int COMMENT = 4000;

    /** Struktur: an organisation entry's or kostnadsslag's name (org_entry.name and the name columns). */
    public static final int STRUCTURE_NAME = 200;

    /** Struktur: a finance system's code (finance_code). */
    public static final int FINANCE_CODE = 40;

    /** Struktur: a målområde's short name (goal_area.short_name). */
    public static final int GOAL_SHORT_NAME = 60;

    /** Struktur: a målområde's title and indicator, an indicator's name (varchar(400)). */
    public static final int GOAL_TEXT = 400;

    /** Struktur: an indicator's goal for the enhet (varchar(1000)). */
    public static final int UNIT_GOAL = 1000;

    /** A pinned slide's scope (presentation_pin.scope): a verksamhet, enhet or goal area code. */
    public static final int PIN_SCOPE = 50;

    /** An enhet's code (unit.code). */
    public static final int UNIT_CODE = 20;

    /** A case's reference in the case export (investigation.reference). */
    public static final int CASE_REFERENCE = 64;

    /** A deadline extension's reason in the case export, "Skäl n" (investigation_extension.reason_code). */
    public static final int EXTENSION_REASON = 40;

    /** The errors an import answers and shows; the total is always given as well. */
    public static final int SHOWN_ERRORS = 200;

    private TextLimits() {}

    /** The text, cut to {@code max} characters with "…" as its last one when longer; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Whether a text fits {@code max} characters (null fits). */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }
}
