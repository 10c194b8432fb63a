package se.lagesbild.importing;

import java.util.List;
import se.lagesbild.base.SwedishTexts;

/**
 * One problem in a file: the file, its row (as in the file, the header is row 1; null for the file
 * as a whole), the column (its header; null when the row as a whole is wrong), and the message as a
 * translation key with its arguments. {@link #message()} is the Swedish text.
 */
public record ImportError(String file, Integer row, String column, String messageKey, List<String> args) {

    public ImportError {
        args = List.copyOf(args);
    }

    /** The message in Swedish, as the log and the endpoint give it. */
    public String message() {
        return SwedishTexts.swedish(messageKey, args);
    }
}
