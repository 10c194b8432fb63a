package se.lagesbild.goals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The assessment thresholds of one indicator (or goal area) for one year: a shortfall against the target,
 * in percent of the target, below {@code yellowShortfallPercent} is yellow; at or above it is red.
 * It is a setting, never a constant of the rule.
 */
public record Thresholds(BigDecimal yellowShortfallPercent) {

    /** The thresholds the förvaltning uses by default: under 10 % short is yellow. */
    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.TEN);

    public Thresholds {
        Objects.requireNonNull(yellowShortfallPercent, "yellowShortfallPercent");
        if (yellowShortfallPercent.signum() < 0) {
            throw new IllegalArgumentException(
                    "yellowShortfallPercent must be zero or more: " + yellowShortfallPercent);
        }
    }

    /** Thresholds with the given yellow shortfall limit in percent of the target. */
    public static Thresholds ofYellowShortfallPercent(String percent) {
        return new Thresholds(new BigDecimal(percent));
    }
}
