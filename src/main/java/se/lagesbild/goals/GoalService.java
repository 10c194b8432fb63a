package se.lagesbild.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.goals.GoalYear.AreaMonth;
import se.lagesbild.goals.GoalYear.UnitMonth;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;

/** Målbedömning: every colour of every heatmap, slide and export is computed here from outcomes. */
@Service
@Transactional(readOnly = true)
public class GoalService {

    private final GoalRepository repository;
    private final OrganisationService organisation;
    private final ChangeLog changeLog;

    GoalService(GoalRepository repository, OrganisationService organisation, ChangeLog changeLog) {
        this.repository = repository;
        this.organisation = organisation;
        this.changeLog = changeLog;
    }

    /** The latest month with any outcome: the period a user sees first. */
    public java.util.Optional<java.time.YearMonth> latestPeriod() {
        return repository.latestOutcomeMonth();
    }

    /** Every month of the years that have goal areas. */
    public List<java.time.YearMonth> periods() {
        return repository.years().stream().flatMap(year -> java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(month -> java.time.YearMonth.of(year, month))).toList();
    }

    /** The assessments of a year: per enhet, goal area and month, and per goal area and month. */
    public GoalYear year(int year) {
        List<GoalArea> areas = repository.goalAreas(year);
        Map<Long, GoalArea> areaById = areas.stream().collect(Collectors.toMap(GoalArea::id, Function.identity()));
        List<Indicator> indicators = repository.indicators(year);
        Map<Long, Map<Integer, BigDecimal>> outcomes = new HashMap<>();
        repository.outcomes(year).forEach(o ->
                outcomes.computeIfAbsent(o.indicatorId(), k -> new HashMap<>()).put(o.month(), o.outcome()));
        Map<Long, Map<Integer, Assessment>> manual = new HashMap<>();
        repository.manualAssessments(year).forEach(m ->
                manual.computeIfAbsent(m.indicatorId(), k -> new HashMap<>()).put(m.month(), m.assessment()));

        Map<UnitMonth, List<Indicator>> indicatorsOfUnitGoal = indicators.stream().collect(Collectors.groupingBy(
                i -> new UnitMonth(areaById.get(i.goalAreaId()).number(), i.unitCode(), 0)));
        List<String> units = orderedUnits(repository.unitsWithGoals(year));
        Map<UnitMonth, Assessment> unitAssessments = new HashMap<>();
        Map<AreaMonth, GreenShare> shares = new HashMap<>();
        for (GoalArea area : areas) {
            for (int month = 1; month <= 12; month++) {
                List<Assessment> unitColours = new ArrayList<>();
                for (String unit : units) {
                    List<Assessment> indicatorColours = new ArrayList<>();
                    for (Indicator indicator : indicatorsOfUnitGoal.getOrDefault(
                            new UnitMonth(area.number(), unit, 0), List.of())) {
                        indicatorColours.add(effective(indicator, month, outcomes, manual));
                    }
                    if (!indicatorColours.isEmpty()) {
                        Assessment colour = AssessmentRule.unitGoal(indicatorColours);
                        unitAssessments.put(new UnitMonth(area.number(), unit, month), colour);
                        unitColours.add(colour);
                    }
                }
                GreenShare share = GreenShare.of(unitColours);
                if (share.withOutcome() > 0) {
                    shares.put(new AreaMonth(area.number(), month), share);
                }
            }
        }
        Map<AreaMonth, GoalYear.Reported> reported = new HashMap<>();
        repository.reported(year).stream().filter(r -> r.unitCode() == null).forEach(r ->
                reported.put(new AreaMonth(r.areaNumber(), r.month()),
                        new GoalYear.Reported(r.assessment(), r.share(), r.source())));
        return new GoalYear(year, areas, units, unitAssessments, shares, reported);
    }

    /** The manual assessment where one was made, otherwise the computed one. */
    private static Assessment effective(Indicator indicator, int month, Map<Long, Map<Integer, BigDecimal>> outcomes,
                                        Map<Long, Map<Integer, Assessment>> manual) {
        Assessment manualColour = manual.getOrDefault(indicator.id(), Map.of()).get(month);
        if (manualColour != null) {
            return manualColour;
        }
        return indicator.assess(outcomes.getOrDefault(indicator.id(), Map.of()).get(month));
    }

    private List<String> orderedUnits(List<String> codes) {
        return organisation.organisation().units().stream().map(Unit::code).filter(codes::contains).toList();
    }

    // ------------------------------------------------------------------ set-up (demo data, admin)

    @Transactional
    public long createGoalArea(int year, int number, String shortName, String title, String indicatorName,
                               BigDecimal targetShare, BigDecimal yellowThreshold) {
        return repository.insertGoalArea(year, number, shortName, title, indicatorName, targetShare, yellowThreshold);
    }

    @Transactional
    public long createUnitGoal(long goalAreaId, String unitCode, String description) {
        return repository.insertUnitGoal(goalAreaId, unitCode, description);
    }

    @Transactional
    public long createIndicator(long unitGoalId, String name, Direction direction, UnitOfMeasure unit,
                                BigDecimal target, BigDecimal yellowThreshold, int sortOrder) {
        return repository.insertIndicator(unitGoalId, name, direction, unit, target, yellowThreshold, sortOrder);
    }

    /** Records what a report printed for a goal area (unit null) or enhet, to compare with. */
    @Transactional
    public void recordReported(long goalAreaId, String unitCode, int month, Assessment assessment, BigDecimal share,
                               String source) {
        repository.insertReported(goalAreaId, unitCode, month, assessment, share, source);
    }

    /** Records an outcome as a new version; tells every open view. */
    @Transactional
    public void recordOutcome(long indicatorId, int year, int month, BigDecimal outcome, String comment,
                              String recordedBy, String reason) {
        repository.appendOutcome(indicatorId, year, month, outcome, comment, recordedBy, reason);
        changeLog.record(Topic.GOALS, year, "change.goals.outcome", recordedBy);
    }

    /** Records many outcomes in one transaction (an import or the demo data), as one change. */
    @Transactional
    public void recordOutcomes(List<OutcomeEntry> entries, String recordedBy, String reason) {
        entries.forEach(e -> repository.appendOutcome(e.indicatorId(), e.year(), e.month(), e.outcome(), e.comment(),
                recordedBy, reason));
        changeLog.record(Topic.GOALS, null, "change.goals.outcomes", recordedBy);
    }

    /** One outcome to record. */
    public record OutcomeEntry(long indicatorId, int year, int month, BigDecimal outcome, String comment) {
    }
}
