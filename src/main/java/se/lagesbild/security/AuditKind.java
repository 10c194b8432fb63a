package se.lagesbild.security;

/** What kind of write an audit event records; the audit view filters on it. */
public enum AuditKind {
    /** New versions of economy facts (utfall, budget, prognos) or investigation cases. */
    FACT_VERSION,
    /** A goal outcome, manual assessment, comment, threshold or "klar". */
    ASSESSMENT,
    /** A comment written without any other change. */
    COMMENT,
    /** An import applied or rejected. */
    IMPORT,
    /** A setting (e.g. an enhet's target for late investigations). */
    SETTING,
    /** A report version frozen, a slide pinned to the presentation or removed from it. */
    REPORT,
    /** The organisation, kostnadsslag, goal structure or a year's state (Struktur). */
    STRUCTURE,
    /** A user, their roles or enheter, a password, an API token. */
    USER_CHANGE,
    LOGIN_SUCCESS,
    LOGIN_FAILURE
}
