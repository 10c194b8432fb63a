package se.lagesbild.base;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The analysis beside the figures: a comment per subject (the nämnd, a verksamhetsområde, a
 * verksamhet, an enhet, a målområde, an enhet's goals in a målområde) and period, versioned with who
 * and when. The comments module implements it; the feature views use it through this interface (and
 * {@code base.ui.CommentPanel}), so they need not know the module, which the report reads.
 */
public interface Comments {

    /**
     * The longest comment, in characters: the schema's column ({@code analysis_comment.body}, V18), the
     * form field and the service all keep to it.
     */
    int MAX_LENGTH = 2000;

    /** What a comment explains; the key of each is in {@link Subject}. */
    enum Kind {
        /** The nämnd's economy: its code. */
        COMMITTEE,
        /** A verksamhetsområde's economy: its code. */
        AREA,
        /** A verksamhet's economy: its code. */
        ACTIVITY,
        /** An enhet's investigations: its code. */
        UNIT,
        /** A målområde: its number. */
        GOAL_AREA,
        /** An enhet's goals in a målområde: "number/enhet code". */
        GOAL_UNIT
    }

    /** A comment's subject: its kind and key (a code, a målområde's number, or "3/BUE"). */
    record Subject(Kind kind, String key) {

        public static Subject goalUnit(int areaNumber, String unitCode) {
            return new Subject(Kind.GOAL_UNIT, areaNumber + "/" + unitCode);
        }

        /** The enhet whose chief may write the comment, or null (an economy line, a målområde). */
        public String unitCode() {
            return switch (kind) {
                case UNIT -> key;
                case GOAL_UNIT -> key.substring(key.indexOf('/') + 1);
                default -> null;
            };
        }
    }

    /** One version of a comment; a blank body withdraws the comment of its period. */
    record Comment(Subject subject, YearMonth period, String body, int version, Instant recordedAt, String recordedBy) {

        public boolean isBlank() {
            return body.isBlank();
        }
    }

    /**
     * What the period shows for a subject: its saved comment, or else (nothing saved for the period) the
     * latest comment of the twelve months before as a draft ("utkast från juli 2021"), or nothing.
     */
    record Shown(Comment saved, Comment draft) {

        public static final Shown NONE = new Shown(null, null);

        /** The text to show and to edit: the saved one, else the draft's, else empty. */
        public String text() {
            return saved != null ? saved.body() : draft != null ? draft.body() : "";
        }

        public boolean isDraft() {
            return saved == null && draft != null;
        }
    }

    /**
     * A comment the rules refuse (too long, a locked year), with what to tell the user: a translation key
     * and its arguments. A write the user's roles do not allow is refused with Spring Security's
     * AccessDeniedException, as every service does.
     */
    class Refused extends RefusedException {

        public Refused(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }

    /** The saved comment or the draft of a subject in a period. */
    Shown shown(Subject subject, YearMonth period);

    /** The saved (non-blank) comments of a period, by subject: what a table's comment column shows. */
    Map<Subject, Comment> current(YearMonth period);

    /** Every version of a subject's comment in the period, the latest first. */
    List<Comment> history(Subject subject, YearMonth period);

    /** Whether the user may write the subject's comment. */
    boolean mayWrite(String user, Subject subject);

    /**
     * Saves the comment as the next version (refused: not allowed, or longer than {@link #MAX_LENGTH});
     * unchanged text saves nothing and returns the current version (null: none); an empty text saved over a
     * draft is a blank version, which stops the draft.
     */
    Comment save(Subject subject, YearMonth period, String body, String user);
}
