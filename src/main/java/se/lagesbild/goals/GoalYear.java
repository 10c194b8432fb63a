package se.lagesbild.goals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goal assessments of one year, computed from the outcomes: per enhet and goal area and month
 * the unit goal's colour, and per goal area and month the share of green enheter and its colour.
 * What a report printed is kept beside ({@link #reported}) so that differences can be flagged.
 */
public record GoalYear(int year, List<GoalArea> areas, List<String> unitCodes,
                       Map<UnitMonth, Assessment> unitAssessments, Map<AreaMonth, GreenShare> shares,
                       Map<AreaMonth, Reported> reported) {

    public record UnitMonth(int areaNumber, String unitCode, int month) {
    }

    public record AreaMonth(int areaNumber, int month) {
    }

    /** A colour (and share, when printed) as a report gave it. */
    public record Reported(Assessment assessment, java.math.BigDecimal share, String source) {
    }

    public GoalYear {
        areas = List.copyOf(areas);
        unitCodes = List.copyOf(unitCodes);
        unitAssessments = Map.copyOf(unitAssessments);
        shares = Map.copyOf(shares);
        reported = Map.copyOf(reported);
    }

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
        return reported(areaNumber, month).map(r -> r.assessment() != areaAssessment(areaNumber, month)).orElse(false);
    }

    public GoalArea area(int number) {
        return areas.stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No goal area " + number + " in " + year));
    }
}
