package se.lagesbild.base.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as shown on screen, ready for export: a title, the number columns after the label
 * column, and the rows with their numbers (exact, not rounded) and depth in the hierarchy.
 */
public record ExportTable(String title, String labelHeader, List<Column> columns, List<Row> rows) {

    /** A number column: its header and the decimals it is shown with. */
    public record Column(String header, int decimals) {
    }

    /** A row: its label, its depth (0 for a top line), its values (null for empty) and emphasis. */
    public record Row(String label, int depth, List<BigDecimal> values, boolean emphasised) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
