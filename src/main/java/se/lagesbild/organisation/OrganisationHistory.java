package se.lagesbild.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every entity of the organisation with all its versions, read once: the organisation of any year
 * follows from it ({@link #at}), and so does today's ({@link #latest}).
 */
final class OrganisationHistory {

    private final List<StructureEntry> entries;
    /** The later versions of each entity (kind and code), oldest first. */
    private final Map<String, List<StructureEntry.Version>> versions;

    private final Map<Integer, Organisation> years = new ConcurrentHashMap<>();
    private volatile Organisation latest;

    OrganisationHistory(List<StructureEntry> entries, List<StructureEntry.Version> versions) {
        this.entries = List.copyOf(entries);
        this.versions = versions.stream()
                .sorted(Comparator.comparing(StructureEntry.Version::fromYear))
                .collect(Collectors.groupingBy(v -> key(v.kind(), v.code())));
    }

    private static String key(OrgKind kind, String code) {
        return kind + "/" + code;
    }

    /** The entities of a kind that exist in a year, with that year's attributes, in sort order. */
    List<StructureEntry> entries(OrgKind kind, int year) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.existsIn(year))
                .map(e -> inYear(e, year))
                .sorted(Comparator.comparingInt(StructureEntry::sortOrder).thenComparing(StructureEntry::code))
                .toList();
    }

    /** Every entity of a kind, whatever its years, with its newest attributes. */
    List<StructureEntry> entries(OrgKind kind) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .map(this::newest)
                .sorted(Comparator.comparingInt(StructureEntry::sortOrder).thenComparing(StructureEntry::code))
                .toList();
    }

    /** One entity's base row, if it exists. */
    java.util.Optional<StructureEntry> base(OrgKind kind, String code) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.code().equals(code))
                .findFirst();
    }

    /** One entity with the attributes of a year (existing that year or not). */
    java.util.Optional<StructureEntry> inYear(OrgKind kind, String code, int year) {
        return base(kind, code).map(e -> inYear(e, year));
    }

    /** An entity's versions, the first its own row: its history. */
    List<StructureEntry.Version> history(OrgKind kind, String code) {
        List<StructureEntry.Version> history = new ArrayList<>();
        base(kind, code)
                .ifPresent(e -> history.add(new StructureEntry.Version(
                        kind, code, e.firstYear(), e.parentCode(), e.name(), e.sortOrder(), e.financeCode(), null)));
        history.addAll(versions.getOrDefault(key(kind, code), List.of()));
        return history;
    }

    /** Every name an entity of a kind has had, each with its code: old names still resolve. */
    List<String[]> allNames(OrgKind kind) {
        List<String[]> names = new ArrayList<>();
        entries.stream().filter(e -> e.kind() == kind).forEach(e -> {
            names.add(new String[] {e.name(), e.code()});
            versions.getOrDefault(key(kind, e.code()), List.of())
                    .forEach(v -> names.add(new String[] {v.name(), e.code()}));
        });
        return names;
    }

    private StructureEntry inYear(StructureEntry entry, int year) {
        StructureEntry result = entry;
        for (StructureEntry.Version version : versions.getOrDefault(key(entry.kind(), entry.code()), List.of())) {
            if (version.fromYear() <= year) {
                result = result.with(version);
            }
        }
        return result;
    }

    private StructureEntry newest(StructureEntry entry) {
        List<StructureEntry.Version> list = versions.getOrDefault(key(entry.kind(), entry.code()), List.of());
        return list.isEmpty() ? entry : entry.with(list.getLast());
    }

    /** The organisation of a year: what exists that year, as it was that year. */
    Organisation at(int year) {
        return years.computeIfAbsent(year, y -> organisation(kind -> entries(kind, y), y));
    }

    /** Every entity there has been, each with its newest attributes (names as users know them today). */
    Organisation latest() {
        Organisation organisation = latest;
        if (organisation == null) {
            organisation = organisation(this::entries, null);
            latest = organisation;
        }
        return organisation;
    }

    private static Organisation organisation(
            java.util.function.Function<OrgKind, List<StructureEntry>> of, Integer year) {
        Committee committee = of.apply(OrgKind.COMMITTEE).stream()
                .findFirst()
                .map(c -> new Committee(c.code(), c.name()))
                .orElse(null);
        List<ActivityArea> areas = of.apply(OrgKind.AREA).stream()
                .map(a -> new ActivityArea(a.code(), a.parentCode(), a.name(), a.sortOrder()))
                .toList();
        Map<String, Integer> areaOrder =
                areas.stream().collect(Collectors.toMap(ActivityArea::code, ActivityArea::sortOrder, (a, b) -> a));
        List<Activity> activities = of.apply(OrgKind.ACTIVITY).stream()
                .sorted(Comparator.comparing(
                                (StructureEntry a) -> areaOrder.getOrDefault(a.parentCode(), Integer.MAX_VALUE))
                        .thenComparingInt(StructureEntry::sortOrder))
                .map(a -> new Activity(a.code(), a.parentCode(), a.name(), a.sortOrder(), a.firstYear(), a.lastYear()))
                .toList();
        List<Unit> units = of.apply(OrgKind.UNIT).stream()
                .map(u -> new Unit(
                        u.code(),
                        u.parentCode(),
                        u.name(),
                        u.sortOrder(),
                        year == null ? u.lastYear() == null : u.existsIn(year)))
                .toList();
        List<CostType> costTypes = of.apply(OrgKind.COST_TYPE).stream()
                .map(c -> new CostType(c.code(), c.parentCode(), c.name(), c.sortOrder(), c.income()))
                .toList();
        return new Organisation(committee, areas, activities, units, costTypes);
    }
}
