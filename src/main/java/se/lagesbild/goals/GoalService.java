package se.lagesbild.goals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.PeriodSource;
import se.lagesbild.goals.GoalYear.AreaMonth;
import se.lagesbild.goals.GoalYear.IndicatorAssessment;
import se.lagesbild.goals.GoalYear.IndicatorMonth;
import se.lagesbild.goals.GoalYear.UnitMonth;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.Unit;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * Målbedömning read: every colour of every heatmap, slide and export is computed here from outcomes and
 * kept per year until the change log moves; the access questions of the goal views; an indicator's
 * thresholds and recorded outcomes. What an enhetschef enters is written by {@link GoalEntry} (after
 * {@link #checkMayWrite}); an indicator's history is {@link GoalHistory}; the goal structure's set-up
 * (goal areas, unit goals, indicators, reported colours) is {@link GoalSetup}.
 */
@Service
@Transactional(readOnly = true)
public class GoalService implements PeriodSource {

    private final GoalRepository repository;
    private final OrganisationService organisation;
    private final ChangeLog changeLog;
    private final Access access;
    private final Audit audit;
    /**
     * Computed years, kept until the change log shows a GOALS change of that year (or of no year): every
     * goal write records one in its transaction and every node shares the change log, so this stays
     * correct across nodes.
     */
    private final Map<Integer, CachedYear> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Integer, Object> computing = new java.util.concurrent.ConcurrentHashMap<>();

    GoalService(
            GoalRepository repository,
            OrganisationService organisation,
            ChangeLog changeLog,
            Access access,
            Audit audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.changeLog = changeLog;
        this.access = access;
        this.audit = audit;
    }

    /** The latest month with any outcome: the period a user sees first. */
    public Optional<YearMonth> latestPeriod() {
        return repository.latestOutcomeMonth();
    }

    /** Every month of the years that have goal areas. */
    public List<YearMonth> periods() {
        return repository.years().stream()
                .flatMap(year -> IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)))
                .toList();
    }

    /**
     * The assessments of a year: per indicator and month (computed, manual, effective and a flag where they
     * differ), per enhet, goal area and month, and per goal area and month, with reported colours and
     * submissions beside. One read each of the current versions of outcomes, manual assessments and
     * submissions (each a range scan of a V4 index), computed in memory, and kept until the change log
     * shows a GOALS change of that year or of no year ({@link ChangeLog#stamp}).
     */
    public GoalYear year(int year) {
        // Only where this transaction has written nothing: what it reads then is what is committed.
        boolean cacheable = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!cacheable) {
            return computeYear(year);
        }
        ChangeLog.Stamp stamp = changeLog.stamp(Topic.GOALS, year);
        Organisation units = organisation.organisation();
        CachedYear cached = cache.get(year);
        if (cached != null && cached.stamp().equals(stamp) && cached.organisation() == units) {
            return cached.year();
        }
        // One computation per year at a time: after a change every open view asks at once, and the first
        // one's result serves the others that read the same change log.
        synchronized (computing.computeIfAbsent(year, y -> new Object())) {
            cached = cache.get(year);
            if (cached != null && cached.stamp().equals(stamp) && cached.organisation() == units) {
                return cached.year();
            }
            GoalYear computed = computeYear(year);
            cache.put(year, new CachedYear(stamp, units, computed));
            return computed;
        }
    }

    /**
     * Forgets every computed year, now and when the current transaction ends: for the set-up writes
     * (goal areas, unit goals, indicators, reported colours) that record no change.
     */
    void forgetYears() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }

    /** A computed year, current while the change log shows no newer GOALS change of it and the organisation is the same. */
    private record CachedYear(ChangeLog.Stamp stamp, Organisation organisation, GoalYear year) {}

    private GoalYear computeYear(int year) {
        List<GoalArea> areas = repository.goalAreas(year);
        Map<Long, GoalArea> areaById = areas.stream().collect(Collectors.toMap(GoalArea::id, Function.identity()));
        List<Indicator> indicators = repository.indicators(year);
        Map<IndicatorMonth, GoalRepository.OutcomeRow> outcomes = new HashMap<>();
        repository.outcomes(year).forEach(o -> outcomes.put(new IndicatorMonth(o.indicatorId(), o.month()), o));
        Map<IndicatorMonth, GoalRepository.ManualRow> manual = new HashMap<>();
        repository.manualAssessments(year).forEach(m -> manual.put(new IndicatorMonth(m.indicatorId(), m.month()), m));

        Map<IndicatorMonth, IndicatorAssessment> indicatorAssessments = new HashMap<>();
        Map<UnitMonth, List<Indicator>> indicatorsOfUnitGoal = new HashMap<>();
        for (Indicator indicator : indicators) {
            indicatorsOfUnitGoal
                    .computeIfAbsent(
                            new UnitMonth(areaById.get(indicator.goalAreaId()).number(), indicator.unitCode(), 0),
                            k -> new ArrayList<>())
                    .add(indicator);
            for (int month = 1; month <= 12; month++) {
                IndicatorMonth key = new IndicatorMonth(indicator.id(), month);
                GoalRepository.OutcomeRow outcome = outcomes.get(key);
                GoalRepository.ManualRow manualRow = manual.get(key);
                if (outcome != null || manualRow != null) {
                    BigDecimal value = outcome == null ? null : outcome.outcome();
                    indicatorAssessments.put(
                            key,
                            new IndicatorAssessment(
                                    value,
                                    indicator.assess(value),
                                    manualRow == null ? null : manualRow.assessment(),
                                    manualRow == null ? null : manualRow.comment()));
                }
            }
        }

        List<String> units = orderedUnits(repository.unitsWithGoals(year));
        Map<UnitMonth, Assessment> unitAssessments = new HashMap<>();
        Set<UnitMonth> manualDiffers = new HashSet<>();
        Map<AreaMonth, GreenShare> shares = new HashMap<>();
        IndicatorAssessment none = new IndicatorAssessment(null, Assessment.NO_OUTCOME, null, null);
        for (GoalArea area : areas) {
            for (int month = 1; month <= 12; month++) {
                List<Assessment> unitColours = new ArrayList<>();
                for (String unit : units) {
                    List<Assessment> indicatorColours = new ArrayList<>();
                    boolean differs = false;
                    for (Indicator indicator :
                            indicatorsOfUnitGoal.getOrDefault(new UnitMonth(area.number(), unit, 0), List.of())) {
                        IndicatorAssessment assessment =
                                indicatorAssessments.getOrDefault(new IndicatorMonth(indicator.id(), month), none);
                        indicatorColours.add(assessment.effective());
                        differs |= assessment.differs();
                    }
                    if (!indicatorColours.isEmpty()) {
                        Assessment colour = AssessmentRule.unitGoal(indicatorColours);
                        unitAssessments.put(new UnitMonth(area.number(), unit, month), colour);
                        unitColours.add(colour);
                    }
                    if (differs) {
                        manualDiffers.add(new UnitMonth(area.number(), unit, month));
                    }
                }
                GreenShare share = GreenShare.of(unitColours);
                if (share.withOutcome() > 0) {
                    shares.put(new AreaMonth(area.number(), month), share);
                }
            }
        }
        Map<AreaMonth, GoalYear.Reported> reported = new HashMap<>();
        Map<UnitMonth, GoalYear.Reported> reportedUnits = new HashMap<>();
        for (GoalRepository.ReportedRow r : repository.reported(year)) {
            GoalYear.Reported value = new GoalYear.Reported(r.assessment(), r.share(), r.source());
            if (r.unitCode() == null) {
                reported.put(new AreaMonth(r.areaNumber(), r.month()), value);
            } else {
                reportedUnits.put(new UnitMonth(r.areaNumber(), r.unitCode(), r.month()), value);
            }
        }
        Map<UnitMonth, GoalYear.Submission> submissions = new HashMap<>();
        repository
                .submissions(year)
                .forEach(s -> submissions.put(
                        new UnitMonth(0, s.unitCode(), s.month()), new GoalYear.Submission(s.at(), s.by())));
        return new GoalYear(
                year,
                areas,
                units,
                indicators,
                indicatorAssessments,
                unitAssessments,
                shares,
                reported,
                reportedUnits,
                submissions,
                manualDiffers,
                indicatorsOfUnitGoal);
    }

    /** Whether the signed-in user may write an enhet's outcomes, manual colours and "klar" (see {@link Access}). */
    public boolean mayWrite(String unitCode) {
        return access.mayWriteUnit(Access.signedIn().orElse(null), unitCode);
    }

    /** Whether the signed-in user may write comments on an enhet's indicators (see {@link Access}). */
    public boolean mayComment(String unitCode) {
        return access.mayComment(Access.signedIn().orElse(null), unitCode);
    }

    /** Whether the signed-in user may see an enhet's indicators, comments and history (see {@link Access}). */
    public boolean mayReadDetails(String unitCode) {
        return access.mayReadDetails(Access.signedIn().orElse(null), unitCode);
    }

    /**
     * The current comments of an enhet's indicators in a month, by indicator id (none: absent); details,
     * so only for those who may read the enhet's details ({@link Access#mayReadDetails}).
     */
    public Map<Long, String> comments(String unitCode, YearMonth period) {
        access.checkMayReadDetails(unitCode);
        Map<Long, String> comments = new HashMap<>();
        repository.outcomesOfUnitMonth(unitCode, period.getYear(), period.getMonthValue()).stream()
                .filter(o -> o.comment() != null)
                .forEach(o -> comments.put(o.indicatorId(), o.comment()));
        return comments;
    }

    private List<String> orderedUnits(List<String> codes) {
        return organisation.organisation().units().stream()
                .map(Unit::code)
                .filter(codes::contains)
                .toList();
    }

    // ------------------------------------------------------------------ access

    /**
     * Whether {@code user} may write the goal outcomes, manual colours, thresholds and submissions of an
     * enhet: the enhet's enhetschef ({@link Access#checkMayWriteUnit}, the policy). Comments alone may also
     * be written by ledning and controllers ({@link Access#checkMayComment}); {@link GoalEntry#saveMonth} checks that.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not
     */
    public void checkMayWrite(String user, String unitCode) {
        access.checkMayWriteUnit(Objects.requireNonNull(user, "user"), Objects.requireNonNull(unitCode, "unitCode"));
    }

    /** Changes an indicator's yellow threshold (a setting of the indicator's year); tells every open view. */
    @Transactional
    public void setIndicatorThresholds(long indicatorId, Thresholds thresholds, String user) {
        GoalRepository.IndicatorHome home = repository
                .indicatorHome(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + indicatorId));
        checkMayWrite(user, home.unitCode());
        repository.updateIndicatorThresholds(indicatorId, thresholds.yellowShortfallPercent());
        audit.record(
                user,
                AuditKind.SETTING,
                home.unitCode(),
                String.valueOf(home.year()),
                "Gul gräns för indikator " + indicatorId,
                null,
                GoalEntry.plain(thresholds.yellowShortfallPercent()));
        changeLog.record(
                Topic.GOALS,
                home.year(),
                organisation.scope(Stream.of(home.unitCode())),
                "goals.change.thresholds",
                user);
    }

    /** Records an outcome as a new version; tells every open view. */
    @Transactional
    public void recordOutcome(
            long indicatorId,
            int year,
            int month,
            BigDecimal outcome,
            String comment,
            String recordedBy,
            String reason) {
        organisation.checkNotLocked(year);
        repository.appendOutcome(indicatorId, year, month, outcome, comment, recordedBy, reason);
        changeLog.record(
                Topic.GOALS,
                year,
                organisation.scope(
                        repository.indicatorHome(indicatorId).map(GoalRepository.IndicatorHome::unitCode).stream()),
                "change.goals.outcome",
                recordedBy);
    }

    /** Records many outcomes in one transaction (an import or the demo data), as one change. */
    @Transactional
    public void recordOutcomes(List<OutcomeEntry> entries, String recordedBy, String reason) {
        entries.forEach(e -> repository.appendOutcome(
                e.indicatorId(), e.year(), e.month(), e.outcome(), e.comment(), recordedBy, reason));
        changeLog.record(Topic.GOALS, null, null, "change.goals.outcomes", recordedBy);
    }

    /** One outcome to record. */
    public record OutcomeEntry(long indicatorId, int year, int month, BigDecimal outcome, String comment) {}
}
