package se.lagesbild.economy.imports;

import java.util.List;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportStatus;

/** An import attempt: its id in the import log, how it ended, its counts, its first errors and their total. */
public record ImportResult(
        long importId,
        ImportStatus status,
        ImportKind kind,
        int added,
        int corrected,
        int unchanged,
        List<ImportError> errors,
        int errorCount) {

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
