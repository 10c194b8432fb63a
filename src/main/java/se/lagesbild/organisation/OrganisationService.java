package se.lagesbild.organisation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;

/**
 * The organisation per year (decisions/0008): reads it as it was in any year, resolves the names files
 * use, and changes it from a year on, keeping every earlier year as it was. The history is kept in
 * memory; every change is recorded in the change log (topic ORGANISATION) in its transaction, and
 * every node reads it anew when its follower sees that change.
 *
 * <p>The writes here validate and record the change; who may make them and the audit trail are
 * {@code structure.StructureService}'s, which every view and file import of the set-up calls (this
 * package is below security, so it cannot ask it).
 */
@Service
public class OrganisationService {

    /** The change notice's key when the organisation changed. */
    static final String CHANGED = "change.organisation";

    private final OrganisationRepository repository;
    private final ChangeLog changeLog;
    private volatile OrganisationHistory cached;

    OrganisationService(OrganisationRepository repository, ChangeLog changeLog, ChangeBroadcaster broadcaster) {
        this.repository = repository;
        this.changeLog = changeLog;
        broadcaster.register(Set.of(Topic.ORGANISATION), changes -> cached = null);
    }

    /** True until an organisation has been set up (a new, empty database). */
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /** Sets up the organisation of a new database: every entity from the beginning of time. */
    @Transactional
    public void create(
            Organisation organisation,
            String administrationCode,
            String administrationName,
            List<String[]> unitAliases,
            String changedBy) {
        Committee committee = organisation.committee();
        repository.insert(new StructureEntry(
                OrgKind.COMMITTEE, committee.code(), null, committee.name(), 1, null, null, null, false, null));
        repository.insert(new StructureEntry(
                OrgKind.ADMINISTRATION,
                administrationCode,
                committee.code(),
                administrationName,
                1,
                null,
                null,
                null,
                false,
                null));
        organisation
                .areas()
                .forEach(a -> repository.insert(new StructureEntry(
                        OrgKind.AREA,
                        a.code(),
                        a.committeeCode(),
                        a.name(),
                        a.sortOrder(),
                        null,
                        null,
                        null,
                        false,
                        null)));
        organisation.activities().forEach(a -> repository.insert(entry(a)));
        organisation
                .units()
                .forEach(u -> repository.insert(new StructureEntry(
                        OrgKind.UNIT,
                        u.code(),
                        u.administrationCode(),
                        u.name(),
                        u.sortOrder(),
                        null,
                        null,
                        null,
                        false,
                        null)));
        organisation
                .costTypes()
                .forEach(c -> repository.insert(new StructureEntry(
                        OrgKind.COST_TYPE,
                        c.code(),
                        c.parentCode(),
                        c.name(),
                        c.sortOrder(),
                        null,
                        null,
                        null,
                        c.income(),
                        null)));
        unitAliases.forEach(alias -> repository.insertAlias(OrgKind.UNIT, alias[0], alias[1]));
        changed(null, changedBy);
    }

    private static StructureEntry entry(Activity a) {
        return new StructureEntry(
                OrgKind.ACTIVITY,
                a.code(),
                a.areaCode(),
                a.name(),
                a.sortOrder(),
                null,
                a.firstYear(),
                a.lastYear(),
                false,
                null);
    }

    /** Adds a verksamhet (a new budget line, possibly for some years only). */
    @Transactional
    public void addActivity(Activity activity, String changedBy) {
        repository.insert(entry(activity));
        changed(new Change.Scope(activity.code(), activity.name()), changedBy);
    }

    /**
     * Records a change of the organisation for every node (their followers drop their copy when they
     * see it, this node's too, after the commit or rollback) and drops this node's copy at once.
     */
    private void changed(Change.Scope scope, String changedBy) {
        changeLog.record(Topic.ORGANISATION, null, scope, CHANGED, changedBy);
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        }
    }

    private OrganisationHistory history() {
        OrganisationHistory history = cached;
        if (history == null) {
            history = repository.load();
            cached = history;
        }
        return history;
    }

    /**
     * Every entity there has been, each with its newest name and place: for looking up a code's name
     * today. A year's figures read {@link #organisation(int)}.
     */
    public Organisation organisation() {
        return history().latest();
    }

    /** The organisation of a year: what existed that year, named and placed as it was that year. */
    public Organisation organisation(int year) {
        return history().at(year);
    }

    /**
     * What a change of the given verksamheter or enheter concerns, for the change log: the one
     * verksamhet or enhet with its name, or null when the codes name several (or none).
     */
    public Change.Scope scope(Stream<String> codes) {
        List<String> distinct = codes.distinct().limit(2).toList();
        if (distinct.size() != 1) {
            return null;
        }
        String code = distinct.getFirst();
        Organisation organisation = organisation();
        String name = organisation
                .activity(code)
                .map(Activity::name)
                .or(() -> organisation.unit(code).map(Unit::name))
                .orElse(code);
        return new Change.Scope(code, name);
    }

    /**
     * The enhet a name or code in a file or report means: code, canonical name (today's or an earlier
     * one), finance system code or known alias.
     */
    public Optional<Unit> resolveUnit(String nameOrCode) {
        Organisation organisation = organisation();
        String wanted = normalise(nameOrCode);
        Optional<Unit> direct = organisation.units().stream()
                .filter(u -> normalise(u.code()).equals(wanted)
                        || normalise(u.name()).equals(wanted))
                .findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        Map<String, String> codes = new HashMap<>();
        history().entries(OrgKind.UNIT).stream()
                .filter(u -> u.financeCode() != null)
                .forEach(u -> codes.put(normalise(u.financeCode()), u.code()));
        history().allNames(OrgKind.UNIT).forEach(n -> codes.putIfAbsent(normalise(n[0]), n[1]));
        repository.unitAliases().forEach(alias -> codes.putIfAbsent(normalise(alias[0]), alias[1]));
        return Optional.ofNullable(codes.get(wanted)).flatMap(organisation::unit);
    }

    /** The verksamhet a name or code in a file means: code, canonical name or known alias. */
    public Optional<Activity> resolveActivity(String nameOrCode) {
        return names().activity(nameOrCode);
    }

    /**
     * A snapshot for resolving many names at once (an import): verksamheter by code, finance system
     * code, name (today's and earlier ones) or alias (the activity_alias table), kostnadsslag by code,
     * finance system code or name, case- and space-insensitive.
     */
    public Names names() {
        Organisation organisation = organisation();
        OrganisationHistory history = history();
        Map<String, Activity> activities = new HashMap<>();
        repository
                .activityAliases()
                .forEach(alias -> organisation
                        .activity(alias[1])
                        .ifPresent(activity -> activities.put(normalise(alias[0]), activity)));
        history.allNames(OrgKind.ACTIVITY)
                .forEach(n -> organisation.activity(n[1]).ifPresent(a -> activities.put(normalise(n[0]), a)));
        organisation.activities().forEach(a -> activities.put(normalise(a.name()), a));
        history.entries(OrgKind.ACTIVITY).stream()
                .filter(e -> e.financeCode() != null)
                .forEach(e ->
                        organisation.activity(e.code()).ifPresent(a -> activities.put(normalise(e.financeCode()), a)));
        organisation.activities().forEach(a -> activities.put(normalise(a.code()), a));
        Map<String, CostType> costTypes = new HashMap<>();
        history.allNames(OrgKind.COST_TYPE)
                .forEach(n -> organisation.costTypesByCode().entrySet().stream()
                        .filter(c -> c.getKey().equals(n[1]))
                        .forEach(c -> costTypes.put(normalise(n[0]), c.getValue())));
        organisation.costTypes().forEach(c -> costTypes.put(normalise(c.name()), c));
        history.entries(OrgKind.COST_TYPE).stream()
                .filter(e -> e.financeCode() != null)
                .forEach(e -> costTypes.put(
                        normalise(e.financeCode()),
                        organisation.costTypesByCode().get(e.code())));
        organisation.costTypes().forEach(c -> costTypes.put(normalise(c.code()), c));
        return new Names(Map.copyOf(activities), Map.copyOf(costTypes));
    }

    /** Verksamheter and kostnadsslag by normalised code, name or alias; see {@link #names()}. */
    public record Names(Map<String, Activity> activities, Map<String, CostType> costTypes) {

        public Optional<Activity> activity(String nameOrCode) {
            return Optional.ofNullable(activities.get(normalise(nameOrCode)));
        }

        public Optional<CostType> costType(String nameOrCode) {
            return Optional.ofNullable(costTypes.get(normalise(nameOrCode)));
        }
    }

    /** A name as compared: NFC, trimmed, inner whitespace collapsed, lower case. */
    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ the set-up: entities per year

    /** The entities of a kind that exist in a year, as they are that year, in sort order. */
    public List<StructureEntry> entries(OrgKind kind, int year) {
        return history().entries(kind, year);
    }

    /** Every entity of a kind, whatever its years, with its newest attributes. */
    public List<StructureEntry> entries(OrgKind kind) {
        return history().entries(kind);
    }

    /** One entity as it is in a year (whether it exists that year or not). */
    public Optional<StructureEntry> entry(OrgKind kind, String code, int year) {
        return history().inYear(kind, code, year);
    }

    /** An entity's versions, oldest first: the first is its own row (from its first year). */
    public List<StructureEntry.Version> history(OrgKind kind, String code) {
        return history().history(kind, code);
    }

    /**
     * Creates an entity from a year, or changes one from a year on (rename, move to another parent,
     * sort order, finance code): the years before keep their version. Refused with what to tell the
     * user when the year is locked, the parent does not exist that year, the name is taken by another
     * entity of the kind that year, or a required field is missing. Returns what was before (null: new).
     */
    @Transactional
    public StructureEntry save(StructureEntry wanted, int fromYear, String changedBy) {
        checkNotLocked(fromYear);
        OrgKind kind = wanted.kind();
        String code = required(wanted.code(), "structure.error.codeRequired").strip();
        String name = required(wanted.name(), "structure.error.nameRequired").strip();
        if (!validCode(kind, code)) {
            throw new StructureException("structure.error.code", code, String.valueOf(kind.maxCodeLength()));
        }
        if (name.length() > 200) {
            throw new StructureException("structure.error.nameLength", String.valueOf(200));
        }
        String parent = wanted.parentCode() == null || wanted.parentCode().isBlank()
                ? null
                : wanted.parentCode().strip();
        if (parent == null && kind.parentRequired()) {
            throw new StructureException("structure.error.parentRequired", name);
        }
        if (parent != null) {
            if (kind.parentKind() == null
                    || history()
                            .inYear(kind.parentKind(), parent, fromYear)
                            .filter(p -> p.existsIn(fromYear))
                            .isEmpty()) {
                throw new StructureException("structure.error.parent", parent, String.valueOf(fromYear));
            }
            if (kind == OrgKind.COST_TYPE && parent.equals(code)) {
                throw new StructureException("structure.error.parent", parent, String.valueOf(fromYear));
            }
        }
        String finance = wanted.financeCode() == null || wanted.financeCode().isBlank()
                ? null
                : wanted.financeCode().strip();
        boolean nameTaken = history().entries(kind, fromYear).stream()
                .anyMatch(e -> !e.code().equals(code) && normalise(e.name()).equals(normalise(name)));
        if (nameTaken) {
            throw new StructureException("structure.error.nameTaken", name, String.valueOf(fromYear));
        }
        Optional<StructureEntry> existing = history().base(kind, code);
        StructureEntry before = existing.map(
                        e -> history().inYear(kind, code, fromYear).orElseThrow())
                .orElse(null);
        if (existing.isEmpty()) {
            // the first set-up, before Lägesbild knows any year, holds from the start: figures of earlier
            // years imported later land in it; once a year is known, what is new exists from its year
            repository.insert(new StructureEntry(
                    kind,
                    code,
                    parent,
                    name,
                    wanted.sortOrder(),
                    finance,
                    repository.years().isEmpty() ? null : fromYear,
                    wanted.lastYear(),
                    wanted.income(),
                    null));
        } else {
            StructureEntry base = existing.get();
            StructureEntry changed = new StructureEntry(
                    kind,
                    code,
                    parent,
                    name,
                    wanted.sortOrder(),
                    finance,
                    base.firstYear(),
                    base.lastYear(),
                    base.income(),
                    base.successorCode());
            if (changed.sameAttributes(before) && before.existsIn(fromYear)) {
                return before;
            }
            if (base.firstYear() != null && fromYear <= base.firstYear()) {
                repository.updateBase(changed);
                if (fromYear < base.firstYear()) {
                    repository.setYears(kind, code, fromYear, base.lastYear());
                }
            } else {
                repository.putVersion(changed, fromYear, changedBy);
            }
            if (!before.existsIn(fromYear)) {
                // reopened: it exists again from this year
                repository.setYears(
                        kind,
                        code,
                        base.firstYear() == null || base.firstYear() <= fromYear ? base.firstYear() : fromYear,
                        base.lastYear() != null && base.lastYear() < fromYear ? null : base.lastYear());
            }
        }
        changed(new Change.Scope(code, name), changedBy);
        return before;
    }

    /**
     * Closes an entity after a year: it exists no more from the year after. Refused when a later year
     * already has facts for it, or when it has entities under it the year after.
     */
    @Transactional
    public void close(OrgKind kind, String code, int lastYear, String changedBy) {
        checkNotLocked(lastYear + 1);
        StructureEntry entry =
                history().base(kind, code).orElseThrow(() -> new StructureException("structure.error.unknown", code));
        Integer factsUntil = repository.lastYearWithFacts(kind, code);
        if (factsUntil != null && factsUntil > lastYear) {
            throw new StructureException("structure.error.closeFacts", entry.name(), String.valueOf(factsUntil));
        }
        for (OrgKind child : OrgKind.values()) {
            if (child.parentKind() == kind
                    && history().entries(child, lastYear + 1).stream().anyMatch(c -> code.equals(c.parentCode()))) {
                throw new StructureException(
                        "structure.error.closeChildren", entry.name(), String.valueOf(lastYear + 1));
            }
        }
        if (entry.firstYear() != null && entry.firstYear() > lastYear) {
            throw new StructureException(
                    "structure.error.closeBeforeStart", entry.name(), String.valueOf(entry.firstYear()));
        }
        repository.setYears(kind, code, entry.firstYear(), lastYear);
        changed(new Change.Scope(code, entry.name()), changedBy);
    }

    /**
     * Merges one enhet into another from a year on: the first is closed after the year before, its
     * names become aliases of the other (so files naming it land there), and its earlier figures stay
     * its own.
     */
    @Transactional
    public void mergeUnit(String unitCode, String intoCode, int fromYear, String changedBy) {
        if (unitCode.equals(intoCode)) {
            throw new StructureException("structure.error.mergeSelf", unitCode);
        }
        StructureEntry into = history()
                .inYear(OrgKind.UNIT, intoCode, fromYear)
                .filter(u -> u.existsIn(fromYear))
                .orElseThrow(
                        () -> new StructureException("structure.error.parent", intoCode, String.valueOf(fromYear)));
        StructureEntry merged = history()
                .inYear(OrgKind.UNIT, unitCode, fromYear - 1)
                .orElseThrow(() -> new StructureException("structure.error.unknown", unitCode));
        close(OrgKind.UNIT, unitCode, fromYear - 1, changedBy);
        repository.setSuccessor(unitCode, intoCode);
        for (StructureEntry.Version version : history(OrgKind.UNIT, unitCode)) {
            if (repository.aliasOwner(OrgKind.UNIT, version.name()).isEmpty()) {
                repository.insertAlias(OrgKind.UNIT, version.name(), intoCode);
            }
        }
        changed(new Change.Scope(intoCode, into.name() + " ← " + merged.name()), changedBy);
    }

    /** Whether a code is one the kind may have: letters, digits, - _ and ., short enough for its table. */
    public static boolean validCode(OrgKind kind, String code) {
        return code.strip().matches("[A-Za-z0-9_\\-.ÅÄÖåäö]+") && code.strip().length() <= kind.maxCodeLength();
    }

    /** The aliases (spelling variants) of verksamheter or enheter: alias and the code it means. */
    public List<String[]> aliases(OrgKind kind) {
        return kind == OrgKind.UNIT ? repository.unitAliases() : repository.activityAliases();
    }

    /** Adds a spelling variant that files may use for an enhet or verksamhet. */
    @Transactional
    public void addAlias(OrgKind kind, String alias, String code, String changedBy) {
        String text = required(alias, "structure.error.aliasRequired").strip();
        if (text.length() > 200) {
            throw new StructureException("structure.error.nameLength", String.valueOf(200));
        }
        if (history().base(kind, code).isEmpty()) {
            throw new StructureException("structure.error.unknown", code);
        }
        Optional<String> owner = repository.aliasOwner(kind, text);
        if (owner.isPresent()) {
            if (owner.get().equals(code)) {
                return;
            }
            throw new StructureException("structure.error.aliasTaken", text, owner.get());
        }
        repository.insertAlias(kind, text, code);
        changed(new Change.Scope(code, text), changedBy);
    }

    @Transactional
    public void removeAlias(OrgKind kind, String alias, String changedBy) {
        repository.deleteAlias(kind, alias);
        changed(null, changedBy);
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new StructureException(key);
        }
        return value;
    }

    // ------------------------------------------------------------------ years

    /** The years Lägesbild knows: opened ones and those with economy facts, oldest first. */
    public List<PlanYear> years() {
        return repository.years();
    }

    /** A year's state; a year nobody opened counts as published. */
    public YearState yearState(int year) {
        return repository.state(year).orElse(YearState.PUBLISHED);
    }

    /** Refuses a change of a locked year with what to tell the user. */
    public void checkNotLocked(int year) {
        if (yearState(year) == YearState.LOCKED) {
            throw new StructureException("structure.error.locked", String.valueOf(year));
        }
    }

    /** Sets a year's state: draft (opened by Nytt år), published, locked. */
    @Transactional
    public void setYearState(int year, YearState state, String changedBy) {
        Objects.requireNonNull(state, "state");
        repository.putState(year, state, changedBy);
        changeLog.record(Topic.ORGANISATION, year, null, "change.structure.year", changedBy);
        cached = null;
    }
}
