package se.lagesbild.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lagesbild.base.TextLimits;

/**
 * The audit trail: every write records who, when, what, old → new, in the transaction of the write
 * (so a write that rolls back leaves no record, and no write is left unrecorded). Records are only
 * ever inserted: there is no code that changes or removes one, and the database's triggers refuse it.
 */
@Service
public class Audit {

    /** What the audit view filters on; null or blank fields match everything. */
    public record Filter(
            String username, String unitCode, String period, AuditKind kind, LocalDate from, LocalDate to) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    private final JdbcClient jdbc;
    private final Access access;

    Audit(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Records a write; joins the caller's transaction. */
    @Transactional
    public void record(
            String username,
            AuditKind kind,
            String unitCode,
            String period,
            String what,
            String oldValue,
            String newValue) {
        jdbc.sql("insert into audit_event (at, username, kind, unit_code, period, what, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(Instant.now()),
                        TextLimits.cut(username, TextLimits.USER_NAME),
                        kind.name(),
                        unitCode,
                        period,
                        shorten(what),
                        oldValue,
                        newValue)
                .update();
    }

    /** The events matching the filter, newest first, at most {@code limit}; for admins and controllers. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(String user, Filter filter, int limit) {
        access.checkMayReadAudit(user);
        StringBuilder sql =
                new StringBuilder("select id, at, username, kind, unit_code, period, what, old_value, new_value"
                        + " from audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (present(filter.username())) {
            sql.append(" and username = ?");
            params.add(filter.username().strip());
        }
        if (present(filter.unitCode())) {
            sql.append(" and unit_code = ?");
            params.add(filter.unitCode());
        }
        if (present(filter.period())) {
            sql.append(" and period like ?");
            params.add(filter.period().strip() + "%");
        }
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new AuditEvent(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        AuditKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String shorten(String what) {
        return TextLimits.cut(what, TextLimits.AUDIT_WHAT);
    }
}
