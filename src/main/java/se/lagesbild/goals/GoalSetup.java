package se.lagesbild.goals;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Assessment;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;

/**
 * The goal structure's set-up (demo data, Struktur → Mål, Nytt år): målområden, enhetsmål, indicators and
 * the colours a report printed. These writes record no change of a year's outcomes, so each forgets the
 * years {@link GoalService} keeps computed, now and when its transaction ends; {@link #structureChanged}
 * tells every open view.
 */
@Service
@Transactional(readOnly = true)
public class GoalSetup {

    private final GoalRepository repository;
    private final GoalService goals;
    private final ChangeLog changeLog;

    GoalSetup(GoalRepository repository, GoalService goals, ChangeLog changeLog) {
        this.repository = repository;
        this.goals = goals;
        this.changeLog = changeLog;
    }

    @Transactional
    public long createGoalArea(
            int year,
            int number,
            String shortName,
            String title,
            String indicatorName,
            BigDecimal targetShare,
            BigDecimal yellowThreshold) {
        goals.forgetYears();
        return repository.insertGoalArea(year, number, shortName, title, indicatorName, targetShare, yellowThreshold);
    }

    @Transactional
    public long createUnitGoal(long goalAreaId, String unitCode, String description) {
        goals.forgetYears();
        return repository.insertUnitGoal(goalAreaId, unitCode, description);
    }

    @Transactional
    public long createIndicator(
            long unitGoalId,
            String name,
            Direction direction,
            UnitOfMeasure unit,
            BigDecimal target,
            BigDecimal yellowThreshold,
            int sortOrder) {
        goals.forgetYears();
        return repository.insertIndicator(unitGoalId, name, direction, unit, target, yellowThreshold, sortOrder);
    }

    /** The målområden of a year, by number. */
    public List<GoalArea> goalAreas(int year) {
        return repository.goalAreas(year);
    }

    /** The enhetsmål of a year, by målområde and enhet. */
    public List<UnitGoal> unitGoals(int year) {
        return repository.unitGoals(year);
    }

    /** The indicators of a year: which enhet reports which indicator, under which målområde. */
    public List<Indicator> indicators(int year) {
        return repository.indicators(year);
    }

    /** Changes a målområde (its number and year stay). */
    @Transactional
    public void updateGoalArea(
            long id,
            String shortName,
            String title,
            String indicatorName,
            BigDecimal targetShare,
            BigDecimal yellowThreshold) {
        goals.forgetYears();
        repository.updateGoalArea(id, shortName, title, indicatorName, targetShare, yellowThreshold);
    }

    @Transactional
    public void updateUnitGoal(long id, String description) {
        goals.forgetYears();
        repository.updateUnitGoal(id, description);
    }

    @Transactional
    public void updateIndicator(
            long id,
            String name,
            Direction direction,
            UnitOfMeasure unit,
            BigDecimal target,
            BigDecimal yellowThreshold,
            int sortOrder) {
        goals.forgetYears();
        repository.updateIndicator(id, name, direction, unit, target, yellowThreshold, sortOrder);
    }

    /**
     * Copies a year's goal structure (målområden, enhetsmål, indicators) to a year that has none, for
     * Nytt år; returns the number of målområden copied.
     */
    @Transactional
    public int copyStructure(int from, int to) {
        goals.forgetYears();
        if (!repository.goalAreas(to).isEmpty()) {
            return 0;
        }
        return repository.copyStructure(from, to);
    }

    /** Tells every open view that a year's goal structure changed. */
    @Transactional
    public void structureChanged(int year, String changedBy) {
        goals.forgetYears();
        changeLog.record(Topic.GOALS, year, null, "change.goals.structure", changedBy);
    }

    /** Records what a report printed for a goal area (unit null) or enhet, to compare with. */
    @Transactional
    public void recordReported(
            long goalAreaId, String unitCode, int month, Assessment assessment, BigDecimal share, String source) {
        goals.forgetYears();
        repository.insertReported(goalAreaId, unitCode, month, assessment, share, source);
    }
}
