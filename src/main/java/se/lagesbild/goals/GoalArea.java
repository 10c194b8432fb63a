package se.lagesbild.goals;

import java.math.BigDecimal;

/**
 * A målområde of a year, with the förvaltning's indicator: the share of enheter that reached their
 * unit goal, against {@code targetShare} (%), assessed with {@code yellowThreshold}.
 */
public record GoalArea(
        long id,
        int year,
        int number,
        String shortName,
        String title,
        String indicatorName,
        BigDecimal targetShare,
        BigDecimal yellowThreshold) {

    public Thresholds thresholds() {
        return new Thresholds(yellowThreshold);
    }
}
