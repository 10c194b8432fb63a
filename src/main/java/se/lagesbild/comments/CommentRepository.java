package se.lagesbild.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.lagesbild.base.Comments.Comment;
import se.lagesbild.base.Comments.Kind;
import se.lagesbild.base.Comments.Subject;

/** The analysis_comment table (V18): append-only, the highest version of a subject and period is current. */
@Repository
class CommentRepository {

    private static final String COLUMNS =
            "subject_kind, subject_key, year, month, body, version, recorded_at, recorded_by";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every comment of a year, the latest period and version first. */
    List<Comment> versions(int year) {
        return jdbc.sql("select " + COLUMNS + """
                 from analysis_comment
                where year = :year
                order by month desc, version desc""")
                .param("year", year)
                .query(CommentRepository::comment)
                .list();
    }

    void insert(Comment comment) {
        jdbc.sql("insert into analysis_comment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        comment.subject().kind().name(),
                        comment.subject().key(),
                        comment.period().getYear(),
                        comment.period().getMonthValue(),
                        comment.body(),
                        comment.version(),
                        Timestamp.from(comment.recordedAt()),
                        comment.recordedBy())
                .update();
    }

    /** The length of the body column, as the schema says: what {@code Comments.MAX_LENGTH} must agree with. */
    int bodyLength() {
        return jdbc.sql("""
                select character_maximum_length from information_schema.columns
                where table_schema = database() and table_name = 'analysis_comment' and column_name = 'body'""").query(Integer.class).single();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new Comment(
                new Subject(Kind.valueOf(rs.getString("subject_kind")), rs.getString("subject_key")),
                YearMonth.of(rs.getInt("year"), rs.getInt("month")),
                rs.getString("body"),
                rs.getInt("version"),
                at,
                rs.getString("recorded_by"));
    }
}
