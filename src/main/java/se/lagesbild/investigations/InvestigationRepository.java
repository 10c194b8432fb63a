package se.lagesbild.investigations;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Append-only storage of pseudonymised cases; reads take each case's latest version. The SQL
 * counts implement {@link InvestigationRules}' definitions for the database (tests hold the two
 * to the same results).
 */
@Repository
class InvestigationRepository {

    private static final String CURRENT =
            " i.version = (select max(v.version) from investigation v where v.reference = i.reference)";

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<Investigation> cases, String recordedBy, String reason, Long importId) {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("select reference, max(version) from investigation group by reference")
                .query((rs, i) -> versions.put(rs.getString(1), rs.getInt(2))).list();
        Timestamp now = Timestamp.from(Instant.now());
        for (Investigation c : cases) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into investigation (reference, version, unit_code, target_group, opened, closed, deadline,
                                               recorded_at, recorded_by, reason, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.reference(), versions.getOrDefault(c.reference(), 0) + 1, c.unitCode(),
                            c.targetGroup().name(), Date.valueOf(c.opened()),
                            c.closed() == null ? null : Date.valueOf(c.closed()), Date.valueOf(c.deadline()),
                            now, recordedBy, reason, importId)
                    .update(keys);
            long id = keys.getKey().longValue();
            for (DeadlineExtension e : c.extensions()) {
                jdbc.sql("insert into investigation_extension (investigation_id, decided, new_deadline, reason_code) values (?, ?, ?, ?)")
                        .params(id, Date.valueOf(e.decided()), Date.valueOf(e.newDeadline()), e.reasonCode())
                        .update();
            }
        }
    }

    /** Volumes of one enhet for the period {@code from..to} (inclusive). */
    Volumes volumes(String unitCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(i.opened <= :to and (i.closed is null or i.closed >= :from)), 0),
                       coalesce(sum(i.opened between :from and :to), 0),
                       coalesce(sum(i.closed between :from and :to), 0),
                       coalesce(sum(i.closed between :from and :to and i.closed > i.deadline), 0)
                from investigation i
                where i.unit_code = :unit and """ + CURRENT)
                .param("unit", unitCode).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, i) -> new Volumes(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    /** Cases of an enhet still open on {@code asOf} and past their deadline. */
    int overdue(String unitCode, LocalDate asOf) {
        return jdbc.sql("""
                select count(*) from investigation i
                where i.unit_code = :unit and i.opened <= :asOf and (i.closed is null or i.closed > :asOf)
                  and i.deadline < :asOf and """ + CURRENT)
                .param("unit", unitCode).param("asOf", Date.valueOf(asOf))
                .query(Integer.class).single();
    }

    java.util.Optional<java.time.YearMonth> latestMonth() {
        return jdbc.sql("select max(greatest(opened, coalesce(closed, opened))) from investigation")
                .query((rs, i) -> rs.getObject(1, LocalDate.class)).list().stream()
                .filter(java.util.Objects::nonNull).map(java.time.YearMonth::from).findFirst();
    }

    List<String> unitsWithCases() {
        return jdbc.sql("select distinct unit_code from investigation").query(String.class).list();
    }

    void setTarget(String unitCode, int year, java.math.BigDecimal lateShareTarget) {
        jdbc.sql("""
                insert into investigation_target (unit_code, year, late_share_target) values (?, ?, ?)
                on duplicate key update late_share_target = values(late_share_target)""")
                .params(unitCode, year, lateShareTarget).update();
    }

    java.util.Optional<java.math.BigDecimal> target(String unitCode, int year) {
        return jdbc.sql("select late_share_target from investigation_target where unit_code = ? and year = ?")
                .params(unitCode, year).query(java.math.BigDecimal.class).optional();
    }
}
