package se.lagesbild.kolada;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.security.Access;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * Jämförelser: the kommun's key figures beside other kommuner, groups and riket, from Kolada. A fetch
 * asks Kolada for every key figure's description, the kommuner and groups, and the values of the
 * chosen key figures for the kommun, the chosen kommuner and the members of the chosen groups; it
 * stores what changed as new versions, all in one transaction with a {@code KOLADA} change (open
 * pages update), or nothing when Kolada cannot be reached or answers something unreadable (then the
 * failed fetch is recorded and logged, and the stored values stay). Fetches run nightly
 * ({@code lagesbild.kolada.refresh-cron}) and when a controller asks.
 */
@Service
public class KoladaService {

    /** The demo data's values: recorded answers of Kolada's API v3. */
    public static final String DEMO_RECORDING = "kolada/demo-recording.json";

    static final String KPI = "KPI";
    static final String COMPARISON = "COMPARISON";
    private static final String SCHEDULE = "kolada-schema";
    private static final int YEARS_SHOWN = 10;

    private static final Logger log = LoggerFactory.getLogger(KoladaService.class);

    private final KoladaRepository repository;
    private final KoladaSettings settings;
    private final KoladaSource kolada;
    private final TransactionTemplate transaction;
    private final ChangeLog changeLog;
    private final Audit audit;
    private final Access access;

    KoladaService(
            KoladaRepository repository,
            KoladaSettings settings,
            TransactionTemplate transaction,
            ChangeLog changeLog,
            Audit audit,
            Access access) {
        this.repository = repository;
        this.settings = settings;
        this.kolada = new HttpKoladaSource(settings);
        this.transaction = transaction;
        this.changeLog = changeLog;
        this.audit = audit;
        this.access = access;
    }

    // ---------------------------------------------------------------- reading

    /** The kommun the comparisons are about. */
    public Place home() {
        return place(places(), settings.municipality());
    }

    /** The key figures compared, in the order chosen. */
    public List<Kpi> chosenKpis() {
        List<String> ids = kpiIds();
        Map<String, Kpi> byId = repository.kpis(ids).stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
        return ids.stream()
                .map(id -> byId.getOrDefault(id, new Kpi(id, id, null, null, false, false, null)))
                .toList();
    }

    /** The kommuner and groups compared with the kommun, in the order chosen. */
    public List<Place> chosenComparisons() {
        Map<String, Place> places = places();
        return comparisonIds().stream().map(id -> place(places, id)).toList();
    }

    /** Key figures whose id or title contains {@code text} (at most {@code limit}). */
    public List<Kpi> searchKpis(String text, int limit) {
        return repository.searchKpis(text == null ? "" : text.trim(), limit);
    }

    /** What the kommun can be compared with: riket, regioner, kommuner and groups, riket first. */
    public List<Place> comparable() {
        return repository.places().stream()
                .filter(p -> p.kind() != Place.Kind.UNIT && !p.id().equals(settings.municipality()))
                .sorted(Comparator.comparing((Place p) -> !p.id().equals(Municipality.RIKET))
                        .thenComparing(p -> p.kind() == Place.Kind.GROUP)
                        .thenComparing(Place::title))
                .toList();
    }

    /** A key figure for the kommun and its comparisons over the last ten years with values. */
    public Comparison comparison(Kpi kpi) {
        Map<String, Place> all = places();
        Place home = place(all, settings.municipality());
        List<Place> places = new ArrayList<>();
        places.add(home);
        comparisonIds().forEach(id -> places.add(place(all, id)));
        List<Place> units = kpi.hasOuData()
                ? all.values().stream()
                        .filter(p -> p.kind() == Place.Kind.UNIT && home.id().equals(p.type()))
                        .sorted(Comparator.comparing(Place::title))
                        .toList()
                : List.of();
        Set<String> asked = new LinkedHashSet<>();
        for (Place place : places) {
            asked.add(place.id());
            asked.addAll(place.members());
        }
        units.forEach(unit -> asked.add(unit.id()));
        Map<String, List<KpiValue>> byPlace =
                repository.values(kpi.id(), asked).stream().collect(Collectors.groupingBy(KpiValue::place));
        Map<String, Map<Integer, BigDecimal>> series = new LinkedHashMap<>();
        for (Place place : places) {
            series.put(
                    place.id(),
                    place.kind() == Place.Kind.GROUP
                            ? mean(place.members(), byPlace)
                            : byYear(byPlace.getOrDefault(place.id(), List.of()), KpiValue.TOTAL));
        }
        Map<String, Map<Integer, BigDecimal>> genders = new LinkedHashMap<>();
        if (kpi.dividedByGender()) {
            for (String gender : List.of("K", "M")) {
                Map<Integer, BigDecimal> values = byYear(byPlace.getOrDefault(home.id(), List.of()), gender);
                if (!values.isEmpty()) {
                    genders.put(gender, values);
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        series.values().forEach(values -> years.addAll(values.keySet()));
        List<Integer> shown =
                years.descendingSet().stream().limit(YEARS_SHOWN).sorted().toList();
        List<Comparison.Series> lines = new ArrayList<>();
        for (Place place : places) {
            lines.add(new Comparison.Series(
                    place.id(), place.title(), place.kind(), place == home, at(series.get(place.id()), shown)));
        }
        List<Comparison.Series> genderLines = new ArrayList<>();
        genders.forEach((gender, values) -> genderLines.add(
                new Comparison.Series(gender, gender, Place.Kind.MUNICIPALITY, true, at(values, shown))));
        List<Comparison.Series> unitLines = new ArrayList<>();
        for (Place unit : units) {
            Map<Integer, BigDecimal> values = byYear(byPlace.getOrDefault(unit.id(), List.of()), KpiValue.TOTAL);
            if (!values.isEmpty()) {
                unitLines.add(
                        new Comparison.Series(unit.id(), unit.title(), Place.Kind.UNIT, false, at(values, shown)));
            }
        }
        return new Comparison(kpi, shown, lines, genderLines, unitLines);
    }

    /** Every chosen key figure's comparison, in the order chosen (the report's section). */
    public List<Comparison> comparisons() {
        return chosenKpis().stream().map(this::comparison).toList();
    }

    /** The latest fetch, whether it succeeded or not. */
    public Optional<KoladaFetch> lastFetch() {
        return repository.lastFetch(false);
    }

    /** The latest fetch that stored what Kolada answered: when the values shown were fetched. */
    public Optional<KoladaFetch> lastSuccessfulFetch() {
        return repository.lastFetch(true);
    }

    /** Whether the user may fetch from Kolada and choose what is compared: controllers. */
    public boolean mayChange(String user) {
        return access.mayImport(user);
    }

    // ---------------------------------------------------------------- changing

    /** Chooses the key figures and the kommuner and groups compared; a controller's. */
    public void choose(List<String> kpis, List<String> comparisons, String user) {
        access.checkMayImport(user);
        transaction.executeWithoutResult(status -> {
            repository.replaceChoices(KPI, List.copyOf(new LinkedHashSet<>(kpis)), user);
            repository.replaceChoices(COMPARISON, List.copyOf(new LinkedHashSet<>(comparisons)), user);
            audit.record(
                    user,
                    AuditKind.SETTING,
                    null,
                    null,
                    "Jämförelser: " + String.join(", ", kpis) + " mot " + String.join(", ", comparisons),
                    null,
                    null);
            changeLog.record(Topic.KOLADA, null, null, "change.kolada.chosen", user);
        });
    }

    /** Fetches from Kolada now; a controller's. Returns how it went (a failure is recorded, not thrown). */
    public KoladaFetch refresh(String user) {
        access.checkMayImport(user);
        return fetch(kolada, user);
    }

    /** The nightly fetch ({@code lagesbild.kolada.refresh-cron}; "-" switches it off). */
    @Scheduled(cron = "${lagesbild.kolada.refresh-cron:0 30 3 * * *}")
    void nightly() {
        fetch(kolada, SCHEDULE);
    }

    /**
     * Stores the demo data's values: the recorded answers go through the same client and storage as
     * a fetch from Kolada. Chooses the recording's key figures and comparisons first.
     */
    public KoladaFetch loadDemo(List<String> kpis, List<String> comparisons, String recordedBy) {
        transaction.executeWithoutResult(status -> {
            repository.replaceChoices(KPI, kpis, recordedBy);
            repository.replaceChoices(COMPARISON, comparisons, recordedBy);
        });
        return fetch(RecordedKoladaSource.fromResource(DEMO_RECORDING), recordedBy);
    }

    /** Fetches through {@code source} and stores what changed; records a failure instead. */
    KoladaFetch fetch(KoladaSource source, String by) {
        Instant started = Instant.now();
        Counting counting = new Counting(source);
        KoladaClient client = new KoladaClient(counting);
        Answer answer;
        try {
            answer = ask(client);
        } catch (KoladaException e) {
            KoladaFetch.Outcome outcome = e.reason() == KoladaException.Reason.MALFORMED
                    ? KoladaFetch.Outcome.MALFORMED
                    : KoladaFetch.Outcome.UNREACHABLE;
            log.warn("Kolada: nothing fetched from {} ({}): {}", source.baseUrl(), outcome, e.getMessage());
            KoladaFetch failed = new KoladaFetch(0, started, Instant.now(), by, outcome, counting.requests.get(), 0);
            return transaction.execute(status -> {
                long id = repository.recordFetch(failed, source.baseUrl().toString(), e.getMessage());
                changeLog.record(Topic.KOLADA, null, null, "change.kolada.failed", by);
                return withId(failed, id, 0);
            });
        }
        KoladaFetch done =
                new KoladaFetch(0, started, Instant.now(), by, KoladaFetch.Outcome.OK, counting.requests.get(), 0);
        return transaction.execute(status -> {
            long id = repository.recordFetch(done, source.baseUrl().toString(), null);
            int versions = repository.appendKpis(answer.kpis(), id)
                    + repository.appendPlaces(answer.places(), id)
                    + repository.appendValues(answer.values(), id);
            if (versions > 0) {
                audit.record(
                        by,
                        AuditKind.IMPORT,
                        null,
                        null,
                        "Kolada: " + versions + " nya versioner från " + source.baseUrl(),
                        null,
                        null);
            }
            changeLog.record(Topic.KOLADA, null, null, "change.kolada.fetched", by);
            log.info(
                    "Kolada: {} requests, {} new versions, {} ms",
                    done.requests(),
                    versions,
                    java.time.Duration.between(started, Instant.now()).toMillis());
            return withId(done, id, versions);
        });
    }

    private record Answer(List<Kpi> kpis, List<Place> places, List<KpiValue> values) {}

    /** Everything one fetch asks Kolada, before anything is stored. */
    private Answer ask(KoladaClient client) {
        List<Kpi> kpis = client.kpis();
        List<Place> places = new ArrayList<>();
        client.municipalities().forEach(m -> places.add(Place.of(m)));
        Map<String, MunicipalityGroup> groups = new LinkedHashMap<>();
        client.municipalityGroups().forEach(g -> {
            groups.put(g.id(), g);
            places.add(Place.of(g));
        });
        Set<String> asked = new TreeSet<>();
        asked.add(settings.municipality());
        for (String id : comparisonIds()) {
            MunicipalityGroup group = groups.get(id);
            if (group != null) {
                asked.addAll(group.memberIds());
            } else {
                asked.add(id);
            }
        }
        List<KpiValue> values = new ArrayList<>(client.values(kpiIds(), asked, List.of()));
        // the kommun's own enheter, for the chosen key figures Kolada has unit values of (/oudata)
        Set<String> chosen = Set.copyOf(kpiIds());
        List<String> unitKpis = kpis.stream()
                .filter(k -> k.hasOuData() && chosen.contains(k.id()))
                .map(Kpi::id)
                .toList();
        if (!unitKpis.isEmpty()) {
            List<OrganisationalUnit> units = client.units(settings.municipality());
            units.forEach(u -> places.add(Place.of(u)));
            if (!units.isEmpty()) {
                values.addAll(client.unitValues(
                        unitKpis, units.stream().map(OrganisationalUnit::id).toList(), List.of()));
            }
        }
        return new Answer(kpis, places, values);
    }

    private List<String> kpiIds() {
        List<String> chosen = repository.choices(KPI);
        return chosen.isEmpty() ? settings.kpis() : chosen;
    }

    private List<String> comparisonIds() {
        List<String> chosen = repository.choices(COMPARISON);
        return chosen.isEmpty() ? settings.comparisons() : chosen;
    }

    private Map<String, Place> places() {
        return repository.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    private static Place place(Map<String, Place> places, String id) {
        return places.getOrDefault(id, new Place(id, Place.Kind.MUNICIPALITY, id, null, List.of()));
    }

    private static KoladaFetch withId(KoladaFetch fetch, long id, int versions) {
        return new KoladaFetch(
                id,
                fetch.startedAt(),
                fetch.finishedAt(),
                fetch.fetchedBy(),
                fetch.outcome(),
                fetch.requests(),
                versions);
    }

    private static Map<Integer, BigDecimal> byYear(List<KpiValue> values, String gender) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (KpiValue value : values) {
            if (value.gender().equals(gender) && value.value() != null) {
                byYear.put(value.year(), value.value());
            }
        }
        return byYear;
    }

    /** A group's value: the unweighted mean of its members' values of each year ("ovägt medel"). */
    private static Map<Integer, BigDecimal> mean(List<String> members, Map<String, List<KpiValue>> byPlace) {
        Map<Integer, List<BigDecimal>> byYear = new TreeMap<>();
        for (String member : members) {
            byYear(byPlace.getOrDefault(member, List.of()), KpiValue.TOTAL)
                    .forEach((year, value) ->
                            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(value));
        }
        Map<Integer, BigDecimal> means = new TreeMap<>();
        byYear.forEach((year, values) -> means.put(
                year,
                KoladaRepository.plain(values.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64))));
        return means;
    }

    private static List<BigDecimal> at(Map<Integer, BigDecimal> values, List<Integer> years) {
        List<BigDecimal> at = new ArrayList<>();
        for (Integer year : years) {
            at.add(values == null ? null : values.get(year));
        }
        return at;
    }

    /** Counts the requests a fetch sends (pages and split requests; retries are the source's). */
    private static final class Counting implements KoladaSource {
        private final KoladaSource source;
        private final AtomicInteger requests = new AtomicInteger();

        Counting(KoladaSource source) {
            this.source = source;
        }

        @Override
        public java.net.URI baseUrl() {
            return source.baseUrl();
        }

        @Override
        public String get(java.net.URI uri) {
            requests.incrementAndGet();
            return source.get(uri);
        }
    }
}
