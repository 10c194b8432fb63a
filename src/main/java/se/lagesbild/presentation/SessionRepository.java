package se.lagesbild.presentation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The presentation sessions: one row each, whose current slide every node reads. A session is
 * running while it has no {@code ended_at} and its presenter moved after {@code idleSince}; every
 * statement that ends or removes sessions may run on several nodes at once and twice in a row.
 */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a session; false when the code is taken (by a running or a recently ended session). */
    boolean insert(String code, Long versionId, YearMonth period, String by, Instant now) {
        try {
            jdbc.sql("""
                    insert into presentation_session (code, version_id, period, slide, started_at, started_by, last_move_at)
                    values (?, ?, ?, 0, ?, ?, ?)""")
                    .params(code, versionId, period.toString(), Timestamp.from(now), by, Timestamp.from(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The session of a code; ended if it was ended or its presenter has not moved since {@code idleSince}. */
    Optional<Session> find(String code, Instant idleSince) {
        return jdbc.sql("""
                select code, version_id, period, slide, ended_at is not null or last_move_at < ?
                from presentation_session where code = ?""")
                .params(Timestamp.from(idleSince), code)
                .query((rs, i) -> new Session(
                        rs.getString(1),
                        rs.getObject(2, Long.class),
                        YearMonth.parse(rs.getString(3)),
                        rs.getInt(4),
                        rs.getBoolean(5)))
                .optional();
    }

    /** Moves a running session to a slide if {@code presenter} started it; false otherwise. */
    boolean moveTo(String code, int slide, String presenter, Instant now, Instant idleSince) {
        return jdbc.sql("""
                update presentation_session set slide = ?, last_move_at = ?
                where code = ? and started_by = ? and ended_at is null and last_move_at >= ?""")
                        .params(slide, Timestamp.from(now), code, presenter, Timestamp.from(idleSince))
                        .update()
                == 1;
    }

    /** Whether {@code user} started the session of {@code code}, ended or not. */
    boolean presents(String code, String user) {
        return jdbc.sql("select count(*) from presentation_session where code = ? and started_by = ?")
                        .params(code, user)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** Ends a running session of {@code presenter}; false when it had ended already (or is not theirs). */
    boolean end(String code, String presenter, Instant now) {
        return jdbc.sql(
                                "update presentation_session set ended_at = ? where code = ? and started_by = ? and ended_at is null")
                        .params(Timestamp.from(now), code, presenter)
                        .update()
                == 1;
    }

    /** Marks the running sessions whose presenter has not moved since {@code idleSince} as ended; the number marked. */
    int endIdle(Instant now, Instant idleSince) {
        return jdbc.sql("update presentation_session set ended_at = ? where ended_at is null and last_move_at < ?")
                .params(Timestamp.from(now), Timestamp.from(idleSince))
                .update();
    }

    /** Removes the sessions that ended before {@code endedBefore}; the number removed. */
    int removeEnded(Instant endedBefore) {
        return jdbc.sql("delete from presentation_session where ended_at < ?")
                .param(Timestamp.from(endedBefore))
                .update();
    }
}
