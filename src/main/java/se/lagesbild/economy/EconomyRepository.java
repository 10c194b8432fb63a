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
    record CellKey(String activityCode, String costTypeCode) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EconomyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts each fact as the next version of its key. */
    void append(FactKind kind, List<AmountFact> facts, String recordedBy, String reason, Long importId) {
        Map<AmountFact.Key, Integer> versions = new HashMap<>();
        facts.stream().map(AmountFact::year).distinct().forEach(year -> jdbc.sql(
                "select " + kind.monthColumn + ", activity_code, cost_type, max(version) from " + kind.table
                        + " where year = ? group by " + kind.monthColumn + ", activity_code, cost_type")
                .param(year)
                .query((rs, i) -> versions.put(
                        new AmountFact.Key(year, rs.getInt(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
                .list());
        Timestamp now = Timestamp.from(Instant.now());
        template.batchUpdate("insert into " + kind.table + " (year, " + kind.monthColumn
                        + ", activity_code, cost_type, amount_tkr, version, recorded_at, recorded_by, reason, import_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                facts, 1000, (ps, fact) -> {
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

    /** The current (latest-version) amount of every key of one kind in a year. */
    Map<AmountFact.Key, BigDecimal> current(FactKind kind, int year) {
        Map<AmountFact.Key, BigDecimal> current = new HashMap<>();
        jdbc.sql("select f." + kind.monthColumn + ", f.activity_code, f.cost_type, f.amount_tkr from " + kind.table + " f"
                        + " join (select " + kind.monthColumn + " m, activity_code, cost_type, max(version) v from "
                        + kind.table + " where year = :year group by " + kind.monthColumn + ", activity_code, cost_type) l"
                        + " on l.m = f." + kind.monthColumn + " and l.activity_code = f.activity_code"
                        + " and l.cost_type = f.cost_type and l.v = f.version"
                        + " where f.year = :year")
                .param("year", year)
                .query((rs, i) -> current.put(new AmountFact.Key(year, rs.getInt(1), rs.getString(2), rs.getString(3)),
                        rs.getBigDecimal(4)))
                .list();
        return current;
    }

    /** Whether a year is closed for changes ({@code economy_year.locked}). */
    boolean isLocked(int year) {
        return jdbc.sql("select locked from economy_year where year = ?").param(year)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Sums of the current facts of one kind for months {@code from..to} of a year. */
    Map<CellKey, BigDecimal> sums(FactKind kind, int year, int fromMonth, int toMonth) {
        Map<CellKey, BigDecimal> sums = new HashMap<>();
        jdbc.sql("select f.activity_code, f.cost_type, sum(f.amount_tkr) from " + kind.table + " f"
                        + " where f.year = :year and f." + kind.monthColumn + " between :from and :to"
                        + " and f.version = (select max(v.version) from " + kind.table + " v"
                        + "   where v.year = f.year and v.activity_code = f.activity_code"
                        + "   and v.cost_type = f.cost_type and v." + kind.monthColumn + " = f." + kind.monthColumn + ")"
                        + " group by f.activity_code, f.cost_type")
                .param("year", year).param("from", fromMonth).param("to", toMonth)
                .query((rs, i) -> sums.put(new CellKey(rs.getString(1), rs.getString(2)), rs.getBigDecimal(3)))
                .list();
        return sums;
    }

    /** The latest forecast round of a year made in or before {@code month}. */
    Optional<Integer> latestRound(int year, int month) {
        return jdbc.sql("select max(round_month) from forecast_fact where year = ? and round_month <= ?")
                .param(year).param(month)
                .query((rs, i) -> rs.getObject(1, Integer.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The latest month that has any utfall. */
    Optional<YearMonth> latestActualMonth() {
        return jdbc.sql("select year, month from actual_fact order by year desc, month desc limit 1")
                .query((rs, i) -> YearMonth.of(rs.getInt(1), rs.getInt(2))).optional();
    }

    /** The years that have a budget or utfall. */
    List<Integer> years() {
        return jdbc.sql("select distinct year from budget_fact union select distinct year from actual_fact order by 1")
                .query(Integer.class).list();
    }
}
