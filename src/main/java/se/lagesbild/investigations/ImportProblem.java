package se.lagesbild.investigations;

import java.util.List;

/**
 * A problem found in an import file, where it is and what it is.
 *
 * @param row    the row in the file, 1 for the header row
 * @param column the column as "header (letter)", e.g. "Avslutad (E)"; empty for the whole row or file
 * @param key    the translation key of the message ({@code investigations.import.error.*})
 * @param args   the message's arguments, already formatted
 */
public record ImportProblem(int row, String column, String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }
}
