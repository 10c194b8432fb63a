package se.lagesbild.economy.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.base.Checksums;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.importing.ApiImport;
import se.lagesbild.importing.ApiTokens;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportLog;
import se.lagesbild.importing.ImportMetrics;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.security.Access;

/**
 * Economy imports (utfall, budget, prognos) from CSV or XLSX files: a preview of what a file would
 * change, and applying it all-or-nothing. Every row is compared with the current fact of its key;
 * only added and corrected rows are written (as new versions, with the import's id), so importing
 * the same file again changes nothing. Every attempt to apply, and every previewed file with
 * errors, is recorded in the import log.
 */
@Service
public class EconomyImport implements ApiImport {

    private static final int LOGGED_ERRORS = 10;

    private final OrganisationService organisation;
    private final EconomyService economy;
    private final ImportLog log;
    private final TransactionTemplate transaction;
    private final Access access;

    EconomyImport(
            OrganisationService organisation,
            EconomyService economy,
            ImportLog log,
            TransactionTemplate transaction,
            Access access) {
        this.access = access;
        this.organisation = organisation;
        this.economy = economy;
        this.log = log;
        this.transaction = transaction;
    }

    /**
     * What importing a file would change, without changing anything ({@code kind} null: the kind
     * the header names). A file with errors is logged as rejected.
     */
    public EconomyImportPreview preview(ImportKind kind, String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        Evaluation evaluation = evaluate(kind, ImportFiles.fileName(fileName), bytes);
        if (!evaluation.preview.ok()) {
            transaction.executeWithoutResult(status -> logRejected(evaluation.preview, user));
        }
        return evaluation.preview;
    }

    /**
     * Imports a file for a controller: checks it again (a preview may be stale) and, without errors,
     * records its added and corrected rows in one transaction; with any error nothing but the log is written.
     */
    public ImportResult apply(ImportKind kind, String fileName, byte[] bytes, String user) {
        access.checkMayImport(user);
        return applyChecking(kind, fileName, bytes, user);
    }

    /**
     * Imports a file for a scheduled job, authorised by its API token ({@link ApiTokens#authorise}): the
     * token must be in force and scoped to the kind; the import is recorded as {@code api:<job>}.
     */
    public ImportResult apply(ApiTokens.ApiToken token, ImportKind kind, String fileName, byte[] bytes) {
        if (!token.scopes().contains(kind.scope())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The API token " + token.name() + " may not import " + kind);
        }
        return applyChecking(kind, fileName, bytes, token.recordedAs());
    }

    @Override
    public Set<ImportScope> scopes() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::scope).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes) {
        ImportResult result = apply(token, ImportKind.of(scope).orElseThrow(), fileName, bytes);
        return new ApiImportResult(
                result.status(),
                result.importId(),
                result.added(),
                result.corrected(),
                result.unchanged(),
                result.errors(),
                result.errorCount());
    }

    private ImportResult applyChecking(ImportKind kind, String givenName, byte[] bytes, String user) {
        String fileName = ImportFiles.fileName(givenName);
        try {
            return ImportMetrics.timed(
                    kind == null ? "unknown" : kind.scope().path(),
                    ImportResult::status,
                    () -> transaction.execute(status -> applyChecked(kind, fileName, bytes, user)));
        } catch (RuntimeException e) {
            log.recordFailure(kind == null ? "UNKNOWN" : kind.name(), fileName, bytes, user, e);
            throw e;
        }
    }

    /** Whether the user may import (the policy: {@link Access#mayImport}); views hide "Importera" otherwise. */
    public boolean mayImport(String user) {
        return access.mayImport(user);
    }

    private ImportResult applyChecked(ImportKind kind, String fileName, byte[] bytes, String user) {
        Evaluation evaluation = evaluate(kind, fileName, bytes);
        EconomyImportPreview preview = evaluation.preview;
        if (!preview.ok()) {
            long id = logRejected(preview, user);
            return new ImportResult(
                    id, ImportStatus.REJECTED, preview.kind(), 0, 0, 0, preview.errors(), preview.errorCount());
        }
        long id = log.record(
                preview.kind().name(),
                fileName,
                preview.checksum(),
                user,
                ImportStatus.APPLIED,
                preview.added(),
                preview.corrected(),
                preview.unchanged(),
                null);
        if (!evaluation.changedFacts.isEmpty()) {
            economy.record(
                    preview.kind().factKind(),
                    evaluation.changedFacts,
                    preview.kind().summaryKey(),
                    user,
                    SwedishTexts.swedish("import.reason", List.of(fileName)),
                    id);
        }
        return new ImportResult(
                id,
                ImportStatus.APPLIED,
                preview.kind(),
                preview.added(),
                preview.corrected(),
                preview.unchanged(),
                List.of(),
                0);
    }

    private long logRejected(EconomyImportPreview preview, String user) {
        List<ImportError> errors = preview.errors();
        String message = SwedishTexts.swedish("import.log.errors", List.of(String.valueOf(preview.errorCount()))) + " "
                + errors.stream()
                        .limit(LOGGED_ERRORS)
                        .map(EconomyImport::describe)
                        .collect(Collectors.joining("; "))
                + (preview.errorCount() > LOGGED_ERRORS ? "; …" : "");
        String kind = preview.kind() == null ? "UNKNOWN" : preview.kind().name();
        return log.record(kind, preview.fileName(), preview.checksum(), user, ImportStatus.REJECTED, 0, 0, 0, message);
    }

    /** An error as one line of text: "Rad 3, Verksamhet: Okänd verksamhet …". */
    static String describe(ImportError error) {
        String place =
                error.row() == null ? "" : SwedishTexts.swedish("import.log.row", List.of(String.valueOf(error.row())));
        if (error.column() != null) {
            place = place.isEmpty() ? error.column() : place + ", " + error.column();
        }
        return place.isEmpty() ? error.message() : place + ": " + error.message();
    }

    private record Evaluation(EconomyImportPreview preview, List<AmountFact> changedFacts) {}

    private Evaluation evaluate(ImportKind kind, String fileName, byte[] bytes) {
        FileValidator.Result result = new FileValidator(
                        fileName,
                        organisation.organisation(),
                        organisation.names(),
                        economy::yearState,
                        organisation::organisation)
                .validate(kind, bytes);
        String checksum = Checksums.sha256(bytes);
        if (!result.ok()) {
            return new Evaluation(
                    new EconomyImportPreview(
                            result.kind(),
                            fileName,
                            checksum,
                            List.of(),
                            0,
                            0,
                            0,
                            result.errors(),
                            result.errorCount()),
                    List.of());
        }
        Map<Integer, Map<AmountFact.Key, BigDecimal>> current = result.lines().stream()
                .map(FileValidator.Line::year)
                .distinct()
                .collect(Collectors.toMap(
                        year -> year, year -> economy.current(result.kind().factKind(), year)));
        List<RowChange> changes = new ArrayList<>();
        List<AmountFact> changedFacts = new ArrayList<>();
        int added = 0;
        int corrected = 0;
        int unchanged = 0;
        for (FileValidator.Line line : result.lines()) {
            Map<AmountFact.Key, BigDecimal> stored = current.get(line.year());
            BigDecimal before = null;
            boolean anyStored = false;
            boolean allEqual = true;
            for (AmountFact fact : line.facts()) {
                BigDecimal amount = stored.get(fact.key());
                if (amount != null) {
                    anyStored = true;
                    before = before == null ? amount : before.add(amount);
                }
                if (amount == null || amount.compareTo(fact.amountTkr()) != 0) {
                    allEqual = false;
                    changedFacts.add(fact);
                }
            }
            RowChange.Change change = allEqual
                    ? RowChange.Change.UNCHANGED
                    : anyStored ? RowChange.Change.CORRECTED : RowChange.Change.ADDED;
            switch (change) {
                case ADDED -> added++;
                case CORRECTED -> corrected++;
                case UNCHANGED -> unchanged++;
            }
            if (change != RowChange.Change.UNCHANGED) {
                changes.add(new RowChange(
                        line.row(),
                        change,
                        line.year(),
                        line.month(),
                        line.activity().name(),
                        line.costType().name(),
                        before,
                        line.amount()));
            }
        }
        return new Evaluation(
                new EconomyImportPreview(
                        result.kind(), fileName, checksum, changes, added, corrected, unchanged, List.of(), 0),
                changedFacts);
    }
}
