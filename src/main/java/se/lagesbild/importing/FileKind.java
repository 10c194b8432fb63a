package se.lagesbild.importing;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A kind of file the {@link ImportPipeline} imports, contributing only what is its own: its scope, its
 * columns, its row rule, how its rows compare with what is stored, and its apply step. The pipeline
 * does the rest alike for every kind: reading CSV or XLSX, the refusal guard, header matching, the
 * errors by file, row and column, the preview, applying all or nothing in one transaction with the
 * import log and the audit trail, a failure's log and audit row, and the endpoint (decisions/0012).
 *
 * @param <R> a valid row's value (a case, an amount line, …)
 * @param <C> what applying the file writes (the new and changed values)
 */
public interface FileKind<R, C> {

    /** The scope tokens and the endpoint name the kind by ({@code /api/import/<path>}). */
    ImportScope scope();

    /** The kind as the import log records it. */
    default String logKind() {
        return scope().name();
    }

    /** The columns the header must have (compared without case and extra spaces). */
    List<String> requiredColumns();

    /**
     * What refuses the whole file before anything else is read, whichever cell (or the file name) holds
     * it, e.g. a personnummer; null: nothing does. The log records only where, never the value.
     */
    default Predicate<String> refusal() {
        return null;
    }

    /**
     * The translation key of a file-level problem the pipeline finds: {@code unreadable}, {@code empty},
     * {@code missingColumn} (argument: the column), {@code refused}.
     */
    default String messageKey(String problem) {
        return "import.error." + problem;
    }

    /**
     * A row rule for one file (a new one each file: it may remember earlier rows, e.g. a key seen twice):
     * the row's value, or null when the row reported errors ({@link FileRow#error}).
     */
    Function<FileRow, R> rowRule(FileHeader header);

    /**
     * The file's valid rows compared with what is stored: the counts, what applying writes, and errors
     * that only the whole file shows (e.g. a row that would change a locked year).
     */
    Compared<C> compare(String fileName, FileHeader header, List<Read<R>> rows);

    /** Writes the changes, in the pipeline's transaction, after the import log row {@code importId}. */
    void apply(C changes, String user, String fileName, long importId);

    /** A valid row's value and its row number. */
    record Read<R>(int row, R value) {}

    /** What a file would change: added, changed and unchanged rows, the payload to apply, and late errors. */
    record Compared<C>(int added, int changed, int unchanged, C changes, List<ImportError> errors) {

        public Compared {
            errors = List.copyOf(errors);
        }
    }
}
