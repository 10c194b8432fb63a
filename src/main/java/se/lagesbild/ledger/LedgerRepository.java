package se.lagesbild.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kontoplan of each year, the accounts' names and the append-only ledger facts. */
@Repository
class LedgerRepository {

    /** Rows per multi-row insert. */
    private static final int ROWS_PER_INSERT = 500;

    /** A stored ledger fact's current version. */
    record Stored(BigDecimal amountTkr, String activityCode, String costTypeCode, int version) {}

    /** A ledger fact to write: the next version of its key. */
    record Fact(LedgerRows.Key key, String activityCode, String costTypeCode, BigDecimal amountTkr, int version) {}

    /** The current amount of one account, ansvar, verksamhetskod and month in a cell (drill). */
    record AccountMonth(LedgerRows.Kind kind, String account, int month, BigDecimal amountTkr) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Kontoplan kontoplan(int year) {
        List<AccountRange> ranges = jdbc.sql(
                        "select first_account, last_account, cost_type from ledger_account_map where year = ?")
                .param(year)
                .query((rs, i) -> new AccountRange(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<ActivityRule> activities = jdbc.sql("select ansvar, verksamhetskod, activity_code from ledger_activity_map"
                        + " where year = ? order by ansvar, verksamhetskod")
                .param(year)
                .query((rs, i) -> new ActivityRule(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new Kontoplan(year, ranges, activities);
    }

    /** Replaces a year's kontoplan (the caller has checked it). */
    void replace(Kontoplan plan, String user) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("delete from ledger_account_map where year = ?")
                .param(plan.year())
                .update();
        jdbc.sql("delete from ledger_activity_map where year = ?")
                .param(plan.year())
                .update();
        template.batchUpdate(
                "insert into ledger_account_map (year, first_account, last_account, cost_type, changed_at, changed_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                plan.ranges(),
                500,
                (ps, r) -> {
                    ps.setInt(1, plan.year());
                    ps.setString(2, r.first());
                    ps.setString(3, r.last());
                    ps.setString(4, r.costTypeCode());
                    ps.setTimestamp(5, now);
                    ps.setString(6, user);
                });
        template.batchUpdate(
                "insert into ledger_activity_map (year, ansvar, verksamhetskod, activity_code, changed_at, changed_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                plan.activities(),
                500,
                (ps, r) -> {
                    ps.setInt(1, plan.year());
                    ps.setString(2, r.ansvar());
                    ps.setString(3, r.verksamhetskod());
                    ps.setString(4, r.activityCode());
                    ps.setTimestamp(5, now);
                    ps.setString(6, user);
                });
    }

    Map<String, String> names(int year) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select account, name from ledger_account where year = ?")
                .param(year)
                .query((rs, i) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    /** Records the accounts' names as the latest file gives them. */
    void saveNames(int year, Map<String, String> names) {
        Timestamp now = Timestamp.from(Instant.now());
        template.batchUpdate(
                "insert into ledger_account (year, account, name, changed_at) values (?, ?, ?, ?)"
                        + " on duplicate key update name = values(name), changed_at = values(changed_at)",
                List.copyOf(names.entrySet()),
                500,
                (ps, e) -> {
                    ps.setInt(1, year);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue().length() > 200 ? e.getValue().substring(0, 200) : e.getValue());
                    ps.setTimestamp(4, now);
                });
    }

    /**
     * The current version of every ledger key of a kind and year: one range scan of the unique key's
     * index, the highest version of each key kept in Java (cheaper than grouping and joining back).
     */
    Map<LedgerRows.Key, Stored> current(LedgerRows.Kind kind, int year) {
        Map<LedgerRows.Key, Stored> current = new HashMap<>();
        template.query(
                "select month, account, ansvar, verksamhetskod, activity_code, cost_type, amount_tkr, version"
                        + " from ledger_fact where year = ? and kind = ?",
                rs -> {
                    LedgerRows.Key key = new LedgerRows.Key(
                            kind, year, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    int version = rs.getInt(8);
                    Stored before = current.get(key);
                    if (before == null || before.version() < version) {
                        current.put(key, new Stored(rs.getBigDecimal(7), rs.getString(5), rs.getString(6), version));
                    }
                },
                year,
                kind.name());
        return current;
    }

    /** Appends the facts with multi-row inserts. */
    void append(List<Fact> facts, String recordedBy, Long importId) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < facts.size(); from += ROWS_PER_INSERT) {
            List<Fact> chunk = facts.subList(from, Math.min(facts.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "insert into ledger_fact (kind, year, month, account, ansvar, verksamhetskod, activity_code,"
                            + " cost_type, amount_tkr, version, recorded_at, recorded_by, import_id) values ");
            List<Object> args = new ArrayList<>(chunk.size() * 13);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
                Fact f = chunk.get(i);
                args.add(f.key().kind().name());
                args.add(f.key().year());
                args.add(f.key().month());
                args.add(f.key().account());
                args.add(f.key().ansvar());
                args.add(f.key().verksamhetskod());
                args.add(f.activityCode());
                args.add(f.costTypeCode());
                args.add(f.amountTkr());
                args.add(f.version());
                args.add(now);
                args.add(recordedBy);
                args.add(importId);
            }
            template.update(sql.toString(), args.toArray());
        }
    }

    /**
     * The current ledger facts of a verksamhet's kostnadsslag in a year, per account and month: the
     * cell's rows by its index, each kept if it is its key's highest version (one lookup in the unique
     * key's index per row; a later version mapped elsewhere takes the key out of the cell).
     */
    List<AccountMonth> cell(int year, String activityCode, String costTypeCode) {
        return jdbc.sql("select f.kind, f.account, f.month, sum(f.amount_tkr) from ledger_fact f"
                        + " where f.year = :year and f.kind in ('ACTUAL', 'BUDGET') and f.activity_code = :activity"
                        + " and f.cost_type = :costType and f.version = (select max(g.version) from ledger_fact g"
                        + " where g.year = f.year and g.kind = f.kind and g.account = f.account and g.ansvar = f.ansvar"
                        + " and g.verksamhetskod = f.verksamhetskod and g.month = f.month)"
                        + " group by f.kind, f.account, f.month order by f.account, f.month")
                .param("year", year)
                .param("activity", activityCode)
                .param("costType", costTypeCode)
                .query((rs, i) -> new AccountMonth(
                        LedgerRows.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)))
                .list();
    }

    /** Whether a year has any kontoplan, to copy into the next. */
    boolean hasKontoplan(int year) {
        return jdbc.sql("select count(*) from ledger_account_map where year = ?")
                        .param(year)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
