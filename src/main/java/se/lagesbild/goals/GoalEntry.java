package se.lagesbild.goals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.Assessment;
import se.lagesbild.base.TextLimits;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The enhetschef's month: an enhet's outcomes, comments and manual colours saved all or nothing as new
 * versions, and the month marked "klar" or reopened; every write after the access check
 * ({@link GoalService#checkMayWrite}, {@link Access}), audited and recorded in the change log.
 */
@Service
@Transactional(readOnly = true)
public class GoalEntry {

    private final GoalService goals;
    private final GoalRepository repository;
    private final OrganisationService organisation;
    private final ChangeLog changeLog;
    private final Access access;
    private final Audit audit;

    GoalEntry(
            GoalService goals,
            GoalRepository repository,
            OrganisationService organisation,
            ChangeLog changeLog,
            Access access,
            Audit audit) {
        this.goals = goals;
        this.repository = repository;
        this.organisation = organisation;
        this.changeLog = changeLog;
        this.access = access;
        this.audit = audit;
    }

    /** One indicator's entry: outcome (null: none), comment, and an optional manual colour that needs the comment. */
    public record IndicatorEntry(long indicatorId, BigDecimal outcome, String comment, Assessment manual) {}

    /** What an enhetschef saves for one enhet and month. */
    public record UnitMonthEntry(String unitCode, YearMonth period, List<IndicatorEntry> indicators) {

        public UnitMonthEntry {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(period, "period");
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * Saves an enhet's month: every indicator whose outcome, comment or manual colour changed gets a new
     * version (who, when); unchanged ones are left alone. All or nothing: every entry is validated first
     * (the indicator is the enhet's, the outcome fits its unit of measure, a manual colour has a comment),
     * and any problem refuses the whole month. The new versions are inserted as one batch per table. One
     * change-log entry, carrying the year, so every open view updates once and only that year is recomputed.
     *
     * @return the number of versions written (0 when nothing changed)
     * @throws GoalEntryException with every problem found; nothing is written
     */
    @Transactional
    public int saveMonth(UnitMonthEntry entry, String user) {
        access.checkMayComment(user, entry.unitCode());
        int year = entry.period().getYear();
        int month = entry.period().getMonthValue();
        if (organisation.yearState(year) == YearState.LOCKED) {
            throw new GoalEntryException(
                    List.of(new GoalEntryException.Problem(0, "structure.error.locked", String.valueOf(year))));
        }
        Map<Long, Indicator> indicators = repository.indicatorsOfUnit(year, entry.unitCode()).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        List<GoalEntryException.Problem> problems = new ArrayList<>();
        for (IndicatorEntry e : entry.indicators()) {
            Indicator indicator = indicators.get(e.indicatorId());
            if (indicator == null) {
                problems.add(new GoalEntryException.Problem(
                        e.indicatorId(), "goals.error.notOfUnit", entry.unitCode(), String.valueOf(year)));
                continue;
            }
            if (e.outcome() != null && !indicator.unitOfMeasure().accepts(e.outcome())) {
                problems.add(new GoalEntryException.Problem(
                        e.indicatorId(),
                        "goals.error.outcome." + indicator.unitOfMeasure().name(),
                        indicator.name()));
            }
            if (!TextLimits.fits(e.comment() == null ? null : e.comment().strip(), TextLimits.COMMENT)) {
                problems.add(new GoalEntryException.Problem(
                        e.indicatorId(),
                        "goals.error.commentTooLong",
                        indicator.name(),
                        String.valueOf(TextLimits.COMMENT)));
            }
            if (e.manual() == Assessment.NO_OUTCOME) {
                problems.add(new GoalEntryException.Problem(
                        e.indicatorId(), "goals.error.manualNoOutcome", indicator.name()));
            } else if (e.manual() != null && blank(e.comment())) {
                problems.add(new GoalEntryException.Problem(
                        e.indicatorId(), "goals.error.manualNeedsComment", indicator.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new GoalEntryException(problems);
        }
        Map<Long, GoalRepository.OutcomeRow> outcomes =
                repository.outcomesOfUnitMonth(entry.unitCode(), year, month).stream()
                        .collect(Collectors.toMap(GoalRepository.OutcomeRow::indicatorId, Function.identity()));
        Map<Long, GoalRepository.ManualRow> manual =
                repository.manualOfUnitMonth(entry.unitCode(), year, month).stream()
                        .collect(Collectors.toMap(GoalRepository.ManualRow::indicatorId, Function.identity()));
        List<GoalRepository.NewVersion> newOutcomes = new ArrayList<>();
        List<GoalRepository.NewVersion> newManual = new ArrayList<>();
        for (IndicatorEntry e : entry.indicators()) {
            GoalRepository.OutcomeRow outcome = outcomes.get(e.indicatorId());
            GoalRepository.ManualRow manualRow = manual.get(e.indicatorId());
            String comment = blank(e.comment()) ? null : e.comment().strip();
            if (!sameNumber(outcome == null ? null : outcome.outcome(), e.outcome())
                    || !Objects.equals(outcome == null ? null : outcome.comment(), comment)) {
                newOutcomes.add(new GoalRepository.NewVersion(e.indicatorId(), e.outcome(), null, comment));
            }
            Assessment manualNow = manualRow == null ? null : manualRow.assessment();
            if (manualNow != e.manual() || (e.manual() != null && !Objects.equals(manualRow.comment(), comment))) {
                newManual.add(new GoalRepository.NewVersion(
                        e.indicatorId(), null, e.manual(), comment == null ? "" : comment));
            }
        }
        boolean onlyComments = newManual.isEmpty()
                && newOutcomes.stream()
                        .allMatch(v -> sameNumber(
                                v.outcome(),
                                Optional.ofNullable(outcomes.get(v.indicatorId()))
                                        .map(GoalRepository.OutcomeRow::outcome)
                                        .orElse(null)));
        if (!onlyComments) {
            goals.checkMayWrite(user, entry.unitCode());
        }
        repository.appendOutcomes(year, month, newOutcomes, user, null);
        repository.appendManuals(year, month, newManual, user);
        auditMonth(entry, indicators, outcomes, manual, newOutcomes, newManual, user);
        int written = newOutcomes.size() + newManual.size();
        if (written > 0) {
            changeLog.record(
                    Topic.GOALS, year, organisation.scope(Stream.of(entry.unitCode())), "goals.change.month", user);
        }
        return written;
    }

    /** One audit event per changed outcome or comment, and per changed manual colour, old → new. */
    private void auditMonth(
            UnitMonthEntry entry,
            Map<Long, Indicator> indicators,
            Map<Long, GoalRepository.OutcomeRow> outcomes,
            Map<Long, GoalRepository.ManualRow> manual,
            List<GoalRepository.NewVersion> newOutcomes,
            List<GoalRepository.NewVersion> newManual,
            String user) {
        String period = entry.period().toString();
        for (GoalRepository.NewVersion v : newOutcomes) {
            GoalRepository.OutcomeRow before = outcomes.get(v.indicatorId());
            BigDecimal oldOutcome = before == null ? null : before.outcome();
            String oldComment = before == null ? null : before.comment();
            String name = indicators.get(v.indicatorId()).name();
            if (!sameNumber(oldOutcome, v.outcome())) {
                audit.record(
                        user,
                        AuditKind.ASSESSMENT,
                        entry.unitCode(),
                        period,
                        "Utfall: " + name,
                        plain(oldOutcome),
                        plain(v.outcome()));
            }
            if (!Objects.equals(oldComment, v.comment())) {
                audit.record(
                        user,
                        AuditKind.COMMENT,
                        entry.unitCode(),
                        period,
                        "Kommentar: " + name,
                        oldComment,
                        v.comment());
            }
        }
        for (GoalRepository.NewVersion v : newManual) {
            GoalRepository.ManualRow before = manual.get(v.indicatorId());
            audit.record(
                    user,
                    AuditKind.ASSESSMENT,
                    entry.unitCode(),
                    period,
                    "Manuell bedömning: " + indicators.get(v.indicatorId()).name(),
                    before == null || before.assessment() == null
                            ? null
                            : before.assessment().name(),
                    v.assessment() == null ? null : v.assessment().name());
        }
    }

    /** Marks an enhet's month "klar" (submitted) as a new version; the ledningsgrupp sees it at once. */
    @Transactional
    public void markSubmitted(String unitCode, YearMonth period, String user) {
        setSubmitted(unitCode, period, true, user);
    }

    /** Reopens an enhet's month that was marked "klar" (a new version). */
    @Transactional
    public void reopen(String unitCode, YearMonth period, String user) {
        setSubmitted(unitCode, period, false, user);
    }

    private void setSubmitted(String unitCode, YearMonth period, boolean submitted, String user) {
        goals.checkMayWrite(user, unitCode);
        if (organisation.organisation().unit(unitCode).isEmpty()) {
            throw new IllegalArgumentException("No enhet " + unitCode);
        }
        repository.appendSubmission(unitCode, period.getYear(), period.getMonthValue(), submitted, user);
        audit.record(
                user,
                AuditKind.ASSESSMENT,
                unitCode,
                period.toString(),
                "Månaden klar",
                String.valueOf(!submitted),
                String.valueOf(submitted));
        changeLog.record(
                Topic.GOALS,
                period.getYear(),
                organisation.scope(Stream.of(unitCode)),
                submitted ? "goals.change.submitted" : "goals.change.reopened",
                user);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
