package se.lagesbild.investigations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Utredningsvolymer of an enhet for a period: pågående (open on at least one day of the period),
 * inledda, avslutade, and of the avslutade those closed after their deadline (sena).
 */
public record Volumes(int open, int opened, int closed, int closedLate) {

    /** No cases. */
    public static final Volumes ZERO = new Volumes(0, 0, 0, 0);

    /** Andel sena: late among those closed in the period, in %; null when none closed. */
    public BigDecimal lateSharePercent() {
        if (closed == 0) {
            return null;
        }
        return BigDecimal.valueOf(closedLate * 100L).divide(BigDecimal.valueOf(closed), 6, RoundingMode.HALF_UP);
    }

    /** The volumes of two disjoint sets of cases together (e.g. two enheter). */
    public Volumes plus(Volumes other) {
        return new Volumes(
                open + other.open, opened + other.opened, closed + other.closed, closedLate + other.closedLate);
    }

    /** Change in % of {@code current} against {@code previous}; null when previous is zero. */
    public static BigDecimal changePercent(int current, int previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf((current - previous) * 100L)
                .divide(BigDecimal.valueOf(previous), 6, RoundingMode.HALF_UP);
    }
}
