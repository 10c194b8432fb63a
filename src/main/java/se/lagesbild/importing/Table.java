package se.lagesbild.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A file read as a table: its header row and its data rows, each with its row number as in the file
 * (the header is row 1, as Excel numbers them). Rows whose cells are all empty are left out.
 */
public record Table(Row header, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** A row of the file. */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * One cell: its text as written (a CSV field, an XLSX text cell) or, for an XLSX numeric cell,
     * the number it holds ({@code number} not null, {@code text} its plain rendering).
     */
    public record Cell(String text, BigDecimal number) {

        static final Cell EMPTY = new Cell("", null);

        static Cell text(String text) {
            return new Cell(text, null);
        }

        static Cell number(BigDecimal number) {
            return new Cell(number.stripTrailingZeros().toPlainString(), number);
        }

        public boolean isBlank() {
            return number == null && text.isBlank();
        }

        /** The text with every kind of space at either end removed. */
        public String trimmed() {
            return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        }
    }
}
