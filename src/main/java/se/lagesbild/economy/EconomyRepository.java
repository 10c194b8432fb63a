package se.lagesbild.economy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only storage of economic facts; every read takes the latest version of each key. */
@Repository
class EconomyRepository {

    /** Sum per verksamhet and kostnadsslag. */
    record CellKey(String activityCode, String costTypeCode) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EconomyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts each fact as the next version of its key. */
    void append(FactKind kind, List<AmountFact> facts, String recordedBy, String reason, Long importId) {
        Map<AmountFact.Key, Integer> versions = new HashMap<>();
        facts.stream()
                .map(AmountFact::year)
                .distinct()
                .forEach(year -> jdbc.sql("select " + kind.monthColumn
                                + ", activity_code, cost_type, max(version) from " + kind.table
                                + " where year = ? group by " + kind.monthColumn + ", activity_code, cost_type")
                        .param(year)
                        .query((rs, i) -> versions.put(
                                new AmountFact.Key(year, rs.getInt(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
                        .list());
        Timestamp now = Timestamp.from(Instant.now());
        template.batchUpdate(
                "insert into " + kind.table + " (year, " + kind.monthColumn
                        + ", activity_code, cost_type, amount_tkr, version, recorded_at, recorded_by, reason, import_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                facts,
                1000,
                (ps, fact) -> {
                    ps.setInt(1, fact.year());
                    ps.setInt(2, fact.month());
                    ps.setString(3, fact.activityCode());
                    ps.setString(4, fact.costTypeCode());
                    ps.setBigDecimal(5, fact.amountTkr());
                    ps.setInt(6, versions.getOrDefault(fact.key(), 0) + 1);
                    ps.setTimestamp(7, now);
                    ps.setString(8, recordedBy);
                    ps.setString(9, reason);
                    if (importId == null) {
                        ps.setNull(10, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(10, importId);
                    }
                });
    }

    /**
     * The current facts of one kind for a year, per month (or forecast round) and cell: the highest
     * version of each key, found by one grouped pass over the year's part of the unique key index.
     */
    Map<Integer, Map<CellKey, BigDecimal>> yearFacts(FactKind kind, int year) {
        Map<Integer, Map<CellKey, BigDecimal>> months = new HashMap<>();
        String month = kind.monthColumn;
        jdbc.sql("select f." + month + ", f.activity_code, f.cost_type, f.amount_tkr from " + kind.table + " f"
                        + " join (select activity_code a, cost_type c, " + month + " m, max(version) v from "
                        + kind.table
                        + "   where year = :year group by activity_code, cost_type, " + month + ") cur"
                        + " on f.year = :year and f.activity_code = cur.a and f.cost_type = cur.c and f." + month
                        + " = cur.m and f.version = cur.v")
                .param("year", year)
                .query((rs, i) -> months.computeIfAbsent(rs.getInt(1), m -> new HashMap<>())
                        .put(new CellKey(rs.getString(2), rs.getString(3)), rs.getBigDecimal(4)))
                .list();
        return months;
    }

    /** The latest month that has any utfall. */
    Optional<YearMonth> latestActualMonth() {
        return jdbc.sql("select year, month from actual_fact order by year desc, month desc limit 1")
                .query((rs, i) -> YearMonth.of(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    /** The years that have a budget or utfall. */
    List<Integer> years() {
        return jdbc.sql("select distinct year from budget_fact union select distinct year from actual_fact order by 1")
                .query(Integer.class)
                .list();
    }
}
