package se.lagesbild.structure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.TextLimits;
import se.lagesbild.goals.Direction;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalSetup;
import se.lagesbild.goals.Indicator;
import se.lagesbild.goals.UnitGoal;
import se.lagesbild.goals.UnitOfMeasure;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.ledger.LedgerService;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.PlanYear;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.organisation.YearState;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The set-up of Lägesbild: the organisation per year, the kostnadsslag, the goal structure per year
 * and the years themselves. Every write checks that the user is an admin or a controller
 * ({@link Access#checkMayEditStructure}), is refused for a locked year, is audited (kind STRUCTURE)
 * and is recorded in the change log by the feature service it calls, all in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class StructureService {

    private final OrganisationService organisation;
    private final GoalSetup goals;
    private final InvestigationService investigations;
    private final LedgerService ledger;
    private final Access access;
    private final Audit audit;

    StructureService(
            OrganisationService organisation,
            GoalSetup goals,
            InvestigationService investigations,
            LedgerService ledger,
            Access access,
            Audit audit) {
        this.ledger = ledger;
        this.organisation = organisation;
        this.goals = goals;
        this.investigations = investigations;
        this.access = access;
        this.audit = audit;
    }

    public boolean mayEdit(String user) {
        return access.mayEditStructure(user);
    }

    // ------------------------------------------------------------------ organisation and kostnadsslag

    /** The entities of a kind in a year, as they were that year. */
    public List<StructureEntry> entries(OrgKind kind, int year) {
        return organisation.entries(kind, year);
    }

    /** Every entity of a kind, whatever its years (closed ones too), with its newest attributes. */
    public List<StructureEntry> allEntries(OrgKind kind) {
        return organisation.entries(kind);
    }

    public Optional<StructureEntry> entry(OrgKind kind, String code, int year) {
        return organisation.entry(kind, code, year);
    }

    /** An entity's versions, oldest first. */
    public List<StructureEntry.Version> history(OrgKind kind, String code) {
        return organisation.history(kind, code);
    }

    /** Creates an entity from a year, or changes it from a year on; the years before keep theirs. */
    @Transactional
    public void save(StructureEntry entry, int fromYear, String user) {
        access.checkMayEditStructure(user);
        applyEntry(entry, fromYear, user);
    }

    /** What a change did: added, changed or left as it was. */
    enum Applied {
        ADDED,
        CHANGED,
        UNCHANGED
    }

    /** {@link #save} for a caller that has checked who may (a struktur file's import). */
    Applied applyEntry(StructureEntry entry, int fromYear, String user) {
        bounded(entry.name(), TextLimits.STRUCTURE_NAME);
        bounded(entry.financeCode(), TextLimits.FINANCE_CODE);
        StructureEntry before = organisation.save(entry, fromYear, user);
        if (before != null && before.sameAttributes(entry) && before.existsIn(fromYear)) {
            return Applied.UNCHANGED;
        }
        audit.record(
                user,
                AuditKind.STRUCTURE,
                entry.kind() == OrgKind.UNIT ? entry.code() : null,
                String.valueOf(fromYear),
                entry.kind().name() + " " + entry.code() + " från " + fromYear,
                before == null ? null : describe(before),
                describe(entry));
        return before == null ? Applied.ADDED : Applied.CHANGED;
    }

    /** Closes an entity after a year. */
    @Transactional
    public void close(OrgKind kind, String code, int lastYear, String user) {
        access.checkMayEditStructure(user);
        organisation.close(kind, code, lastYear, user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                kind == OrgKind.UNIT ? code : null,
                String.valueOf(lastYear),
                kind.name() + " " + code + " avslutas efter " + lastYear,
                null,
                null);
    }

    /** Merges an enhet into another from a year on. */
    @Transactional
    public void mergeUnit(String unitCode, String intoCode, int fromYear, String user) {
        access.checkMayEditStructure(user);
        organisation.mergeUnit(unitCode, intoCode, fromYear, user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                intoCode,
                String.valueOf(fromYear),
                "UNIT " + unitCode + " slås ihop med " + intoCode + " från " + fromYear,
                unitCode,
                intoCode);
    }

    /** The spelling variants of enheter or verksamheter: alias and the code it means. */
    public List<String[]> aliases(OrgKind kind) {
        return organisation.aliases(kind);
    }

    @Transactional
    public void addAlias(OrgKind kind, String alias, String code, String user) {
        access.checkMayEditStructure(user);
        applyAlias(kind, alias, code, user);
    }

    void applyAlias(OrgKind kind, String alias, String code, String user) {
        organisation.addAlias(kind, alias, code, user);
        audit.record(user, AuditKind.STRUCTURE, null, null, kind.name() + " alias: " + alias, null, code);
    }

    @Transactional
    public void removeAlias(OrgKind kind, String alias, String user) {
        access.checkMayEditStructure(user);
        organisation.removeAlias(kind, alias, user);
        audit.record(user, AuditKind.STRUCTURE, null, null, kind.name() + " alias: " + alias, alias, null);
    }

    private static String describe(StructureEntry e) {
        return e.name() + (e.parentCode() == null ? "" : " under " + e.parentCode()) + ", sortering " + e.sortOrder()
                + (e.financeCode() == null ? "" : ", ekonomikod " + e.financeCode());
    }

    // ------------------------------------------------------------------ goal structure

    public List<GoalArea> goalAreas(int year) {
        return goals.goalAreas(year);
    }

    public List<UnitGoal> unitGoals(int year) {
        return goals.unitGoals(year);
    }

    public List<Indicator> indicators(int year) {
        return goals.indicators(year);
    }

    public Map<String, BigDecimal> lateShareTargets(int year) {
        return investigations.lateShareTargets(year);
    }

    /** A målområde of a year: the förvaltning's indicator, its target share and Gul threshold. */
    public record GoalAreaForm(
            Long id,
            int year,
            int number,
            String shortName,
            String title,
            String indicatorName,
            BigDecimal targetShare,
            BigDecimal yellowThreshold) {}

    /** Creates or changes a målområde. */
    @Transactional
    public long saveGoalArea(GoalAreaForm form, String user) {
        access.checkMayEditStructure(user);
        return applyGoalArea(form, user);
    }

    /** {@link #saveGoalArea} for a caller that has checked who may. */
    long applyGoalArea(GoalAreaForm form, String user) {
        organisation.checkNotLocked(form.year());
        required(form.shortName(), "structure.error.nameRequired");
        required(form.title(), "structure.error.titleRequired");
        required(form.indicatorName(), "structure.error.indicatorRequired");
        bounded(form.shortName(), TextLimits.GOAL_SHORT_NAME);
        bounded(form.title(), TextLimits.GOAL_TEXT);
        bounded(form.indicatorName(), TextLimits.GOAL_TEXT);
        percent(form.targetShare());
        percent(form.yellowThreshold());
        if (form.number() < 1 || form.number() > 99) {
            throw new StructureException("structure.error.goalAreaNumber", form.number());
        }
        Optional<GoalArea> before = goals.goalAreas(form.year()).stream()
                .filter(a -> form.id() == null ? a.number() == form.number() : a.id() == form.id())
                .findFirst();
        long id;
        if (form.id() == null) {
            if (before.isPresent()) {
                throw new StructureException("structure.error.goalAreaTaken", form.number(), form.year());
            }
            id = goals.createGoalArea(
                    form.year(),
                    form.number(),
                    form.shortName().strip(),
                    form.title().strip(),
                    form.indicatorName().strip(),
                    form.targetShare(),
                    form.yellowThreshold());
        } else {
            id = before.orElseThrow(() -> new StructureException("structure.error.unknown", form.id()))
                    .id();
            goals.updateGoalArea(
                    id,
                    form.shortName().strip(),
                    form.title().strip(),
                    form.indicatorName().strip(),
                    form.targetShare(),
                    form.yellowThreshold());
        }
        goals.structureChanged(form.year(), user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                null,
                String.valueOf(form.year()),
                "Målområde " + form.number() + " " + form.year(),
                before.map(StructureService::describe).orElse(null),
                form.shortName() + ", målnivå " + plain(form.targetShare()) + " %, Gul-gräns "
                        + plain(form.yellowThreshold()) + " %");
        return id;
    }

    private static String describe(GoalArea a) {
        return a.shortName() + ", målnivå " + plain(a.targetShare()) + " %, Gul-gräns " + plain(a.yellowThreshold())
                + " %";
    }

    /** An indicator an enhet reports under its enhetsmål in a målområde of a year. */
    public record IndicatorForm(
            Long id,
            int year,
            int areaNumber,
            String unitCode,
            String unitGoal,
            String name,
            Direction direction,
            UnitOfMeasure unitOfMeasure,
            BigDecimal target,
            BigDecimal yellowThreshold,
            int sortOrder) {}

    /** Creates or changes an indicator and the enhetsmål it measures (created when the enhet has none). */
    @Transactional
    public long saveIndicator(IndicatorForm form, String user) {
        access.checkMayEditStructure(user);
        return applyIndicator(form, user);
    }

    /** {@link #saveIndicator} for a caller that has checked who may. */
    long applyIndicator(IndicatorForm form, String user) {
        organisation.checkNotLocked(form.year());
        required(form.name(), "structure.error.nameRequired");
        required(form.unitGoal(), "structure.error.unitGoalRequired");
        bounded(form.name(), TextLimits.GOAL_TEXT);
        bounded(form.unitGoal(), TextLimits.UNIT_GOAL);
        if (form.direction() == null || form.unitOfMeasure() == null || form.target() == null) {
            throw new StructureException("structure.error.indicatorFields");
        }
        percent(form.yellowThreshold());
        GoalArea area = goals.goalAreas(form.year()).stream()
                .filter(a -> a.number() == form.areaNumber())
                .findFirst()
                .orElseThrow(() -> new StructureException(
                        "structure.error.parent", String.valueOf(form.areaNumber()), form.year()));
        if (organisation.organisation(form.year()).unit(form.unitCode()).isEmpty()) {
            throw new StructureException("structure.error.parent", String.valueOf(form.unitCode()), form.year());
        }
        Optional<UnitGoal> unitGoal = goals.unitGoals(form.year()).stream()
                .filter(g -> g.goalAreaId() == area.id() && g.unitCode().equals(form.unitCode()))
                .findFirst();
        long unitGoalId;
        if (unitGoal.isEmpty()) {
            unitGoalId = goals.createUnitGoal(
                    area.id(), form.unitCode(), form.unitGoal().strip());
        } else {
            unitGoalId = unitGoal.get().id();
            if (!unitGoal.get().description().equals(form.unitGoal().strip())) {
                goals.updateUnitGoal(unitGoalId, form.unitGoal().strip());
            }
        }
        Optional<Indicator> before = form.id() == null
                ? Optional.empty()
                : goals.indicators(form.year()).stream()
                        .filter(i -> i.id() == form.id())
                        .findFirst();
        long id;
        if (form.id() == null) {
            id = goals.createIndicator(
                    unitGoalId,
                    form.name().strip(),
                    form.direction(),
                    form.unitOfMeasure(),
                    form.target(),
                    form.yellowThreshold(),
                    form.sortOrder());
        } else {
            Indicator indicator =
                    before.orElseThrow(() -> new StructureException("structure.error.unknown", form.id()));
            if (indicator.goalAreaId() != area.id() || !indicator.unitCode().equals(form.unitCode())) {
                throw new StructureException("structure.error.indicatorMoved");
            }
            id = indicator.id();
            goals.updateIndicator(
                    id,
                    form.name().strip(),
                    form.direction(),
                    form.unitOfMeasure(),
                    form.target(),
                    form.yellowThreshold(),
                    form.sortOrder());
        }
        goals.structureChanged(form.year(), user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                form.unitCode(),
                String.valueOf(form.year()),
                "Indikator " + form.name().strip() + " (målområde " + form.areaNumber() + ")",
                before.map(i -> "målnivå " + plain(i.target()) + ", Gul-gräns " + plain(i.yellowThreshold()) + " %")
                        .orElse(null),
                "målnivå " + plain(form.target()) + ", Gul-gräns " + plain(form.yellowThreshold()) + " %");
        return id;
    }

    /** Sets an enhet's target for the share of late investigations in a year (%). */
    @Transactional
    public void setLateShareTarget(String unitCode, int year, BigDecimal percent, String user) {
        access.checkMayEditStructure(user);
        applyLateShareTarget(unitCode, year, percent, user);
    }

    /** {@link #setLateShareTarget} for a caller that has checked who may. */
    void applyLateShareTarget(String unitCode, int year, BigDecimal percent, String user) {
        organisation.checkNotLocked(year);
        percent(percent);
        if (organisation.organisation(year).unit(unitCode).isEmpty()) {
            throw new StructureException("structure.error.parent", unitCode, year);
        }
        investigations.setLateShareTarget(unitCode, year, percent, user);
    }

    /** A number as the audit trail shows it: "60", "12.5". */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A text longer than its column: refused in Swedish before the database is asked (base.TextLimits). */
    private static void bounded(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new StructureException(
                    "structure.error.tooLong", TextLimits.cut(value.strip(), 30), String.valueOf(max));
        }
    }

    private static void required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new StructureException(key);
        }
    }

    private static void percent(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new StructureException("structure.error.percent", value == null ? "" : plain(value));
        }
    }

    // ------------------------------------------------------------------ years

    /** The years, oldest first, with their states. */
    public List<PlanYear> years() {
        return organisation.years();
    }

    public YearState yearState(int year) {
        return organisation.yearState(year);
    }

    /**
     * Nytt år: opens the year after the latest as a draft, with a copy of the latest year's goal
     * structure and the enheter's targets for late investigations; the organisation carries on as it
     * is (decisions/0008) and is changed "from" the new year. Returns the new year.
     */
    @Transactional
    public int openNextYear(String user) {
        access.checkMayEditStructure(user);
        List<PlanYear> years = organisation.years();
        int from = years.isEmpty()
                ? java.time.Year.now().getValue() - 1
                : years.getLast().year();
        int year = from + 1;
        organisation.setYearState(year, YearState.DRAFT, user);
        int areas = goals.copyStructure(from, year);
        goals.structureChanged(year, user);
        investigations.copyLateShareTargets(from, year, user);
        int ranges = ledger.copyYear(from, year, user);
        audit.record(
                user,
                AuditKind.STRUCTURE,
                null,
                String.valueOf(year),
                "Nytt år " + year + " öppnat som utkast, kopierat från " + from + " (" + areas + " målområden, "
                        + ranges + " kontointervall)",
                null,
                YearState.DRAFT.name());
        return year;
    }

    /** Publishes a draft year: budgets may be imported from now on. */
    @Transactional
    public void publish(int year, String user) {
        changeState(year, YearState.DRAFT, YearState.PUBLISHED, user);
    }

    /** Locks a published year: no more facts. */
    @Transactional
    public void lock(int year, String user) {
        changeState(year, YearState.PUBLISHED, YearState.LOCKED, user);
    }

    private void changeState(int year, YearState from, YearState to, String user) {
        access.checkMayEditStructure(user);
        YearState now = organisation.yearState(year);
        if (now != from) {
            throw new StructureException(
                    "structure.error.yearState", year, se.lagesbild.base.SwedishTexts.swedish(now.labelKey()));
        }
        organisation.setYearState(year, to, user);
        audit.record(user, AuditKind.STRUCTURE, null, String.valueOf(year), "År " + year, from.name(), to.name());
    }
}
