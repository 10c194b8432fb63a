package se.lagesbild.reportdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The versions of the report's rows and texts: only ever inserted (V17's triggers refuse the rest). */
@Repository
class ReportDataRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ReportDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRows(SectionKind kind, YearMonth period, List<List<String>> rows, Instant at, String by, String source) {
        jdbc.sql("""
                insert into report_rows_version (kind, period, recorded_at, recorded_by, source, content)
                values (?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), period.toString(), Timestamp.from(at), by, source, JSON.writeValueAsString(rows))
                .update();
    }

    Optional<RowSet> currentRows(SectionKind kind, YearMonth period) {
        return current(ROW_VERSIONS, kind.name(), period, ReportDataRepository::rowSet);
    }

    /** The version in force of the latest period before {@code period} that has one. */
    Optional<RowSet> previousRows(SectionKind kind, YearMonth period) {
        return previous(ROW_VERSIONS, kind.name(), period, ReportDataRepository::rowSet);
    }

    List<RowSet> rowHistory(SectionKind kind, YearMonth period) {
        return history(ROW_VERSIONS, kind.name(), period, ReportDataRepository::rowSet);
    }

    /** A versioned table: its name, the column naming what is versioned, and the column holding it. */
    private record Versions(String table, String key, String content) {

        String select() {
            return "select id, " + key + ", period, " + content + ", recorded_at, recorded_by, source from " + table;
        }
    }

    private static final Versions ROW_VERSIONS = new Versions("report_rows_version", "kind", "content");
    private static final Versions TEXT_VERSIONS = new Versions("report_text_version", "chapter", "markdown");

    /** The version in force: the latest of the period. */
    private <T> Optional<T> current(Versions versions, String key, YearMonth period, RowMapper<T> mapper) {
        return jdbc.sql(versions.select() + " where " + versions.key() + " = ? and period = ? order by id desc limit 1")
                .params(key, period.toString())
                .query(mapper)
                .optional();
    }

    /** The version in force of the latest period before {@code period} that has one. */
    private <T> Optional<T> previous(Versions versions, String key, YearMonth period, RowMapper<T> mapper) {
        return jdbc.sql(versions.select() + " v where " + versions.key() + " = ? and period < ?"
                        + " and id = (select max(id) from " + versions.table() + " w where w." + versions.key()
                        + " = v." + versions.key() + " and w.period = v.period) order by period desc limit 1")
                .params(key, period.toString())
                .query(mapper)
                .optional();
    }

    /** Every version of the period, the latest first. */
    private <T> List<T> history(Versions versions, String key, YearMonth period, RowMapper<T> mapper) {
        return jdbc.sql(versions.select() + " where " + versions.key() + " = ? and period = ? order by id desc")
                .params(key, period.toString())
                .query(mapper)
                .list();
    }

    private static RowSet rowSet(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RowSet(
                rs.getLong(1),
                SectionKind.valueOf(rs.getString(2)),
                YearMonth.parse(rs.getString(3)),
                JSON.readValue(rs.getString(4), ROWS),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7));
    }

    void insertText(Chapter chapter, YearMonth period, String markdown, Instant at, String by, String source) {
        jdbc.sql("""
                insert into report_text_version (chapter, period, recorded_at, recorded_by, source, markdown)
                values (?, ?, ?, ?, ?, ?)""")
                .params(chapter.name(), period.toString(), Timestamp.from(at), by, source, markdown)
                .update();
    }

    Optional<ChapterText> currentText(Chapter chapter, YearMonth period) {
        return current(TEXT_VERSIONS, chapter.name(), period, ReportDataRepository::text);
    }

    /** The text in force of the latest period before {@code period} that has one. */
    Optional<ChapterText> previousText(Chapter chapter, YearMonth period) {
        return previous(TEXT_VERSIONS, chapter.name(), period, ReportDataRepository::text);
    }

    List<ChapterText> textHistory(Chapter chapter, YearMonth period) {
        return history(TEXT_VERSIONS, chapter.name(), period, ReportDataRepository::text);
    }

    private static ChapterText text(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ChapterText(
                rs.getLong(1),
                Chapter.valueOf(rs.getString(2)),
                YearMonth.parse(rs.getString(3)),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7));
    }
}
