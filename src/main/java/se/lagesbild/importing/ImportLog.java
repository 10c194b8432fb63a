package se.lagesbild.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.TextLimits;
import se.lagesbild.security.Audit;
import se.lagesbild.security.AuditKind;

/**
 * The import log (table import_log): every attempt to import a file, by any feature's import, with its
 * outcome, and its row in the audit trail (kind IMPORT), written together in the caller's transaction:
 * there is no import log row without its audit row. An attempt that fails unexpectedly (and rolls
 * back) is recorded by {@link #recordFailure} in a transaction of its own.
 */
@Service
public class ImportLog {

    private static final Logger logger = LoggerFactory.getLogger(ImportLog.class);

    private final JdbcClient jdbc;
    private final Audit audit;
    private final TransactionTemplate separate;

    ImportLog(JdbcClient jdbc, Audit audit, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an attempt that threw (its own transaction rolled back, so nothing of the file is stored):
     * a REJECTED log row and its audit row, in a new transaction. The message is Swedish and never the
     * exception's own (which may be a database's); the exception goes to the server log only.
     */
    public long recordFailure(String kind, String fileName, byte[] bytes, String importedBy, RuntimeException e) {
        logger.warn("Import of {} ({}) by {} failed", fileName, kind, importedBy, e);
        String message = e instanceof DataAccessException || e instanceof TransactionException
                ? SwedishTexts.swedish("import.api.databaseFailed", List.of(fileName))
                : SwedishTexts.swedish("import.error.unexpected", List.of(fileName));
        Long id = separate.execute(status ->
                record(kind, fileName, Checksums.sha256(bytes), importedBy, ImportStatus.REJECTED, 0, 0, 0, message));
        return id == null ? 0 : id;
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
                        TextLimits.cut(fileName, TextLimits.FILE_NAME),
                        checksum,
                        Timestamp.from(Instant.now()),
                        TextLimits.cut(importedBy, TextLimits.USER_NAME),
                        status.name(),
                        added,
                        corrected,
                        unchanged,
                        TextLimits.cut(message, TextLimits.LOG_MESSAGE))
                .update(key, "id");
        audit.record(
                importedBy,
                AuditKind.IMPORT,
                null,
                null,
                kind + "-import: " + fileName,
                null,
                status == ImportStatus.APPLIED
                        ? status.name() + ": " + added + " nya, " + corrected + " ändrade, " + unchanged
                                + " oförändrade"
                        : TextLimits.cut(
                                status.name() + (message == null ? "" : ": " + message), TextLimits.AUDIT_WHAT));
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
                        shown(rs.getString(3), rs.getString(11))))
                .list();
    }

    /**
     * A message as the log view shows it. Rows written before issue 20 may hold an exception's own text
     * after "Importen avbröts av ett oväntat fel:" (a database's "Data too long …"): those show the
     * Swedish message of today instead, never the database's.
     */
    static String shown(String fileName, String message) {
        String failed = SwedishTexts.swedish("import.error.failed", List.of("")).strip();
        return message != null && message.startsWith(failed)
                ? SwedishTexts.swedish("import.error.unexpected", List.of(fileName))
                : message;
    }
}
