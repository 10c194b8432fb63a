package se.lagesbild.economy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.PeriodSource;
import se.lagesbild.economy.EconomyLine.Level;
import se.lagesbild.economy.EconomyRepository.CellKey;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.StampedCache;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.ActivityArea;
import se.lagesbild.organisation.CostType;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/** The economy's figures: every sum and deviation of every view, export and slide comes from here. */
@Service
@Transactional(readOnly = true)
public class EconomyService implements PeriodSource {

    private final EconomyRepository repository;
    private final OrganisationService organisationService;
    private final ChangeLog changeLog;
    private final Audit audit;
    private final StampedCache<YearKey, Map<Integer, Map<CellKey, BigDecimal>>> cache = new StampedCache<>(64);
    /** The years with facts: every view asks on every change, to offer its periods. */
    private final StampedCache<Boolean, List<Integer>> years = new StampedCache<>(1);

    EconomyService(
            EconomyRepository repository, OrganisationService organisationService, ChangeLog changeLog, Audit audit) {
        this.audit = audit;
        this.repository = repository;
        this.organisationService = organisationService;
        this.changeLog = changeLog;
    }

    /**
     * Records facts, each as a new version of its key (a correction never overwrites), and tells
     * every open view. {@code summary} is the notice users see, e.g. "Utfall augusti 2021".
     */
    @Transactional
    public void record(
            FactKind kind, List<AmountFact> facts, String summary, String recordedBy, String reason, Long importId) {
        facts.stream().map(AmountFact::year).distinct().forEach(organisationService::checkNotLocked);
        repository.append(kind, facts, recordedBy, reason, importId);
        Integer year = facts.stream().map(AmountFact::year).distinct().count() == 1
                ? facts.getFirst().year()
                : null;
        audit.record(
                recordedBy,
                AuditKind.FACT_VERSION,
                null,
                year == null ? null : year.toString(),
                kind.name() + ": " + facts.size() + " nya versioner (" + reason + ")",
                null,
                null);
        changeLog.record(
                Topic.ECONOMY,
                year,
                organisationService.scope(facts.stream().map(AmountFact::activityCode)),
                summary,
                recordedBy);
    }

    /** The current amount of every key of one kind in a year, to compare an import with. */
    public Map<AmountFact.Key, BigDecimal> current(FactKind kind, int year) {
        Map<AmountFact.Key, BigDecimal> current = new java.util.HashMap<>();
        yearFacts(kind, year)
                .forEach((month, cells) -> cells.forEach((cell, amount) -> current.put(
                        new AmountFact.Key(year, month, cell.activityCode(), cell.costTypeCode()), amount)));
        return current;
    }

    /** Whether a year has any facts of a kind (from the kept facts: cheap on every refresh). */
    public boolean hasFacts(FactKind kind, int year) {
        return !yearFacts(kind, year).isEmpty();
    }

    /** A locked (closed) year takes no more facts. */
    public boolean isLocked(int year) {
        return organisationService.yearState(year) == YearState.LOCKED;
    }

    /** A year's state: a draft year takes no budget yet, a locked one no facts at all. */
    public YearState yearState(int year) {
        return organisationService.yearState(year);
    }

    /** The latest month with utfall: the period a user sees first. */
    public Optional<YearMonth> latestPeriod() {
        return repository.latestActualMonth();
    }

    /** Every month of the years that have economic facts, to choose a period from. */
    public List<YearMonth> periods() {
        return years.get(Boolean.TRUE, changeLog.stamp(Topic.ECONOMY), repository::years).stream()
                .flatMap(year -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)))
                .toList();
    }

    /** Budgetavvikelse per verksamhet: the nämnd → verksamhetsområde → verksamhet table. */
    public EconomyReport report(YearMonth period) {
        Organisation organisation = organisationService.organisation(period.getYear());
        Cube cube = cube(period);
        int year = period.getYear();
        List<EconomyLine> areas = organisation.areas().stream()
                .map(area -> areaLine(organisation, cube, area, year))
                .filter(line -> !line.children().isEmpty())
                .toList();
        Figures total = areas.stream().map(EconomyLine::figures).reduce(Figures.ZERO, Figures::plus);
        EconomyLine committee = new EconomyLine(
                Level.COMMITTEE,
                organisation.committee().code(),
                organisation.committee().name(),
                total,
                areas);
        return new EconomyReport(period, cube.round, cube.previousRound, committee);
    }

    /** Resultaträkning for the nämnd ({@code scopeCode} = its code), an area or a verksamhet. */
    public IncomeStatement incomeStatement(YearMonth period, String scopeCode) {
        Organisation organisation = organisationService.organisation(period.getYear());
        Cube cube = cube(period);
        Predicate<CellKey> inScope = scope(organisation, scopeCode);
        Map<String, CostType> costTypes = organisation.costTypesByCode();
        List<EconomyLine> lines = organisation.costTypes().stream()
                .filter(c -> c.parentCode() == null)
                .map(top -> costTypeLine(organisation, cube, inScope, top))
                .toList();
        Figures totalCosts = lines.stream()
                .filter(l -> !costTypes.get(l.code()).income())
                .map(EconomyLine::figures)
                .reduce(Figures.ZERO, Figures::plus);
        Figures result = lines.stream().map(EconomyLine::figures).reduce(Figures.ZERO, Figures::plus);
        return new IncomeStatement(period, scopeCode, lines, totalCosts, result);
    }

    /**
     * The months of a year for the nämnd, an area or a verksamhet ({@code scopeCode}): utfall and
     * budget per month and cumulative, and the full-year prognos of each forecast round made.
     */
    public YearSeries yearSeries(int year, String scopeCode) {
        Predicate<CellKey> inScope = scope(organisationService.organisation(year), scopeCode);
        Map<Integer, Map<CellKey, BigDecimal>> actual = yearFacts(FactKind.ACTUAL, year);
        Map<Integer, Map<CellKey, BigDecimal>> budget = yearFacts(FactKind.BUDGET, year);
        Map<Integer, Map<CellKey, BigDecimal>> forecast = yearFacts(FactKind.FORECAST, year);
        java.util.List<YearSeries.Month> months = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new YearSeries.Month(
                    month,
                    actual.containsKey(month) ? Cube.total(actual.get(month), inScope) : null,
                    Cube.total(budget.getOrDefault(month, Map.of()), inScope),
                    forecast.containsKey(month) ? Cube.total(forecast.get(month), inScope) : null));
        }
        return new YearSeries(year, scopeCode, months);
    }

    private EconomyLine areaLine(Organisation organisation, Cube cube, ActivityArea area, int year) {
        List<EconomyLine> activities = organisation.activitiesOf(area.code(), year).stream()
                .map(activity -> activityLine(cube, activity))
                .toList();
        Figures sum = activities.stream().map(EconomyLine::figures).reduce(Figures.ZERO, Figures::plus);
        return new EconomyLine(Level.AREA, area.code(), area.name(), sum, activities);
    }

    private static EconomyLine activityLine(Cube cube, Activity activity) {
        return new EconomyLine(
                Level.ACTIVITY,
                activity.code(),
                activity.name(),
                cube.sum(cell -> cell.activityCode().equals(activity.code())),
                List.of());
    }

    private EconomyLine costTypeLine(Organisation organisation, Cube cube, Predicate<CellKey> inScope, CostType type) {
        List<EconomyLine> children = organisation.childrenOf(type.code()).stream()
                .map(child -> costTypeLine(organisation, cube, inScope, child))
                .toList();
        Figures figures = children.isEmpty()
                ? cube.sum(inScope.and(cell -> cell.costTypeCode().equals(type.code())))
                : children.stream().map(EconomyLine::figures).reduce(Figures.ZERO, Figures::plus);
        return new EconomyLine(Level.COST_TYPE, type.code(), type.name(), figures, children);
    }

    private static Predicate<CellKey> scope(Organisation organisation, String scopeCode) {
        if (organisation.committee().code().equals(scopeCode)) {
            return cell -> true;
        }
        if (organisation.area(scopeCode).isPresent()) {
            return cell -> organisation
                    .activity(cell.activityCode())
                    .map(a -> a.areaCode().equals(scopeCode))
                    .orElse(false);
        }
        return cell -> cell.activityCode().equals(scopeCode);
    }

    private Cube cube(YearMonth period) {
        int year = period.getYear();
        int month = period.getMonthValue();
        Map<Integer, Map<CellKey, BigDecimal>> actual = yearFacts(FactKind.ACTUAL, year);
        Map<Integer, Map<CellKey, BigDecimal>> budget = yearFacts(FactKind.BUDGET, year);
        Map<Integer, Map<CellKey, BigDecimal>> forecast = yearFacts(FactKind.FORECAST, year);
        Integer round = latestRound(forecast, month);
        Integer previousRound = round == null ? null : latestRound(forecast, round - 1);
        return new Cube(
                round,
                previousRound,
                sumMonths(actual, month),
                sumMonths(budget, month),
                sumMonths(budget, 12),
                round == null ? null : forecast.get(round),
                previousRound == null ? null : forecast.get(previousRound));
    }

    private static Integer latestRound(Map<Integer, Map<CellKey, BigDecimal>> forecast, int month) {
        return forecast.keySet().stream()
                .filter(round -> round <= month)
                .max(Integer::compare)
                .orElse(null);
    }

    /** Sums per cell of months 1..{@code month}. */
    private static Map<CellKey, BigDecimal> sumMonths(Map<Integer, Map<CellKey, BigDecimal>> months, int month) {
        Map<CellKey, BigDecimal> sums = new java.util.HashMap<>();
        months.forEach((m, cells) -> {
            if (m <= month) {
                cells.forEach((cell, amount) -> sums.merge(cell, amount, BigDecimal::add));
            }
        });
        return sums;
    }

    /**
     * The current facts of a kind and year, kept in memory until the next economy change of that
     * year (the change log, which every node shares, tells when they are stale).
     */
    private Map<Integer, Map<CellKey, BigDecimal>> yearFacts(FactKind kind, int year) {
        ChangeLog.Stamp stamp = changeLog.stamp(Topic.ECONOMY, year);
        return cache.get(new YearKey(kind, year), stamp, () -> repository.yearFacts(kind, year));
    }

    private record YearKey(FactKind kind, int year) {}

    /** The facts of one period per verksamhet × kostnadsslag. */
    private record Cube(
            Integer round,
            Integer previousRound,
            Map<CellKey, BigDecimal> actual,
            Map<CellKey, BigDecimal> budget,
            Map<CellKey, BigDecimal> budgetYear,
            Map<CellKey, BigDecimal> forecast,
            Map<CellKey, BigDecimal> previousForecast) {

        Figures sum(Predicate<CellKey> cells) {
            return new Figures(
                    total(actual, cells),
                    total(budget, cells),
                    forecast == null ? null : total(forecast, cells),
                    total(budgetYear, cells),
                    previousForecast == null ? null : total(previousForecast, cells));
        }

        static BigDecimal total(Map<CellKey, BigDecimal> values, Predicate<CellKey> cells) {
            return values.entrySet().stream()
                    .filter(e -> cells.test(e.getKey()))
                    .map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
