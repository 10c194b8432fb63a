package se.lagesbild.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entity with every version. */
    OrganisationHistory load() {
        List<StructureEntry> entries = new ArrayList<>();
        for (OrgKind kind : OrgKind.values()) {
            String parent = kind.parentColumn() == null ? "null" : kind.parentColumn();
            String income = kind == OrgKind.COST_TYPE ? "income" : "false";
            String successor = kind == OrgKind.UNIT ? "successor_code" : "null";
            entries.addAll(jdbc.sql("select code, " + parent + " parent_code, name, sort_order, finance_code,"
                            + " first_year, last_year, " + income + " income, " + successor + " successor_code from "
                            + kind.table())
                    .query((rs, i) -> new StructureEntry(
                            kind,
                            rs.getString("code"),
                            rs.getString("parent_code"),
                            rs.getString("name"),
                            rs.getInt("sort_order"),
                            rs.getString("finance_code"),
                            (Integer) rs.getObject("first_year", Integer.class),
                            (Integer) rs.getObject("last_year", Integer.class),
                            rs.getBoolean("income"),
                            rs.getString("successor_code")))
                    .list());
        }
        List<StructureEntry.Version> versions = jdbc.sql("""
                select kind, code, from_year, parent_code, name, sort_order, finance_code, recorded_by
                from organisation_version""")
                .query((rs, i) -> new StructureEntry.Version(
                        OrgKind.valueOf(rs.getString("kind")),
                        rs.getString("code"),
                        rs.getInt("from_year"),
                        rs.getString("parent_code"),
                        rs.getString("name"),
                        rs.getInt("sort_order"),
                        rs.getString("finance_code"),
                        rs.getString("recorded_by")))
                .list();
        return new OrganisationHistory(entries, versions);
    }

    List<String[]> unitAliases() {
        return jdbc.sql("select alias, unit_code from unit_alias order by alias")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    List<String[]> activityAliases() {
        return jdbc.sql("select alias, activity_code from activity_alias order by alias")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from committee").query(Long.class).single() == 0;
    }

    /** A new entity: its own row, the version of its first year. */
    void insert(StructureEntry e) {
        OrgKind kind = e.kind();
        List<String> columns =
                new ArrayList<>(List.of("code", "name", "sort_order", "finance_code", "first_year", "last_year"));
        List<Object> values = new ArrayList<>(List.of(e.code(), e.name(), e.sortOrder()));
        values.add(e.financeCode());
        values.add(e.firstYear());
        values.add(e.lastYear());
        if (kind.parentColumn() != null) {
            columns.add(kind.parentColumn());
            values.add(e.parentCode());
        }
        if (kind == OrgKind.COST_TYPE) {
            columns.add("income");
            values.add(e.income());
        }
        jdbc.sql("insert into " + kind.table() + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
                .params(values)
                .update();
    }

    /** Changes an entity's own row (the version of its first year). */
    void updateBase(StructureEntry e) {
        OrgKind kind = e.kind();
        String parent = kind.parentColumn() == null ? "" : ", " + kind.parentColumn() + " = :parent";
        jdbc.sql("update " + kind.table() + " set name = :name, sort_order = :sort, finance_code = :finance" + parent
                        + " where code = :code")
                .param("name", e.name())
                .param("sort", e.sortOrder())
                .param("finance", e.financeCode())
                .param("parent", e.parentCode())
                .param("code", e.code())
                .update();
    }

    /** Writes the version valid from a year on (replacing one from the same year). */
    void putVersion(StructureEntry e, int fromYear, String by) {
        jdbc.sql("""
                insert into organisation_version
                    (kind, code, from_year, parent_code, name, sort_order, finance_code, recorded_at, recorded_by)
                values (:kind, :code, :year, :parent, :name, :sort, :finance, :at, :by)
                on duplicate key update parent_code = :parent, name = :name, sort_order = :sort,
                    finance_code = :finance, recorded_at = :at, recorded_by = :by""")
                .param("kind", e.kind().name())
                .param("code", e.code())
                .param("year", fromYear)
                .param("parent", e.parentCode())
                .param("name", e.name())
                .param("sort", e.sortOrder())
                .param("finance", e.financeCode())
                .param("at", Timestamp.from(Instant.now()))
                .param("by", by)
                .update();
    }

    /** Removes a version that equals the one before it. */
    void deleteVersion(OrgKind kind, String code, int fromYear) {
        jdbc.sql("delete from organisation_version where kind = ? and code = ? and from_year = ?")
                .params(kind.name(), code, fromYear)
                .update();
    }

    void setYears(OrgKind kind, String code, Integer firstYear, Integer lastYear) {
        jdbc.sql("update " + kind.table() + " set first_year = ?, last_year = ? where code = ?")
                .params(firstYear, lastYear, code)
                .update();
    }

    void setSuccessor(String unitCode, String successorCode) {
        jdbc.sql("update unit set successor_code = ? where code = ?")
                .params(successorCode, unitCode)
                .update();
    }

    void insertAlias(OrgKind kind, String alias, String code) {
        jdbc.sql("insert into " + aliasTable(kind) + " (alias, " + aliasColumn(kind) + ") values (?, ?)")
                .params(alias, code)
                .update();
    }

    void deleteAlias(OrgKind kind, String alias) {
        jdbc.sql("delete from " + aliasTable(kind) + " where alias = ?")
                .param(alias)
                .update();
    }

    Optional<String> aliasOwner(OrgKind kind, String alias) {
        return jdbc.sql("select " + aliasColumn(kind) + " from " + aliasTable(kind) + " where alias = ?")
                .param(alias)
                .query(String.class)
                .optional();
    }

    private static String aliasTable(OrgKind kind) {
        return switch (kind) {
            case UNIT -> "unit_alias";
            case ACTIVITY -> "activity_alias";
            default -> throw new IllegalArgumentException("No aliases for " + kind);
        };
    }

    private static String aliasColumn(OrgKind kind) {
        return kind == OrgKind.UNIT ? "unit_code" : "activity_code";
    }

    /** The last year with economy facts of a verksamhet, or cases of an enhet (null: none). */
    Integer lastYearWithFacts(OrgKind kind, String code) {
        String sql = switch (kind) {
            case ACTIVITY -> """
                    select max(year) from (select year from actual_fact where activity_code = :code
                    union all select year from budget_fact where activity_code = :code
                    union all select year from forecast_fact where activity_code = :code) facts""";
            case UNIT -> "select max(year(opened)) from investigation_current where unit_code = :code";
            default -> null;
        };
        if (sql == null) {
            return null;
        }
        return jdbc.sql(sql).param("code", code).query(Integer.class).optional().orElse(null);
    }

    // ------------------------------------------------------------------ years

    List<PlanYear> years() {
        return jdbc.sql("""
                select y.year, y.locked, y.draft from economy_year y
                union select f.year, false, false from (select distinct year from budget_fact
                    union select distinct year from actual_fact) f
                    where f.year not in (select year from economy_year)
                order by 1""")
                .query((rs, i) -> new PlanYear(rs.getInt(1), state(rs.getBoolean(2), rs.getBoolean(3))))
                .list();
    }

    Optional<YearState> state(int year) {
        return jdbc.sql("select locked, draft from economy_year where year = ?")
                .param(year)
                .query((rs, i) -> state(rs.getBoolean(1), rs.getBoolean(2)))
                .optional();
    }

    private static YearState state(boolean locked, boolean draft) {
        return locked ? YearState.LOCKED : draft ? YearState.DRAFT : YearState.PUBLISHED;
    }

    void putState(int year, YearState state, String by) {
        jdbc.sql("""
                insert into economy_year (year, locked, draft, changed_at, changed_by)
                values (:year, :locked, :draft, :at, :by)
                on duplicate key update locked = :locked, draft = :draft, changed_at = :at, changed_by = :by""")
                .param("year", year)
                .param("locked", state == YearState.LOCKED)
                .param("draft", state == YearState.DRAFT)
                .param("at", Timestamp.from(Instant.now()))
                .param("by", by)
                .update();
    }
}
