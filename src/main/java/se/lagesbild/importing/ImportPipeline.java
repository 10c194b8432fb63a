package se.lagesbild.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;

/**
 * The import pipeline every {@link FileKind} runs through (decisions/0012): read the file (CSV or XLSX,
 * {@link ImportFiles#rows}), refuse it as a whole when a cell holds what the kind refuses (before
 * anything else is read), match the header, run the kind's row rule on every row collecting errors by
 * row and column, compare with what is stored, and apply all or nothing in one transaction with its
 * import log row and audit row ({@link ImportLog#record}); an attempt that fails unexpectedly is still
 * logged and audited ({@link ImportLog#recordFailure}). The caller checks who may import.
 */
@Service
public class ImportPipeline {

    /** What the pipeline found in a file: where it was refused, or its errors, or what it would change. */
    public record FileCheck<C>(
            String fileName,
            ImportError refusedAt,
            List<ImportError> errors,
            int errorCount,
            FileKind.Compared<C> compared) {

        public FileCheck {
            errors = List.copyOf(errors);
            errorCount = Math.max(errorCount, errors.size());
        }

        FileCheck(String fileName, ImportError refusedAt, List<ImportError> errors, FileKind.Compared<C> compared) {
            this(fileName, refusedAt, errors, errors.size(), compared);
        }

        /** Whether the file can be applied: not refused and free of errors. */
        public boolean canApply() {
            return refusedAt == null && errorCount == 0 && compared != null;
        }

        public ImportStatus status() {
            return refusedAt != null ? ImportStatus.REFUSED : canApply() ? ImportStatus.APPLIED : ImportStatus.REJECTED;
        }

        /** The errors as the endpoint answers them: the refusal alone, or every error. */
        public List<ImportError> answered() {
            return refusedAt != null ? List.of(refusedAt) : errors;
        }
    }

    /** An applied (or rejected, or refused) file: its check and its import log row. */
    public record Outcome<C>(FileCheck<C> check, ImportStatus status, long importId) {}

    private final ImportLog log;
    private final TransactionTemplate transaction;

    ImportPipeline(ImportLog log, TransactionTemplate transaction) {
        this.log = log;
        this.transaction = transaction;
    }

    /** Checks a file without storing anything; a refused file is logged (the refusal is worth a record). */
    public <R, C> FileCheck<C> preview(FileKind<R, C> kind, String fileName, byte[] bytes, String user) {
        FileCheck<C> check = check(kind, fileName, bytes);
        if (check.refusedAt() != null) {
            transaction.executeWithoutResult(status -> record(kind, check, bytes, user));
        }
        return check;
    }

    /** Checks a file and, without errors, applies it with its log row, all in one transaction. */
    public <R, C> Outcome<C> apply(FileKind<R, C> kind, String fileName, byte[] bytes, String user) {
        String name = loggedName(kind, fileName);
        try {
            return ImportMetrics.timed(
                    kind.scope().path(),
                    Outcome::status,
                    () -> transaction.execute(status -> applyChecked(kind, name, bytes, user)));
        } catch (RuntimeException e) {
            log.recordFailure(kind.logKind(), name, bytes, user, e);
            throw e;
        }
    }

    /** The same for a scheduled job, authorised by its API token (which must be scoped to the kind). */
    public <R, C> ApiImport.ApiImportResult importFile(
            FileKind<R, C> kind, ApiTokens.ApiToken token, String fileName, byte[] bytes) {
        if (!token.scopes().contains(kind.scope())) {
            throw new AccessDeniedException("The API token " + token.name() + " may not import " + kind.scope());
        }
        Outcome<C> outcome = apply(kind, fileName, bytes, token.recordedAs());
        FileKind.Compared<C> compared = outcome.status() == ImportStatus.APPLIED
                ? outcome.check().compared()
                : new FileKind.Compared<>(0, 0, 0, null, List.of());
        return new ApiImport.ApiImportResult(
                outcome.status(),
                outcome.importId(),
                compared.added(),
                compared.changed(),
                compared.unchanged(),
                outcome.check().answered(),
                outcome.check().refusedAt() != null ? 1 : outcome.check().errorCount());
    }

    private <R, C> Outcome<C> applyChecked(FileKind<R, C> kind, String fileName, byte[] bytes, String user) {
        FileCheck<C> check = check(kind, fileName, bytes);
        long id = record(kind, check, bytes, user);
        if (check.canApply()) {
            kind.apply(check.compared().changes(), user, check.fileName(), id);
        }
        return new Outcome<>(check, check.status(), id);
    }

    /** The log row (and its audit row) of a checked file. */
    private <R, C> long record(FileKind<R, C> kind, FileCheck<C> check, byte[] bytes, String user) {
        String checksum = Checksums.sha256(bytes);
        return switch (check.status()) {
            case REFUSED ->
                log.record(
                        kind.logKind(),
                        check.fileName(),
                        checksum,
                        user,
                        ImportStatus.REFUSED,
                        0,
                        0,
                        0,
                        SwedishTexts.swedish(
                                "import.log.refused",
                                String.valueOf(check.refusedAt().row()),
                                String.valueOf(check.refusedAt().column())));
            case REJECTED -> {
                ImportError first = check.errors().getFirst();
                yield log.record(
                        kind.logKind(),
                        check.fileName(),
                        checksum,
                        user,
                        ImportStatus.REJECTED,
                        0,
                        0,
                        0,
                        SwedishTexts.swedish(
                                "import.log.rejected",
                                String.valueOf(check.errorCount()),
                                first.row() == null ? "–" : String.valueOf(first.row()),
                                first.column() == null ? "–" : first.column(),
                                first.message()));
            }
            case APPLIED ->
                log.record(
                        kind.logKind(),
                        check.fileName(),
                        checksum,
                        user,
                        ImportStatus.APPLIED,
                        check.compared().added(),
                        check.compared().changed(),
                        check.compared().unchanged(),
                        null);
        };
    }

    /** Reads and checks a file: nothing is stored. */
    public <R, C> FileCheck<C> check(FileKind<R, C> kind, String fileName, byte[] bytes) {
        String name = loggedName(kind, fileName);
        List<List<String>> rows;
        try {
            rows = ImportFiles.rows(bytes);
        } catch (IOException | RuntimeException e) {
            return rejected(name, fileError(kind, name, e));
        }
        Predicate<String> refusal = kind.refusal();
        if (refusal != null) {
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (refusal.test(row.get(c))) {
                        String header = r > 0 && c < rows.getFirst().size()
                                ? rows.getFirst().get(c).strip()
                                : "";
                        ImportError where = new ImportError(
                                name, r + 1, FileHeader.column(header, c), kind.messageKey("refused"), List.of());
                        return new FileCheck<>(name, where, List.of(), null);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return rejected(name, new ImportError(name, 1, null, kind.messageKey("empty"), List.of()));
        }
        FileHeader header = new FileHeader(rows.getFirst());
        ImportErrors errors = new ImportErrors();
        for (String required : kind.requiredColumns()) {
            if (header.index(required) < 0) {
                errors.add(new ImportError(name, 1, null, kind.messageKey("missingColumn"), List.of(required)));
            }
        }
        if (!errors.isEmpty()) {
            return new FileCheck<>(name, null, errors.kept(), errors.count(), null);
        }
        Function<FileRow, R> rule = kind.rowRule(header);
        List<FileKind.Read<R>> read = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            FileRow row = new FileRow(name, header, cells, r + 1, errors);
            R value = rule.apply(row);
            if (value != null) {
                read.add(new FileKind.Read<>(r + 1, value));
            }
        }
        if (errors.isEmpty() && read.isEmpty()) {
            return rejected(name, new ImportError(name, 1, null, kind.messageKey("empty"), List.of()));
        }
        if (!errors.isEmpty()) {
            return new FileCheck<>(name, null, errors.kept(), errors.count(), null);
        }
        FileKind.Compared<C> compared = kind.compare(name, header, read);
        return compared.errors().isEmpty()
                ? new FileCheck<>(name, null, List.of(), compared)
                : new FileCheck<>(name, null, compared.errors(), null);
    }

    private static <C> FileCheck<C> rejected(String name, ImportError error) {
        return new FileCheck<>(name, null, List.of(error), null);
    }

    private static ImportError fileError(FileKind<?, ?> kind, String name, Exception e) {
        if (e.getCause() instanceof UnreadableFileException unreadable
                && unreadable.messageKey().equals("import.error.formula")) {
            return new ImportError(name, null, null, unreadable.messageKey(), unreadable.args());
        }
        return new ImportError(name, 1, null, kind.messageKey("unreadable"), List.of());
    }

    /**
     * The file's name as logged: cleaned and cut ({@link ImportFiles#fileName}), and left out when it,
     * too, holds what the kind refuses.
     */
    static String loggedName(FileKind<?, ?> kind, String fileName) {
        String name = ImportFiles.fileName(fileName);
        return kind.refusal() != null && kind.refusal().test(name)
                ? SwedishTexts.swedish("import.log.nameWithheld")
                : name;
    }
}
