package se.lagesbild.reportdata;

import java.util.List;
import se.lagesbild.base.SwedishTexts;

/**
 * A problem in a section's rows: the row (1 for the first data row in the editor; the file's row
 * number, header = 1, for a file), the field's header (null for the row as a whole) and the
 * message as a translation key with arguments.
 */
public record RowError(int row, String column, String messageKey, List<String> args) {

    public RowError {
        args = List.copyOf(args);
    }

    public String message() {
        return SwedishTexts.swedish(messageKey, args);
    }
}
