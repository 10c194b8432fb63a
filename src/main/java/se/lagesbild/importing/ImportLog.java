package se.lagesbild.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The import log (table import_log): every attempt to import a file, by any feature's import, with its
 * outcome. Written in the caller's transaction.
 */
@Service
public class ImportLog {

    private final JdbcClient jdbc;

    ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an import attempt: the kind (ACTUAL, BUDGET, FORECAST, INVESTIGATIONS, UNKNOWN), the file,
     * its checksum, who imported it, how it ended, the counts and a message (errors, refusal); returns its id.
     */
    public long record(
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

    /** The import log, newest first. */
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
