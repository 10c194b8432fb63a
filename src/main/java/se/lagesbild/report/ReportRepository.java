package se.lagesbild.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.lagesbild.base.SlidePins;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Frozen report versions (stored once, as JSON, never updated) and the pinned slides. */
@Repository
class ReportRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertVersion(String name, YearMonth period, Instant frozenAt, String frozenBy, ReportSnapshot snapshot) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into report_version (name, period, frozen_at, frozen_by, content) values (?, ?, ?, ?, ?)")
                .params(name, period.toString(), Timestamp.from(frozenAt), frozenBy, JSON.writeValueAsString(snapshot))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<ReportVersion> versions() {
        return jdbc.sql(
                        "select id, name, period, frozen_at, frozen_by, content from report_version order by frozen_at desc, id desc")
                .query((rs, i) -> version(rs))
                .list();
    }

    Optional<ReportVersion> version(long id) {
        return jdbc.sql("select id, name, period, frozen_at, frozen_by, content from report_version where id = ?")
                .param(id)
                .query((rs, i) -> version(rs))
                .optional();
    }

    private static ReportVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportVersion(
                rs.getLong(1),
                rs.getString(2),
                YearMonth.parse(rs.getString(3)),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                JSON.readValue(rs.getString(6), ReportSnapshot.class));
    }

    long insertPin(SlidePins.Kind kind, String scope, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into presentation_pin (kind, scope, pinned_at, pinned_by) values (?, ?, ?, ?)")
                .params(kind.name(), scope, Timestamp.from(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void removePin(long id, Instant at) {
        jdbc.sql("update presentation_pin set removed_at = ? where id = ? and removed_at is null")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** The pins in force, in the order they were pinned. */
    List<Pin> pins() {
        return jdbc.sql(
                        "select id, kind, scope, pinned_at, pinned_by from presentation_pin where removed_at is null order by id")
                .query((rs, i) -> new Pin(
                        rs.getLong(1),
                        SlidePins.Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }
}
