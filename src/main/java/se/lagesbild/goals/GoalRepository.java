package se.lagesbild.goals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Goal areas, unit goals, indicators and the append-only outcomes. */
@Repository
class GoalRepository {

    /** An outcome of an indicator in a month (current version). */
    record OutcomeRow(long indicatorId, int month, BigDecimal outcome) {
    }

    /** A manual assessment of an indicator in a month (current version). */
    record ManualRow(long indicatorId, int month, Assessment assessment) {
    }

    /** A reported colour of a goal area (unit null) or enhet. */
    record ReportedRow(int areaNumber, String unitCode, int month, Assessment assessment, BigDecimal share,
                       String source) {
    }

    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertGoalArea(int year, int number, String shortName, String title, String indicatorName,
                        BigDecimal targetShare, BigDecimal yellowThreshold) {
        return insert("""
                insert into goal_area (year, number, short_name, title, indicator_name, target_share, yellow_threshold)
                values (?, ?, ?, ?, ?, ?, ?)""", year, number, shortName, title, indicatorName, targetShare, yellowThreshold);
    }

    long insertUnitGoal(long goalAreaId, String unitCode, String description) {
        return insert("insert into unit_goal (goal_area_id, unit_code, description) values (?, ?, ?)",
                goalAreaId, unitCode, description);
    }

    long insertIndicator(long unitGoalId, String name, Direction direction, UnitOfMeasure unit, BigDecimal target,
                         BigDecimal yellowThreshold, int sortOrder) {
        return insert("""
                insert into indicator (unit_goal_id, name, direction, unit_of_measure, target, yellow_threshold, sort_order)
                values (?, ?, ?, ?, ?, ?, ?)""", unitGoalId, name, direction.name(), unit.name(), target,
                yellowThreshold, sortOrder);
    }

    void appendOutcome(long indicatorId, int year, int month, BigDecimal outcome, String comment, String recordedBy,
                       String reason) {
        jdbc.sql("""
                insert into indicator_outcome (indicator_id, year, month, outcome, comment, version, recorded_at,
                                               recorded_by, reason)
                select ?, ?, ?, ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?
                from indicator_outcome where indicator_id = ? and year = ? and month = ?""")
                .params(indicatorId, year, month, outcome, comment, Timestamp.from(Instant.now()), recordedBy, reason,
                        indicatorId, year, month)
                .update();
    }

    void insertReported(long goalAreaId, String unitCode, int month, Assessment assessment, BigDecimal share,
                        String source) {
        jdbc.sql("""
                insert into reported_goal_assessment (goal_area_id, unit_code, month, assessment, share, source)
                values (?, ?, ?, ?, ?, ?)""")
                .params(goalAreaId, unitCode, month, assessment.name(), share, source).update();
    }

    java.util.Optional<java.time.YearMonth> latestOutcomeMonth() {
        return jdbc.sql("select year, month from indicator_outcome order by year desc, month desc limit 1")
                .query((rs, i) -> java.time.YearMonth.of(rs.getInt(1), rs.getInt(2))).optional();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct year from goal_area order by year").query(Integer.class).list();
    }

    List<GoalArea> goalAreas(int year) {
        return jdbc.sql("""
                select id, year, number, short_name, title, indicator_name, target_share, yellow_threshold
                from goal_area where year = ? order by number""")
                .param(year).query(GoalArea.class).list();
    }

    List<Indicator> indicators(int year) {
        return jdbc.sql("""
                select i.id, g.goal_area_id, g.unit_code, i.name, i.direction, i.unit_of_measure, i.target,
                       i.yellow_threshold, i.sort_order
                from indicator i join unit_goal g on g.id = i.unit_goal_id
                join goal_area a on a.id = g.goal_area_id
                where a.year = ? order by a.number, g.unit_code, i.sort_order""")
                .param(year)
                .query((rs, n) -> new Indicator(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Direction.valueOf(rs.getString(5)), UnitOfMeasure.valueOf(rs.getString(6)),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9)))
                .list();
    }

    List<String> unitsWithGoals(int year) {
        return jdbc.sql("""
                select distinct g.unit_code from unit_goal g join goal_area a on a.id = g.goal_area_id
                where a.year = ?""").param(year).query(String.class).list();
    }

    List<OutcomeRow> outcomes(int year) {
        return jdbc.sql("""
                select o.indicator_id, o.month, o.outcome from indicator_outcome o
                where o.year = ? and o.version = (select max(v.version) from indicator_outcome v
                    where v.indicator_id = o.indicator_id and v.year = o.year and v.month = o.month)""")
                .param(year)
                .query((rs, n) -> new OutcomeRow(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
    }

    List<ManualRow> manualAssessments(int year) {
        return jdbc.sql("""
                select m.indicator_id, m.month, m.assessment from manual_assessment m
                where m.year = ? and m.assessment is not null and m.version = (select max(v.version)
                    from manual_assessment v where v.indicator_id = m.indicator_id and v.year = m.year
                    and v.month = m.month)""")
                .param(year)
                .query((rs, n) -> new ManualRow(rs.getLong(1), rs.getInt(2), Assessment.valueOf(rs.getString(3))))
                .list();
    }

    List<ReportedRow> reported(int year) {
        return jdbc.sql("""
                select a.number, r.unit_code, r.month, r.assessment, r.share, r.source
                from reported_goal_assessment r join goal_area a on a.id = r.goal_area_id where a.year = ?""")
                .param(year)
                .query((rs, n) -> new ReportedRow(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        Assessment.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6)))
                .list();
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }
}
