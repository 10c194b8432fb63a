package se.lagesbild.reportdata;

import java.util.List;
import java.util.stream.Collectors;

/** Rows that cannot be saved: nothing of them is stored; every problem with its row and column. */
public class InvalidRowsException extends IllegalArgumentException {

    private final transient List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
        super(errors.stream()
                .map(e -> se.lagesbild.base.SwedishTexts.swedish(
                        "reportdata.error.at", e.row(), e.column() == null ? "" : e.column(), e.message()))
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
