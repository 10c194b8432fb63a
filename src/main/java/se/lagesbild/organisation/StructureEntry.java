package se.lagesbild.organisation;

import java.util.Objects;

/**
 * An entity of the organisation as it is in a year (or as a version from a year): its code, its
 * parent (the nämnd, verksamhetsområde, förvaltning or parent kostnadsslag), name, sort order, the code
 * the finance system writes for it, the years it exists ({@code null}: no limit) and, for a
 * kostnadsslag, whether it is income; for an enhet merged into another, that one.
 */
public record StructureEntry(
        OrgKind kind,
        String code,
        String parentCode,
        String name,
        int sortOrder,
        String financeCode,
        Integer firstYear,
        Integer lastYear,
        boolean income,
        String successorCode) {

    public StructureEntry {
        Objects.requireNonNull(kind, "kind");
    }

    public boolean existsIn(int year) {
        return (firstYear == null || firstYear <= year) && (lastYear == null || lastYear >= year);
    }

    /** The same entity with the attributes of a version (the years it exists stay). */
    StructureEntry with(Version version) {
        return new StructureEntry(
                kind,
                code,
                version.parentCode(),
                version.name(),
                version.sortOrder(),
                version.financeCode(),
                firstYear,
                lastYear,
                income,
                successorCode);
    }

    /** Whether the attributes a version holds equal another entry's. */
    public boolean sameAttributes(StructureEntry other) {
        return Objects.equals(parentCode, other.parentCode)
                && Objects.equals(name, other.name)
                && sortOrder == other.sortOrder
                && Objects.equals(financeCode, other.financeCode);
    }

    /**
     * A version of an entity: its attributes from {@code fromYear} until the next version. The first
     * is the entity's own row ({@code fromYear} its first year, or null when it has no first year).
     */
    public record Version(
            OrgKind kind,
            String code,
            Integer fromYear,
            String parentCode,
            String name,
            int sortOrder,
            String financeCode,
            String recordedBy) {}
}
