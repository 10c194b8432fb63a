package se.lagesbild.organisation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.live.Change;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;

/**
 * Reads the organisation; resolves the spelling variants of unit names to one enhet. The organisation
 * is kept in memory; every change of it is recorded in the change log (topic ORGANISATION) in its
 * transaction, and every node reads it anew when its follower sees that change.
 */
@Service
public class OrganisationService {

    /** The change notice's key when the organisation changed. */
    static final String CHANGED = "change.organisation";

    private final OrganisationRepository repository;
    private final ChangeLog changeLog;
    private volatile Organisation cached;

    OrganisationService(OrganisationRepository repository, ChangeLog changeLog, ChangeBroadcaster broadcaster) {
        this.repository = repository;
        this.changeLog = changeLog;
        broadcaster.register(Set.of(Topic.ORGANISATION), changes -> cached = null);
    }

    /** True until an organisation has been set up (a new, empty database). */
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /** Sets up the organisation of a new database. */
    @Transactional
    public void create(
            Organisation organisation,
            String administrationCode,
            String administrationName,
            List<String[]> unitAliases,
            String changedBy) {
        repository.insert(organisation, administrationCode, administrationName, unitAliases);
        changed(null, changedBy);
    }

    /** Adds a verksamhet (a new budget line, possibly for some years only). */
    @Transactional
    public void addActivity(Activity activity, String changedBy) {
        repository.insertActivity(activity);
        changed(new Change.Scope(activity.code(), activity.name()), changedBy);
    }

    /**
     * Records a change of the organisation for every node (their followers drop their copy when they
     * see it, this node's too, after the commit) and drops this node's copy at once.
     */
    private void changed(Change.Scope scope, String changedBy) {
        changeLog.record(Topic.ORGANISATION, null, scope, CHANGED, changedBy);
        cached = null;
    }

    /** The organisation; read once and kept, as it changes only when an admin changes it. */
    public Organisation organisation() {
        Organisation organisation = cached;
        if (organisation == null) {
            organisation = repository.load();
            cached = organisation;
        }
        return organisation;
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

    /** The enhet a name or code in a file or report means: code, canonical name or known alias. */
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
        return repository.unitAliases().stream()
                .filter(alias -> normalise(alias[0]).equals(wanted))
                .findFirst()
                .flatMap(alias -> organisation.unit(alias[1]));
    }

    /** The verksamhet a name or code in a file means: code, canonical name or known alias. */
    public Optional<Activity> resolveActivity(String nameOrCode) {
        return names().activity(nameOrCode);
    }

    /**
     * A snapshot for resolving many names at once (an import): verksamheter by code, name or alias
     * (the activity_alias table), kostnadsslag by code or name, case- and space-insensitive.
     */
    public Names names() {
        Organisation organisation = organisation();
        Map<String, Activity> activities = new HashMap<>();
        repository
                .activityAliases()
                .forEach(alias -> organisation
                        .activity(alias[1])
                        .ifPresent(activity -> activities.put(normalise(alias[0]), activity)));
        organisation.activities().forEach(a -> activities.put(normalise(a.name()), a));
        organisation.activities().forEach(a -> activities.put(normalise(a.code()), a));
        Map<String, CostType> costTypes = new HashMap<>();
        organisation.costTypes().forEach(c -> costTypes.put(normalise(c.name()), c));
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
}
