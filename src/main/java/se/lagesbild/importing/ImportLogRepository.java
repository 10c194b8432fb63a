package se.lagesbild.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The import_log table. */
@Repository
public class ImportLogRepository {

    private final JdbcClient jdbc;

    ImportLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String kind,
            String fileName,
            String checksum,
            String importedBy,
            ImportStatus status,
            int added,
            int corrected,
            int unchanged,
            String message) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into import_log (kind, file_name, checksum_sha256, imported_at, imported_by, status,
                                        rows_added, rows_corrected, rows_unchanged, message)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        kind,
                        truncate(fileName, 300),
                        checksum,
                        Timestamp.from(Instant.now()),
                        truncate(importedBy, 100),
                        status.name(),
                        added,
                        corrected,
                        unchanged,
                        truncate(message, 2000))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<ImportLogEntry> newestFirst(int limit) {
        return jdbc.sql("""
                select id, kind, file_name, checksum_sha256, imported_at, imported_by, status,
                       rows_added, rows_corrected, rows_unchanged, message
                from import_log order by imported_at desc, id desc limit ?""")
                .param(limit)
                .query((rs, i) -> new ImportLogEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getString(11)))
                .list();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
