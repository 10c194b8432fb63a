package se.lagesbild.importing;

import java.util.List;

/** An import attempt: its id in the import log, how it ended, its counts and its errors. */
public record ImportResult(
        long importId,
        ImportStatus status,
        ImportKind kind,
        int added,
        int corrected,
        int unchanged,
        List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
