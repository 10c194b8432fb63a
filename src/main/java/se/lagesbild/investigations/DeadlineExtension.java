package se.lagesbild.investigations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision to extend the deadline of an investigation (beslut om förlängd utredningstid).
 *
 * @param decided     the day the decision was taken
 * @param newDeadline the deadline that applies from the decision on
 * @param reasonCode  an opaque reason code from the case management system, e.g. "KOMPLETTERING"
 *                    or "SARSKILDA_SKAL"; may be {@code null} when the export does not give one
 */
public record DeadlineExtension(LocalDate decided, LocalDate newDeadline, String reasonCode) {

    public DeadlineExtension {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(newDeadline, "newDeadline");
    }
}
