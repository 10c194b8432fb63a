package se.lagesbild.importing;

import java.util.List;

/**
 * One data row as a {@link FileKind}'s row rule reads it: its cells by column name, and its errors,
 * reported with the file, the row as Excel numbers it and the column ({@link FileHeader#label}).
 */
public final class FileRow {

    private final String file;
    private final FileHeader header;
    private final List<String> cells;
    private final int row;
    private final ImportErrors errors;

    FileRow(String file, FileHeader header, List<String> cells, int row, ImportErrors errors) {
        this.file = file;
        this.header = header;
        this.cells = cells;
        this.row = row;
        this.errors = errors;
    }

    /** The row's number as in the file (the header is row 1). */
    public int row() {
        return row;
    }

    public FileHeader header() {
        return header;
    }

    /** The cell of {@code column}, stripped; empty when the column or the cell is missing. */
    public String raw(String column) {
        int i = header.index(column);
        return i < 0 || i >= cells.size() ? "" : cells.get(i).strip();
    }

    /** The cell's text, or null when empty (an error "value missing" when {@code required}). */
    public String text(String column, boolean required, String missingKey) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, missingKey);
            }
            return null;
        }
        return value;
    }

    /** Reports an error at this row and {@code column} (a translation key and its arguments). */
    public void error(String column, String key, String... args) {
        errors.add(new ImportError(file, row, header.label(column), key, List.of(args)));
    }

    /** How many errors the file has so far (a rule compares before and after a row). */
    public int errorCount() {
        return errors.count();
    }
}
