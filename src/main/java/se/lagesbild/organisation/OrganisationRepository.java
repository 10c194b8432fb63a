package se.lagesbild.organisation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Organisation load() {
        Committee committee = jdbc.sql("select code, name from committee order by code limit 1")
                .query(Committee.class)
                .optional()
                .orElse(null);
        List<ActivityArea> areas = jdbc.sql(
                        "select code, committee_code, name, sort_order from activity_area order by sort_order")
                .query(ActivityArea.class)
                .list();
        List<Activity> activities = jdbc.sql("""
                select a.code, a.area_code, a.name, a.sort_order, a.first_year, a.last_year
                from activity a join activity_area r on r.code = a.area_code
                order by r.sort_order, a.sort_order""").query(Activity.class).list();
        List<Unit> units = jdbc.sql(
                        "select code, administration_code, name, sort_order, active from unit order by sort_order")
                .query(Unit.class)
                .list();
        List<CostType> costTypes = jdbc.sql(
                        "select code, parent_code, name, sort_order, income from cost_type order by sort_order")
                .query(CostType.class)
                .list();
        return new Organisation(committee, areas, activities, units, costTypes);
    }

    List<String[]> unitAliases() {
        return jdbc.sql("select alias, unit_code from unit_alias")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    List<String[]> activityAliases() {
        return jdbc.sql("select alias, activity_code from activity_alias")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from committee").query(Long.class).single() == 0;
    }

    void insertActivity(Activity a) {
        jdbc.sql("""
                insert into activity (code, area_code, name, sort_order, first_year, last_year)
                values (?, ?, ?, ?, ?, ?)""")
                .params(a.code(), a.areaCode(), a.name(), a.sortOrder(), a.firstYear(), a.lastYear())
                .update();
    }

    void insert(
            Organisation organisation,
            String administrationCode,
            String administrationName,
            List<String[]> unitAliases) {
        Committee committee = organisation.committee();
        jdbc.sql("insert into committee (code, name) values (?, ?)")
                .params(committee.code(), committee.name())
                .update();
        jdbc.sql("insert into administration (code, name) values (?, ?)")
                .params(administrationCode, administrationName)
                .update();
        organisation
                .areas()
                .forEach(a -> jdbc.sql(
                                "insert into activity_area (code, committee_code, name, sort_order) values (?, ?, ?, ?)")
                        .params(a.code(), a.committeeCode(), a.name(), a.sortOrder())
                        .update());
        organisation.activities().forEach(this::insertActivity);
        organisation
                .units()
                .forEach(u -> jdbc.sql(
                                "insert into unit (code, administration_code, name, sort_order, active) values (?, ?, ?, ?, ?)")
                        .params(u.code(), u.administrationCode(), u.name(), u.sortOrder(), u.active())
                        .update());
        organisation
                .costTypes()
                .forEach(c -> jdbc.sql(
                                "insert into cost_type (code, parent_code, name, sort_order, income) values (?, ?, ?, ?, ?)")
                        .params(c.code(), c.parentCode(), c.name(), c.sortOrder(), c.income())
                        .update());
        unitAliases.forEach(alias -> jdbc.sql("insert into unit_alias (alias, unit_code) values (?, ?)")
                .params(alias[0], alias[1])
                .update());
    }
}
