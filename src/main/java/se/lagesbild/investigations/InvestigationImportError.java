package se.lagesbild.investigations;

import java.util.List;

/**
 * An error found in a case export file, where it is and what it is: the investigations import's
 * {@link se.lagesbild.importing.ImportError} (which the endpoint answers with, this one's row and column
 * copied over), before it knows the file's name.
 *
 * @param row    the row in the file, 1 for the header row
 * @param column the column as "header (letter)", e.g. "Avslutad (E)"; empty for the whole row or file
 * @param key    the translation key of the message ({@code investigations.import.error.*})
 * @param args   the message's arguments, already formatted
 */
public record InvestigationImportError(int row, String column, String key, List<String> args) {

    public InvestigationImportError {
        args = List.copyOf(args);
    }
}
