package se.lagesbild.investigations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.PeriodSource;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.StampedCache;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/** Utredningsvolymer and sena utredningar, by the definitions of {@link InvestigationRules}. */
@Service
@Transactional(readOnly = true)
public class InvestigationService implements PeriodSource {

    private record FiguresKey(YearMonth period, LocalDate overdueDay) {}

    private final InvestigationRepository repository;
    private final ChangeLog changeLog;
    private final OrganisationService organisation;
    private final Access access;
    private final Audit audit;
    private final StampedCache<FiguresKey, InvestigationFigures> figuresCache = new StampedCache<>(64);
    /** The latest month with cases: every view asks on every change, to offer its periods. */
    private final StampedCache<Boolean, Optional<YearMonth>> latestMonth = new StampedCache<>(1);

    InvestigationService(
            InvestigationRepository repository,
            ChangeLog changeLog,
            OrganisationService organisation,
            Access access,
            Audit audit) {
        this.organisation = organisation;
        this.repository = repository;
        this.changeLog = changeLog;
        this.access = access;
        this.audit = audit;
    }

    /** Records cases, each as a new version of its reference, and tells every open view. */
    @Transactional
    public void record(List<Investigation> cases, String summary, String recordedBy, String reason, Long importId) {
        record(cases, null, summary, recordedBy, reason, importId);
    }

    /** {@link #record} with the current versions already read (by the import's check). */
    @Transactional
    void record(
            List<Investigation> cases,
            Map<String, Integer> knownVersions,
            String summary,
            String recordedBy,
            String reason,
            Long importId) {
        repository.append(cases, knownVersions, recordedBy, reason, importId);
        audit.record(
                recordedBy,
                AuditKind.FACT_VERSION,
                null,
                null,
                "Utredningar: " + cases.size() + " nya versioner (" + reason + ")",
                null,
                null);
        changeLog.record(
                Topic.INVESTIGATIONS,
                null,
                organisation.scope(cases.stream().map(Investigation::unitCode)),
                summary,
                recordedBy);
    }

    /**
     * The view's figures for a month, for every enhet with cases: the months of the period's year
     * and the year before, January–month this year and last, and the cases open past their deadline.
     * Three statements whatever the number of enheter and months; the result is kept until the
     * next change anywhere (the change log moves on every committed change, on every node), so
     * that views refreshing the same month share one computation.
     */
    public InvestigationFigures figures(YearMonth period) {
        ChangeLog.Stamp stamp = changeLog.stamp(Topic.INVESTIGATIONS);
        FiguresKey key = new FiguresKey(period, overdueDay(period));
        return figuresCache.get(key, stamp, () -> compute(period));
    }

    /** {@link #figures} computed from the database, without the cache. */
    InvestigationFigures compute(YearMonth period) {
        YearMonth january = YearMonth.of(period.getYear(), 1);
        YearMonth previousJanuary = january.minusYears(1);
        Map<String, MonthlyCounts> counts = repository.monthlyCounts(previousJanuary, january.plusMonths(11), null);
        Map<String, Integer> overdue = repository.overdue(overdueDay(period), null);
        Map<String, BigDecimal> targets = repository.targets(period.getYear());
        TreeSet<String> units = new TreeSet<>(counts.keySet());
        units.addAll(overdue.keySet());
        List<UnitFigures> result = new ArrayList<>();
        for (String unit : units) {
            MonthlyCounts c = counts.getOrDefault(unit, new MonthlyCounts(previousJanuary, 24));
            List<Volumes> months = new ArrayList<>();
            List<Volumes> previousMonths = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                months.add(c.volumes(january.plusMonths(m), january.plusMonths(m)));
                previousMonths.add(c.volumes(previousJanuary.plusMonths(m), previousJanuary.plusMonths(m)));
            }
            result.add(new UnitFigures(
                    unit,
                    months,
                    previousMonths,
                    c.volumes(january, period),
                    c.volumes(previousJanuary, period.minusYears(1)),
                    overdue.getOrDefault(unit, 0),
                    targets.get(unit)));
        }
        return new InvestigationFigures(period, result);
    }

    /** Volumes of an enhet in one month. */
    public Volumes month(String unitCode, YearMonth month) {
        return volumes(unitCode, month, month);
    }

    /** Volumes of an enhet from January to the end of {@code month} (e.g. "januari–augusti"). */
    public Volumes yearToDate(String unitCode, YearMonth month) {
        return volumes(unitCode, YearMonth.of(month.getYear(), 1), month);
    }

    /** Volumes of an enhet (all enheter for null) over the months {@code from..to}, as one period. */
    public Volumes volumes(String unitCode, YearMonth from, YearMonth to) {
        return repository.monthlyCounts(from, to, unitCode).values().stream()
                .map(c -> c.volumes(from, to))
                .reduce(Volumes.ZERO, Volumes::plus);
    }

    /** Open cases of an enhet past their deadline at the end of {@code asOf}. */
    public int overdue(String unitCode, LocalDate asOf) {
        return repository.overdue(asOf, unitCode).getOrDefault(unitCode, 0);
    }

    /** The day "open past deadline" is counted on for a month: its last day, or today if earlier. */
    public static LocalDate overdueDay(YearMonth period) {
        LocalDate end = period.atEndOfMonth();
        LocalDate today = LocalDate.now();
        return end.isAfter(today) ? today : end;
    }

    /** Whether the signed-in user may see the cases behind an enhet's figures (null: all enheter); see {@link Access}. */
    public boolean mayReadCases(String unitCode) {
        return access.mayReadDetails(Access.signedIn().orElse(null), unitCode);
    }

    /**
     * The cases behind a figure: of {@code unitCode} (all enheter for null), those for which
     * {@code measure} holds in the months {@code from..to} (for {@link Measure#OVERDUE}: on the
     * {@linkplain #overdueDay day} of {@code to}), ordered by opening day and reference.
     */
    public List<CaseLine> cases(String unitCode, Measure measure, YearMonth from, YearMonth to) {
        access.checkMayReadDetails(unitCode);
        LocalDate last = measure == Measure.OVERDUE ? overdueDay(to) : to.atEndOfMonth();
        return repository.cases(unitCode, measure, from.atDay(1), last);
    }

    /** The latest month in which a case was opened or closed. */
    public Optional<YearMonth> latestPeriod() {
        return latestMonth.get(Boolean.TRUE, changeLog.stamp(Topic.INVESTIGATIONS), repository::latestMonth);
    }

    /** This year's and last year's months: the two the figures compare. */
    @Override
    public List<YearMonth> periods() {
        YearMonth latest = latestPeriod().orElse(YearMonth.now());
        return java.util.stream.IntStream.rangeClosed(latest.getYear() - 1, latest.getYear())
                .boxed()
                .flatMap(y -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(y, m)))
                .toList();
    }

    /** Sets an enhet's target for andel sena (a setting; the demo data and admins set it). */
    @Transactional
    public void setLateShareTarget(String unitCode, int year, BigDecimal percent, String changedBy) {
        String before =
                repository.target(unitCode, year).map(BigDecimal::toPlainString).orElse(null);
        repository.setTarget(unitCode, year, percent);
        audit.record(
                changedBy,
                AuditKind.SETTING,
                unitCode,
                String.valueOf(year),
                "Mål för andel sena utredningar",
                before,
                percent.toPlainString());
        changeLog.record(
                Topic.INVESTIGATIONS,
                year,
                organisation.scope(java.util.stream.Stream.of(unitCode)),
                "change.investigations.target",
                changedBy);
    }

    /** Every enhet's target for the share of late investigations in a year (%). */
    public java.util.Map<String, BigDecimal> lateShareTargets(int year) {
        return repository.targets(year);
    }

    /** Copies the enheter's targets of one year to another (Nytt år); a target already set stays. */
    @org.springframework.transaction.annotation.Transactional
    public void copyLateShareTargets(int from, int to, String changedBy) {
        java.util.Map<String, BigDecimal> existing = repository.targets(to);
        repository.targets(from).forEach((unit, target) -> {
            if (!existing.containsKey(unit)) {
                setLateShareTarget(unit, to, target, changedBy);
            }
        });
    }
}
