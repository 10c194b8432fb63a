package se.lagesbild.economy.imports;

import java.util.List;
import se.lagesbild.importing.ImportError;

/**
 * What importing a file would do: its kind (null when it cannot be told), the rows it would add or
 * correct, how many rows it would add, correct and leave unchanged, and its first errors (at most
 * 200) and their total (any error: the file cannot be imported).
 */
public record EconomyImportPreview(
        ImportKind kind,
        String fileName,
        String checksum,
        List<RowChange> changes,
        int added,
        int corrected,
        int unchanged,
        List<ImportError> errors,
        int errorCount) {

    public EconomyImportPreview {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }
}
