package se.lagesbild.base.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as shown on screen, ready for export: a title, the number columns after the label
 * column, and the rows with their numbers (exact, not rounded) and depth in the hierarchy.
 */
public record ExportTable(String title, String labelHeader, List<Column> columns, List<Row> rows) {

    /**
     * A number column: its header, the decimals it is shown with (a text column has decimals -1), and
     * whether its numbers are percentages.
     */
    public record Column(String header, int decimals, boolean percent) {

        public Column(String header, int decimals) {
            this(header, decimals, false);
        }

        /** A column of percentages shown with {@code decimals}. */
        public static Column percent(String header, int decimals) {
            return new Column(header, decimals, true);
        }

        /** A column of texts (references, dates, codes) rather than numbers. */
        public static Column text(String header) {
            return new Column(header, -1);
        }

        public boolean isText() {
            return decimals < 0;
        }
    }

    /**
     * A row: its label, its depth (0 for a top line), its values (null for empty) and emphasis; in
     * a text column the cell is the row's text at that position instead of its value.
     */
    public record Row(String label, int depth, List<BigDecimal> values, boolean emphasised, List<String> texts) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            texts = texts == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(texts));
        }

        public Row(String label, int depth, List<BigDecimal> values, boolean emphasised) {
            this(label, depth, values, emphasised, null);
        }

        /** A row of a table with text columns: {@code cells} holds a String or a BigDecimal per column. */
        public static Row of(String label, List<?> cells) {
            List<BigDecimal> values = new java.util.ArrayList<>();
            List<String> texts = new java.util.ArrayList<>();
            for (Object cell : cells) {
                values.add(cell instanceof BigDecimal number ? number : null);
                texts.add(cell instanceof BigDecimal || cell == null ? null : cell.toString());
            }
            return new Row(label, 0, values, false, texts);
        }

        /** The text of a text column, or null. */
        public String text(int column) {
            return column < texts.size() ? texts.get(column) : null;
        }
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
