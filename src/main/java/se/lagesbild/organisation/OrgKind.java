package se.lagesbild.organisation;

/**
 * The kinds of entity in the organisation: each has a table of its own (its code for good, the version
 * of its first year) and its later versions in {@code organisation_version}.
 */
public enum OrgKind {
    /** Nämnd. */
    COMMITTEE("committee", null, null),
    /** Förvaltning, serving a nämnd. */
    ADMINISTRATION("administration", "committee_code", COMMITTEE),
    /** Verksamhetsområde, under a nämnd. */
    AREA("activity_area", "committee_code", COMMITTEE),
    /** Verksamhet, a budget line under a verksamhetsområde. */
    ACTIVITY("activity", "area_code", AREA),
    /** Enhet, in a förvaltning. */
    UNIT("unit", "administration_code", ADMINISTRATION),
    /** Kostnadsslag, a tree: a group's children sum to it. */
    COST_TYPE("cost_type", "parent_code", null);

    private final String table;
    private final String parentColumn;
    private final OrgKind parentKind;

    OrgKind(String table, String parentColumn, OrgKind parentKind) {
        this.table = table;
        this.parentColumn = parentColumn;
        this.parentKind = parentKind;
    }

    String table() {
        return table;
    }

    /** The column naming the parent; null for a nämnd. */
    String parentColumn() {
        return parentColumn;
    }

    /** The kind of the parent (a kostnadsslag's parent is a kostnadsslag); null for a nämnd. */
    public OrgKind parentKind() {
        return this == COST_TYPE ? COST_TYPE : parentKind;
    }

    /** Whether an entity of this kind must have a parent (a kostnadsslag and a förvaltning need not). */
    public boolean parentRequired() {
        return this == AREA || this == ACTIVITY || this == UNIT;
    }

    /** The longest code the kind's table holds. */
    public int maxCodeLength() {
        return switch (this) {
            case ACTIVITY -> 40;
            case COST_TYPE -> 30;
            default -> 20;
        };
    }

    /** The translation key of the kind's name: "Verksamhet", "Enhet", … */
    public String labelKey() {
        return "structure.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
