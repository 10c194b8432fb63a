package se.lagesbild.goals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.lagesbild.base.Assessment;

/** Goal areas, unit goals, indicators and the append-only outcomes. */
@Repository
class GoalRepository {

    /** An outcome of an indicator in a month (current version). */
    record OutcomeRow(long indicatorId, int month, BigDecimal outcome, String comment) {}

    /** A manual assessment of an indicator in a month (current version). */
    record ManualRow(long indicatorId, int month, Assessment assessment, String comment) {}

    /** An enhet's month marked "klar" (current version). */
    record SubmissionRow(String unitCode, int month, Instant at, String by) {}

    /** The enhet and year an indicator belongs to. */
    record IndicatorHome(String unitCode, int year) {}

    /** One stored version of an outcome (assessment null) or a manual assessment (outcome null). */
    record Version(int version, BigDecimal outcome, String comment, Assessment assessment, Instant at, String by) {}

    /** A reported colour of a goal area (unit null) or enhet. */
    record ReportedRow(
            int areaNumber, String unitCode, int month, Assessment assessment, BigDecimal share, String source) {}

    /** A new version to append: an outcome (assessment unused) or a manual assessment (outcome unused). */
    record NewVersion(long indicatorId, BigDecimal outcome, Assessment assessment, String comment) {}

    private static final String APPEND_OUTCOME = """
            insert into indicator_outcome (indicator_id, year, month, outcome, comment, version, recorded_at,
                                           recorded_by, reason)
            select ?, ?, ?, ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?
            from indicator_outcome where indicator_id = ? and year = ? and month = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GoalRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Appends versions of one month's outcomes in one round trip: the indicators' latest versions are read
     * (and locked, so that a concurrent save of the same month waits) and the new rows inserted as one batch.
     */
    void appendOutcomes(int year, int month, List<NewVersion> versions, String recordedBy, String reason) {
        if (versions.isEmpty()) {
            return;
        }
        Map<Long, Integer> next = nextVersions("indicator_outcome", year, month, versions);
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate(
                """
                insert into indicator_outcome (indicator_id, year, month, outcome, comment, version, recorded_at,
                                               recorded_by, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                versions.stream()
                        .map(v -> new Object[] {
                            v.indicatorId(),
                            year,
                            month,
                            v.outcome(),
                            v.comment(),
                            next.merge(v.indicatorId(), 1, Integer::sum),
                            now,
                            recordedBy,
                            reason
                        })
                        .toList());
    }

    /** Appends versions of one month's manual assessments (assessment null: withdrawn) in one round trip. */
    void appendManuals(int year, int month, List<NewVersion> versions, String recordedBy) {
        if (versions.isEmpty()) {
            return;
        }
        Map<Long, Integer> next = nextVersions("manual_assessment", year, month, versions);
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate(
                """
                insert into manual_assessment (indicator_id, year, month, assessment, comment, version, recorded_at,
                                               recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                versions.stream()
                        .map(v -> new Object[] {
                            v.indicatorId(),
                            year,
                            month,
                            v.assessment() == null ? null : v.assessment().name(),
                            v.comment(),
                            next.merge(v.indicatorId(), 1, Integer::sum),
                            now,
                            recordedBy
                        })
                        .toList());
    }

    /** The latest version (0: none) of each indicator's month in a versioned table, locked until commit. */
    private Map<Long, Integer> nextVersions(String table, int year, int month, List<NewVersion> versions) {
        List<Long> ids =
                versions.stream().map(NewVersion::indicatorId).distinct().toList();
        Map<Long, Integer> latest = new HashMap<>();
        ids.forEach(id -> latest.put(id, 0));
        jdbc.sql("""
                select indicator_id, max(version) from %s where indicator_id in (%s) and year = ? and month = ?
                group by indicator_id for update""".formatted(table, String.join(",", java.util.Collections.nCopies(ids.size(), "?"))))
                .params(java.util.stream.Stream.concat(
                                ids.stream().map(Object.class::cast), java.util.stream.Stream.of(year, month))
                        .toList())
                .query(rs -> {
                    latest.put(rs.getLong(1), rs.getInt(2));
                });
        return latest;
    }

    long insertGoalArea(
            int year,
            int number,
            String shortName,
            String title,
            String indicatorName,
            BigDecimal targetShare,
            BigDecimal yellowThreshold) {
        return insert("""
                insert into goal_area (year, number, short_name, title, indicator_name, target_share, yellow_threshold)
                values (?, ?, ?, ?, ?, ?, ?)""", year, number, shortName, title, indicatorName, targetShare, yellowThreshold);
    }

    long insertUnitGoal(long goalAreaId, String unitCode, String description) {
        return insert(
                "insert into unit_goal (goal_area_id, unit_code, description) values (?, ?, ?)",
                goalAreaId,
                unitCode,
                description);
    }

    long insertIndicator(
            long unitGoalId,
            String name,
            Direction direction,
            UnitOfMeasure unit,
            BigDecimal target,
            BigDecimal yellowThreshold,
            int sortOrder) {
        return insert("""
                insert into indicator (unit_goal_id, name, direction, unit_of_measure, target, yellow_threshold, sort_order)
                values (?, ?, ?, ?, ?, ?, ?)""", unitGoalId, name, direction.name(), unit.name(), target, yellowThreshold, sortOrder);
    }

    void appendOutcome(
            long indicatorId,
            int year,
            int month,
            BigDecimal outcome,
            String comment,
            String recordedBy,
            String reason) {
        jdbc.sql(APPEND_OUTCOME)
                .params(
                        indicatorId,
                        year,
                        month,
                        outcome,
                        comment,
                        Timestamp.from(Instant.now()),
                        recordedBy,
                        reason,
                        indicatorId,
                        year,
                        month)
                .update();
    }

    void insertReported(
            long goalAreaId, String unitCode, int month, Assessment assessment, BigDecimal share, String source) {
        jdbc.sql("""
                insert into reported_goal_assessment (goal_area_id, unit_code, month, assessment, share, source)
                values (?, ?, ?, ?, ?, ?)""")
                .params(goalAreaId, unitCode, month, assessment.name(), share, source)
                .update();
    }

    java.util.Optional<java.time.YearMonth> latestOutcomeMonth() {
        return jdbc.sql(
                        "select year, month from indicator_outcome where outcome is not null order by year desc, month desc limit 1")
                .query((rs, i) -> java.time.YearMonth.of(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct year from goal_area order by year")
                .query(Integer.class)
                .list();
    }

    List<GoalArea> goalAreas(int year) {
        return jdbc.sql("""
                select id, year, number, short_name, title, indicator_name, target_share, yellow_threshold
                from goal_area where year = ? order by number""").param(year).query(GoalArea.class).list();
    }

    List<Indicator> indicators(int year) {
        return jdbc.sql("""
                select i.id, g.goal_area_id, g.unit_code, i.name, i.direction, i.unit_of_measure, i.target,
                       i.yellow_threshold, i.sort_order
                from indicator i join unit_goal g on g.id = i.unit_goal_id
                join goal_area a on a.id = g.goal_area_id
                where a.year = ? order by a.number, g.unit_code, i.sort_order""").param(year).query(GoalRepository::indicator).list();
    }

    private static Indicator indicator(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Indicator(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                Direction.valueOf(rs.getString(5)),
                UnitOfMeasure.valueOf(rs.getString(6)),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getInt(9));
    }

    List<String> unitsWithGoals(int year) {
        return jdbc.sql("""
                select distinct g.unit_code from unit_goal g join goal_area a on a.id = g.goal_area_id
                where a.year = ?""").param(year).query(String.class).list();
    }

    /**
     * The current outcome of every indicator and month of a year, without comments: every version is read
     * from the covering index {@code ix_outcome_year} (versions are few) and the highest kept.
     */
    List<OutcomeRow> outcomes(int year) {
        Map<Long, OutcomeRow> current = new HashMap<>();
        Map<Long, Integer> versions = new HashMap<>();
        jdbc.sql("select indicator_id, month, version, outcome from indicator_outcome where year = ?")
                .param(year)
                .query(rs -> {
                    long key = rs.getLong(1) * 16 + rs.getInt(2);
                    int version = rs.getInt(3);
                    Integer seen = versions.get(key);
                    if (seen == null || seen < version) {
                        versions.put(key, version);
                        current.put(key, new OutcomeRow(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(4), null));
                    }
                });
        return List.copyOf(current.values());
    }

    /** The current manual assessments of a year; a withdrawn one (assessment null) is left out. */
    List<ManualRow> manualAssessments(int year) {
        return jdbc.sql("""
                select m.indicator_id, m.month, m.assessment, m.comment from manual_assessment m
                join (select indicator_id, month, max(version) as version from manual_assessment where year = ?
                      group by indicator_id, month) c
                  on c.indicator_id = m.indicator_id and c.month = m.month and c.version = m.version
                where m.year = ? and m.assessment is not null""")
                .params(year, year)
                .query((rs, n) -> new ManualRow(
                        rs.getLong(1), rs.getInt(2), Assessment.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    /** The current outcomes of one enhet's indicators in a month. */
    List<OutcomeRow> outcomesOfUnitMonth(String unitCode, int year, int month) {
        return currentOfUnitMonth(
                "indicator_outcome",
                "outcome",
                unitCode,
                year,
                month,
                (rs, n) -> new OutcomeRow(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4)));
    }

    /** The current manual assessments (withdrawn ones included, as null) of one enhet's indicators in a month. */
    List<ManualRow> manualOfUnitMonth(String unitCode, int year, int month) {
        return currentOfUnitMonth(
                "manual_assessment",
                "assessment",
                unitCode,
                year,
                month,
                (rs, n) -> new ManualRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3) == null ? null : Assessment.valueOf(rs.getString(3)),
                        rs.getString(4)));
    }

    /** The current version of each of an enhet's indicators in a month, from one of the two versioned tables. */
    private <T> List<T> currentOfUnitMonth(
            String table,
            String valueColumn,
            String unitCode,
            int year,
            int month,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        return jdbc.sql("""
                select f.indicator_id, f.month, f.%2$s, f.comment from %1$s f
                join indicator i on i.id = f.indicator_id join unit_goal g on g.id = i.unit_goal_id
                where g.unit_code = ? and f.year = ? and f.month = ? and f.version = (select max(v.version)
                    from %1$s v where v.indicator_id = f.indicator_id and v.year = f.year and v.month = f.month)""".formatted(table, valueColumn))
                .params(unitCode, year, month)
                .query(mapper)
                .list();
    }

    /** The enheter and months of a year whose current submission says "klar". */
    List<SubmissionRow> submissions(int year) {
        return jdbc.sql("""
                select s.unit_code, s.month, s.recorded_at, s.recorded_by from unit_month_submission s
                join (select unit_code, month, max(version) as version from unit_month_submission where year = ?
                      group by unit_code, month) c
                  on c.unit_code = s.unit_code and c.month = s.month and c.version = s.version
                where s.year = ? and s.submitted""")
                .params(year, year)
                .query((rs, n) -> new SubmissionRow(
                        rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** The indicators of one enhet in a year, every goal area. */
    List<Indicator> indicatorsOfUnit(int year, String unitCode) {
        return jdbc.sql("""
                select i.id, g.goal_area_id, g.unit_code, i.name, i.direction, i.unit_of_measure, i.target,
                       i.yellow_threshold, i.sort_order
                from indicator i join unit_goal g on g.id = i.unit_goal_id
                join goal_area a on a.id = g.goal_area_id
                where a.year = ? and g.unit_code = ? order by a.number, i.sort_order""")
                .params(year, unitCode)
                .query(GoalRepository::indicator)
                .list();
    }

    java.util.Optional<IndicatorHome> indicatorHome(long indicatorId) {
        return jdbc.sql("""
                select g.unit_code, a.year from indicator i join unit_goal g on g.id = i.unit_goal_id
                join goal_area a on a.id = g.goal_area_id where i.id = ?""")
                .param(indicatorId)
                .query((rs, n) -> new IndicatorHome(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    void updateIndicatorThresholds(long indicatorId, BigDecimal yellowThreshold) {
        jdbc.sql("update indicator set yellow_threshold = ? where id = ?")
                .params(yellowThreshold, indicatorId)
                .update();
    }

    /** Every version of an indicator's outcome in a month, oldest first. */
    List<Version> outcomeVersions(long indicatorId, int year, int month) {
        return jdbc.sql("""
                select version, outcome, comment, recorded_at, recorded_by from indicator_outcome
                where indicator_id = ? and year = ? and month = ? order by version""")
                .params(indicatorId, year, month)
                .query((rs, n) -> new Version(
                        rs.getInt(1),
                        rs.getBigDecimal(2),
                        rs.getString(3),
                        null,
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** Every version of an indicator's manual assessment in a month, oldest first. */
    List<Version> manualVersions(long indicatorId, int year, int month) {
        return jdbc.sql("""
                select version, assessment, comment, recorded_at, recorded_by from manual_assessment
                where indicator_id = ? and year = ? and month = ? order by version""")
                .params(indicatorId, year, month)
                .query((rs, n) -> new Version(
                        rs.getInt(1),
                        null,
                        rs.getString(3),
                        rs.getString(2) == null ? null : Assessment.valueOf(rs.getString(2)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    void appendSubmission(String unitCode, int year, int month, boolean submitted, String recordedBy) {
        jdbc.sql("""
                insert into unit_month_submission (unit_code, year, month, submitted, version, recorded_at, recorded_by)
                select ?, ?, ?, ?, coalesce(max(version), 0) + 1, ?, ?
                from unit_month_submission where unit_code = ? and year = ? and month = ?""")
                .params(
                        unitCode,
                        year,
                        month,
                        submitted,
                        Timestamp.from(Instant.now()),
                        recordedBy,
                        unitCode,
                        year,
                        month)
                .update();
    }

    List<ReportedRow> reported(int year) {
        return jdbc.sql("""
                select a.number, r.unit_code, r.month, r.assessment, r.share, r.source
                from reported_goal_assessment r join goal_area a on a.id = r.goal_area_id where a.year = ?""")
                .param(year)
                .query((rs, n) -> new ReportedRow(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getInt(3),
                        Assessment.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getString(6)))
                .list();
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        return keys.getKey().longValue();
    }

    // ------------------------------------------------------------------ the goal structure (Struktur → Mål)

    List<UnitGoal> unitGoals(int year) {
        return jdbc.sql("""
                select g.id, g.goal_area_id, g.unit_code, g.description
                from unit_goal g join goal_area a on a.id = g.goal_area_id
                where a.year = ? order by a.number, g.unit_code""").param(year).query(UnitGoal.class).list();
    }

    void updateGoalArea(
            long id,
            String shortName,
            String title,
            String indicatorName,
            BigDecimal targetShare,
            BigDecimal yellowThreshold) {
        jdbc.sql("""
                update goal_area set short_name = ?, title = ?, indicator_name = ?, target_share = ?,
                    yellow_threshold = ? where id = ?""")
                .params(shortName, title, indicatorName, targetShare, yellowThreshold, id)
                .update();
    }

    void updateUnitGoal(long id, String description) {
        jdbc.sql("update unit_goal set description = ? where id = ?")
                .params(description, id)
                .update();
    }

    void updateIndicator(
            long id,
            String name,
            Direction direction,
            UnitOfMeasure unit,
            BigDecimal target,
            BigDecimal yellowThreshold,
            int sortOrder) {
        jdbc.sql("""
                update indicator set name = ?, direction = ?, unit_of_measure = ?, target = ?,
                    yellow_threshold = ?, sort_order = ? where id = ?""")
                .params(name, direction.name(), unit.name(), target, yellowThreshold, sortOrder, id)
                .update();
    }

    /** Copies a year's målområden, enhetsmål and indicators to another year (which has none). */
    int copyStructure(int from, int to) {
        int areas = jdbc.sql("""
                insert into goal_area (year, number, short_name, title, indicator_name, target_share, yellow_threshold)
                select ?, number, short_name, title, indicator_name, target_share, yellow_threshold
                from goal_area where year = ?""").params(to, from).update();
        jdbc.sql("""
                insert into unit_goal (goal_area_id, unit_code, description)
                select n.id, g.unit_code, g.description from unit_goal g
                join goal_area o on o.id = g.goal_area_id and o.year = ?
                join goal_area n on n.year = ? and n.number = o.number""").params(from, to).update();
        jdbc.sql("""
                insert into indicator (unit_goal_id, name, direction, unit_of_measure, target, yellow_threshold, sort_order)
                select ng.id, i.name, i.direction, i.unit_of_measure, i.target, i.yellow_threshold, i.sort_order
                from indicator i join unit_goal g on g.id = i.unit_goal_id
                join goal_area o on o.id = g.goal_area_id and o.year = ?
                join goal_area n on n.year = ? and n.number = o.number
                join unit_goal ng on ng.goal_area_id = n.id and ng.unit_code = g.unit_code""").params(from, to).update();
        return areas;
    }
}
