package se.lagesbild.goals;

import java.math.BigDecimal;
import se.lagesbild.base.Assessment;

/** An indicator of an enhet's unit goal under a goal area, with its target and threshold. */
public record Indicator(
        long id,
        long goalAreaId,
        String unitCode,
        String name,
        Direction direction,
        UnitOfMeasure unitOfMeasure,
        BigDecimal target,
        BigDecimal yellowThreshold,
        int sortOrder) {

    /** The computed assessment of an outcome (null: none). */
    public Assessment assess(BigDecimal outcome) {
        return AssessmentRule.assess(outcome, target, direction, new Thresholds(yellowThreshold));
    }
}
