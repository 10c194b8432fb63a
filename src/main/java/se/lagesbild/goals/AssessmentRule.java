package se.lagesbild.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;
import se.lagesbild.base.Assessment;

/**
 * The assessment rule (bedömning), the single place where an outcome becomes a colour.
 *
 * <p>For one indicator, with outcome {@code o}, target {@code t} and threshold {@code th}
 * ({@link Thresholds#yellowShortfallPercent()}):
 * <ul>
 *   <li>no outcome ({@code o} is {@code null}) → {@link Assessment#NO_OUTCOME}, never red;</li>
 *   <li>{@link Direction#YES_NO}: {@code o} equals {@code t} → GREEN, anything else → RED;</li>
 *   <li>the target met or exceeded in the indicator's direction ({@code o ≥ t} when higher is better,
 *       {@code o ≤ t} when lower is better) → GREEN;</li>
 *   <li>otherwise the shortfall relative to the target, in the direction, is
 *       {@code (t − o) / |t| × 100} when higher is better and {@code (o − t) / |t| × 100} when lower is
 *       better; a shortfall below {@code th} → YELLOW, at or above {@code th} → RED (so exactly 10 % short
 *       with the default threshold is red);</li>
 *   <li>a target of zero that is not met (e.g. lower is better, target 0, outcome above 0) → RED, as any
 *       shortfall against zero is infinitely large.</li>
 * </ul>
 * All arithmetic is exact {@link BigDecimal} arithmetic: the comparison with the threshold is done as
 * {@code shortfall × 100 < th × |t|}, without division or rounding, so boundaries are exact.
 *
 * <p>For a unit goal (enhetsmål), {@link #unitGoal(Collection)} takes the worst of its indicators that have
 * an outcome. For a goal area at förvaltning level, see {@link GreenShare}.
 */
public final class AssessmentRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssessmentRule() {}

    /**
     * Assesses one outcome against its target.
     *
     * @param outcome the outcome, or {@code null} when there is none
     * @param target the target (målnivå), required
     * @param direction which way is better, required
     * @param thresholds the indicator's thresholds for the year, required
     * @return the assessment; {@link Assessment#NO_OUTCOME} exactly when {@code outcome} is {@code null}
     */
    public static Assessment assess(BigDecimal outcome, BigDecimal target, Direction direction, Thresholds thresholds) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(thresholds, "thresholds");
        if (outcome == null) {
            return Assessment.NO_OUTCOME;
        }
        if (direction == Direction.YES_NO) {
            return outcome.compareTo(target) == 0 ? Assessment.GREEN : Assessment.RED;
        }
        BigDecimal shortfall = shortfall(outcome, target, direction);
        if (shortfall.signum() <= 0) {
            return Assessment.GREEN;
        }
        BigDecimal base = target.abs();
        if (base.signum() == 0) {
            return Assessment.RED;
        }
        // shortfall / |target| × 100 < threshold  ⇔  shortfall × 100 < threshold × |target|
        boolean underThreshold = shortfall
                        .multiply(HUNDRED)
                        .compareTo(thresholds.yellowShortfallPercent().multiply(base))
                < 0;
        return underThreshold ? Assessment.YELLOW : Assessment.RED;
    }

    /**
     * The shortfall against the target in percent of the target, in the indicator's direction, for display:
     * zero or negative when the target is met, {@code null} when there is no outcome, when the direction
     * is {@link Direction#YES_NO} or when the target is zero and not met. Rounded to
     * {@link MathContext#DECIMAL64}; decisions use {@link #assess}, which is exact.
     */
    public static BigDecimal shortfallPercent(BigDecimal outcome, BigDecimal target, Direction direction) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (outcome == null || direction == Direction.YES_NO) {
            return null;
        }
        BigDecimal shortfall = shortfall(outcome, target, direction);
        if (target.signum() == 0) {
            return shortfall.signum() <= 0 ? BigDecimal.ZERO : null;
        }
        return shortfall.multiply(HUNDRED).divide(target.abs(), MathContext.DECIMAL64);
    }

    /**
     * The assessment of a unit goal (enhetsmål): the worst of its indicators that have an outcome;
     * {@link Assessment#NO_OUTCOME} when none has (or there are none). An indicator without outcome neither
     * improves nor worsens the unit goal.
     */
    public static Assessment unitGoal(Collection<Assessment> indicatorAssessments) {
        Objects.requireNonNull(indicatorAssessments, "indicatorAssessments");
        Assessment worst = Assessment.NO_OUTCOME;
        for (Assessment assessment : indicatorAssessments) {
            Objects.requireNonNull(assessment, "indicator assessment");
            if (assessment.hasOutcome() && (!worst.hasOutcome() || assessment.severity() > worst.severity())) {
                worst = assessment;
            }
        }
        return worst;
    }

    /** The amount by which the outcome falls short of the target in the direction (≤ 0 when met). */
    private static BigDecimal shortfall(BigDecimal outcome, BigDecimal target, Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> target.subtract(outcome);
            case LOWER_IS_BETTER -> outcome.subtract(target);
            case YES_NO -> throw new IllegalArgumentException("YES_NO has no shortfall");
        };
    }
}
