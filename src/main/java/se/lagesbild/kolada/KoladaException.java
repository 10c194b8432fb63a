package se.lagesbild.kolada;

/** Kolada could not be asked, or gave an answer that is not what its API documents. */
public class KoladaException extends RuntimeException {

    /** Why a fetch ended: the API could not be reached (or kept failing), or its answer was refused. */
    public enum Reason {
        UNREACHABLE,
        MALFORMED
    }

    private final Reason reason;

    KoladaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    KoladaException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
