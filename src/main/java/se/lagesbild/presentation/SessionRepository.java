package se.lagesbild.presentation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The presentation sessions: one row each, whose current slide every node reads. */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a session; false when the code is taken. */
    boolean insert(String code, Long versionId, YearMonth period, String by) {
        try {
            jdbc.sql("insert into presentation_session (code, version_id, period, slide, started_at, started_by) values (?, ?, ?, 0, ?, ?)")
                    .params(code, versionId, period.toString(), Timestamp.from(Instant.now()), by).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Session> find(String code) {
        return jdbc.sql("select code, version_id, period, slide from presentation_session where code = ?")
                .param(code).query((rs, i) -> new Session(rs.getString(1), rs.getObject(2, Long.class),
                        YearMonth.parse(rs.getString(3)), rs.getInt(4))).optional();
    }

    /** Moves the session to a slide if {@code presenter} started it; false otherwise. */
    boolean moveTo(String code, int slide, String presenter) {
        return jdbc.sql("update presentation_session set slide = ? where code = ? and started_by = ?")
                .params(slide, code, presenter).update() == 1;
    }
}
