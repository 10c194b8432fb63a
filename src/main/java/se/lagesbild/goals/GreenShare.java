package se.lagesbild.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import se.lagesbild.base.Assessment;

/**
 * The förvaltning's indicator for a goal area in one month: the share of enheter whose unit goal is GREEN,
 * among the enheter that have an outcome. An enhet without outcome ({@link Assessment#NO_OUTCOME}) is
 * never counted as red and is not in the denominator.
 *
 * @param green enheter whose unit goal is GREEN
 * @param withOutcome enheter whose unit goal has an outcome (GREEN, YELLOW or RED)
 * @param total all enheter, with or without outcome
 */
public record GreenShare(int green, int withOutcome, int total) {

    public GreenShare {
        if (green < 0 || green > withOutcome || withOutcome > total) {
            throw new IllegalArgumentException(
                    "Need 0 ≤ green ≤ withOutcome ≤ total: " + green + ", " + withOutcome + ", " + total);
        }
    }

    /** Counts the unit-goal assessments of the enheter of one goal area and month. */
    public static GreenShare of(Collection<Assessment> unitAssessments) {
        Objects.requireNonNull(unitAssessments, "unitAssessments");
        int green = 0;
        int withOutcome = 0;
        for (Assessment assessment : unitAssessments) {
            Objects.requireNonNull(assessment, "unit assessment");
            if (assessment.hasOutcome()) {
                withOutcome++;
                if (assessment == Assessment.GREEN) {
                    green++;
                }
            }
        }
        return new GreenShare(green, withOutcome, unitAssessments.size());
    }

    /** Enheter without outcome. */
    public int withoutOutcome() {
        return total - withOutcome;
    }

    /**
     * The green share in percent, rounded half-up to two decimals (5 of 9 → 55.56), for display;
     * {@code null} when no enhet has an outcome.
     */
    public BigDecimal percent() {
        if (withOutcome == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * green).divide(BigDecimal.valueOf(withOutcome), 2, RoundingMode.HALF_UP);
    }

    /**
     * Assesses the share against the goal area's target share with {@link AssessmentRule}, higher is better,
     * e.g. 5 of 9 (55.6 %) against 60 % is YELLOW and 5 of 10 (50 %) is RED; {@link Assessment#NO_OUTCOME}
     * when no enhet has an outcome. The comparison is exact: as the rule is relative to the target, the share
     * {@code 100 × green / withOutcome} against {@code target} is assessed as {@code 100 × green} against
     * {@code target × withOutcome}, which has the same relative shortfall and needs no division.
     */
    public Assessment assess(BigDecimal targetPercent, Thresholds thresholds) {
        Objects.requireNonNull(targetPercent, "targetPercent");
        if (withOutcome == 0) {
            return AssessmentRule.assess(null, targetPercent, Direction.HIGHER_IS_BETTER, thresholds);
        }
        BigDecimal scaledShare = BigDecimal.valueOf(100L * green);
        BigDecimal scaledTarget = targetPercent.multiply(BigDecimal.valueOf(withOutcome));
        return AssessmentRule.assess(scaledShare, scaledTarget, Direction.HIGHER_IS_BETTER, thresholds);
    }
}
