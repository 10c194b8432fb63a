package se.lagesbild.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lagesbild.base.Assessment;

/**
 * The goal assessments of one year, computed from the outcomes: per indicator and month the computed,
 * manual and effective colour; per enhet and goal area and month the unit goal's colour; and per goal
 * area and month the share of green enheter and its colour. What a report printed is kept beside
 * ({@link #reported}, {@link #reportedUnits}) so that differences can be flagged.
 *
 * @param manualDiffers the unit goals and months where an indicator's manual colour differs from its
 *     computed one
 * @param unitGoalIndicators the indicators of each unit goal, keyed with month 0
 */
public record GoalYear(
        int year,
        List<GoalArea> areas,
        List<String> unitCodes,
        List<Indicator> indicators,
        Map<IndicatorMonth, IndicatorAssessment> indicatorAssessments,
        Map<UnitMonth, Assessment> unitAssessments,
        Map<AreaMonth, GreenShare> shares,
        Map<AreaMonth, Reported> reported,
        Map<UnitMonth, Reported> reportedUnits,
        Map<UnitMonth, Submission> submissions,
        Set<UnitMonth> manualDiffers,
        Map<UnitMonth, List<Indicator>> unitGoalIndicators) {

    public record UnitMonth(int areaNumber, String unitCode, int month) {}

    public record AreaMonth(int areaNumber, int month) {}

    public record IndicatorMonth(long indicatorId, int month) {}

    /** A colour (and share, when printed) as a report gave it. */
    public record Reported(Assessment assessment, BigDecimal share, String source) {}

    /** An enhet marked its month "klar": who and when. Keyed with area number 0. */
    public record Submission(Instant at, String by) {}

    /**
     * One indicator in one month: the outcome (null: none), the colour the rule computes, and the manual
     * colour (null: none) with its required comment. The outcome's own comment is read per enhet and month
     * ({@link GoalService#comments}).
     */
    public record IndicatorAssessment(
            BigDecimal outcome, Assessment computed, Assessment manual, String manualComment) {

        /** The manual colour where one was given, otherwise the computed one. */
        public Assessment effective() {
            return manual != null ? manual : computed;
        }

        /** True where a manual colour replaces a different computed one: both are shown, and flagged. */
        public boolean differs() {
            return manual != null && manual != computed;
        }
    }

    public GoalYear {
        areas = List.copyOf(areas);
        unitCodes = List.copyOf(unitCodes);
        indicators = List.copyOf(indicators);
        indicatorAssessments = Map.copyOf(indicatorAssessments);
        unitAssessments = Map.copyOf(unitAssessments);
        shares = Map.copyOf(shares);
        reported = Map.copyOf(reported);
        reportedUnits = Map.copyOf(reportedUnits);
        submissions = Map.copyOf(submissions);
        manualDiffers = Set.copyOf(manualDiffers);
        unitGoalIndicators = Map.copyOf(unitGoalIndicators);
    }

    /** The unit goal's colour: the worst effective colour of its indicators with an outcome. */
    public Assessment unitAssessment(int areaNumber, String unitCode, int month) {
        return unitAssessments.getOrDefault(new UnitMonth(areaNumber, unitCode, month), Assessment.NO_OUTCOME);
    }

    public GreenShare share(int areaNumber, int month) {
        return shares.get(new AreaMonth(areaNumber, month));
    }

    /** The goal area's computed colour: its share of green enheter against the target. */
    public Assessment areaAssessment(int areaNumber, int month) {
        GreenShare share = share(areaNumber, month);
        GoalArea area = area(areaNumber);
        return share == null ? Assessment.NO_OUTCOME : share.assess(area.targetShare(), area.thresholds());
    }

    public Optional<Reported> reported(int areaNumber, int month) {
        return Optional.ofNullable(reported.get(new AreaMonth(areaNumber, month)));
    }

    /** True where the reported colour differs from the computed one. */
    public boolean differs(int areaNumber, int month) {
        return reported(areaNumber, month)
                .map(r -> r.assessment() != areaAssessment(areaNumber, month))
                .orElse(false);
    }

    /** What a report printed for an enhet's unit goal, if anything. */
    public Optional<Reported> reportedUnit(int areaNumber, String unitCode, int month) {
        return Optional.ofNullable(reportedUnits.get(new UnitMonth(areaNumber, unitCode, month)));
    }

    /**
     * True where an enhet's unit goal needs a second look: a report printed another colour, or one of its
     * indicators has a manual colour that differs from the computed one.
     */
    public boolean unitDiffers(int areaNumber, String unitCode, int month) {
        boolean reportedDiffers = reportedUnit(areaNumber, unitCode, month)
                .map(r -> r.assessment() != unitAssessment(areaNumber, unitCode, month))
                .orElse(false);
        return reportedDiffers || manualDiffers.contains(new UnitMonth(areaNumber, unitCode, month));
    }

    /** The indicator's outcome and colours in a month ({@link Assessment#NO_OUTCOME} and no manual when none). */
    public IndicatorAssessment indicator(long indicatorId, int month) {
        IndicatorAssessment assessment = indicatorAssessments.get(new IndicatorMonth(indicatorId, month));
        return assessment != null ? assessment : new IndicatorAssessment(null, Assessment.NO_OUTCOME, null, null);
    }

    /** An enhet's indicators under every goal area, in goal-area and sort order. */
    public List<Indicator> indicatorsOf(String unitCode) {
        return indicators.stream().filter(i -> i.unitCode().equals(unitCode)).toList();
    }

    /** An enhet's indicators under one goal area. */
    public List<Indicator> indicatorsOf(int areaNumber, String unitCode) {
        return unitGoalIndicators.getOrDefault(new UnitMonth(areaNumber, unitCode, 0), List.of());
    }

    /** Whether the enhet marked the month "klar". */
    public Optional<Submission> submission(String unitCode, int month) {
        return Optional.ofNullable(submissions.get(new UnitMonth(0, unitCode, month)));
    }

    public GoalArea area(int number) {
        return areas.stream()
                .filter(a -> a.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No goal area " + number + " in " + year));
    }

    /** The goal area an indicator belongs to. */
    public GoalArea areaOf(Indicator indicator) {
        return areas.stream()
                .filter(a -> a.id() == indicator.goalAreaId())
                .findFirst()
                .orElseThrow();
    }
}
