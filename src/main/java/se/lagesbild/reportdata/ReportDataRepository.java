package se.lagesbild.reportdata;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
        return jdbc.sql("""
                select id, kind, period, content, recorded_at, recorded_by, source from report_rows_version
                where kind = ? and period = ? order by id desc limit 1""")
                .params(kind.name(), period.toString())
                .query((rs, i) -> rowSet(rs))
                .optional();
    }

    /** The version in force of the latest period before {@code period} that has one. */
    Optional<RowSet> previousRows(SectionKind kind, YearMonth period) {
        return jdbc.sql("""
                select id, kind, period, content, recorded_at, recorded_by, source from report_rows_version v
                where kind = ? and period < ?
                  and id = (select max(id) from report_rows_version w where w.kind = v.kind and w.period = v.period)
                order by period desc limit 1""")
                .params(kind.name(), period.toString())
                .query((rs, i) -> rowSet(rs))
                .optional();
    }

    List<RowSet> rowHistory(SectionKind kind, YearMonth period) {
        return jdbc.sql("""
                select id, kind, period, content, recorded_at, recorded_by, source from report_rows_version
                where kind = ? and period = ? order by id desc""")
                .params(kind.name(), period.toString())
                .query((rs, i) -> rowSet(rs))
                .list();
    }

    private static RowSet rowSet(java.sql.ResultSet rs) throws java.sql.SQLException {
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
        return jdbc.sql("""
                select id, chapter, period, markdown, recorded_at, recorded_by, source from report_text_version
                where chapter = ? and period = ? order by id desc limit 1""")
                .params(chapter.name(), period.toString())
                .query((rs, i) -> text(rs))
                .optional();
    }

    /** The text in force of the latest period before {@code period} that has one. */
    Optional<ChapterText> previousText(Chapter chapter, YearMonth period) {
        return jdbc.sql("""
                select id, chapter, period, markdown, recorded_at, recorded_by, source from report_text_version v
                where chapter = ? and period < ?
                  and id = (select max(id) from report_text_version w where w.chapter = v.chapter and w.period = v.period)
                order by period desc limit 1""")
                .params(chapter.name(), period.toString())
                .query((rs, i) -> text(rs))
                .optional();
    }

    List<ChapterText> textHistory(Chapter chapter, YearMonth period) {
        return jdbc.sql("""
                select id, chapter, period, markdown, recorded_at, recorded_by, source from report_text_version
                where chapter = ? and period = ? order by id desc""")
                .params(chapter.name(), period.toString())
                .query((rs, i) -> text(rs))
                .list();
    }

    private static ChapterText text(java.sql.ResultSet rs) throws java.sql.SQLException {
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
