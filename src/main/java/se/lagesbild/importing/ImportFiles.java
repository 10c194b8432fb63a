package se.lagesbild.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lagesbild.base.TextLimits;
import se.lagesbild.base.export.Csv;

/**
 * Reading a file as Swedish Excel writes it (CSV in UTF-8 or Windows-1252 with semicolons, or a
 * workbook), for imports outside this package: the one reader every import uses.
 */
public final class ImportFiles {

    /** The largest file an upload accepts (as spring.servlet.multipart.max-file-size for the endpoint). */
    public static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

    /** The name an import records for a file sent without one. */
    public static final String UNNAMED = "namnlös fil";

    private ImportFiles() {}

    /**
     * A file's name as every import records and shows it (the log, the audit trail, a fact's reason,
     * the answer): control characters (line breaks that would forge a log line) become spaces, and a
     * name longer than {@link TextLimits#FILE_NAME} is cut with "…"; a missing name is "namnlös fil".
     */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return UNNAMED;
        }
        StringBuilder clean = new StringBuilder(Math.min(name.length(), TextLimits.FILE_NAME + 1));
        for (int i = 0; i < name.length() && clean.length() <= TextLimits.FILE_NAME; i++) {
            char c = name.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        return TextLimits.cut(clean.toString().strip(), TextLimits.FILE_NAME);
    }

    /**
     * The rows of the file as cell texts, the list index being the row number − 1 (the header is
     * row 1; a blank row is an empty list), so that errors name the row as Excel shows it. Numbers
     * in a workbook come as plain text ("12.5"), dates as ISO dates ("2021-08-31"). An empty file
     * gives an empty list; a file that cannot be read throws.
     */
    public static List<List<String>> rows(byte[] bytes) throws IOException {
        Table table;
        try {
            table = Spreadsheet.isWorkbook(bytes) ? Spreadsheet.read(bytes) : SwedishCsv.read(bytes);
        } catch (UnreadableFileException e) {
            if ("import.error.empty".equals(e.messageKey())) {
                return List.of();
            }
            throw new IOException(e.getMessage(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Table.Row> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        for (Table.Row row : all) {
            while (rows.size() < row.number() - 1) {
                rows.add(List.of());
            }
            rows.add(row.cells().stream().map(Table.Cell::text).toList());
        }
        return rows;
    }

    /** A data row read by its columns' names: its number as Excel shows it (the header is row 1) and its cells. */
    public record NamedRow(int number, Map<String, String> cells) {

        /**
         * The cell of a column, stripped, without the {@code '} an export put before a formula-like text;
         * empty when the file has no such column or cell.
         */
        public String get(String column) {
            return Csv.unneutralised(cells.getOrDefault(column, "").strip());
        }
    }

    /**
     * Where the header row (of {@link #rows}) has each of the known columns, matched without regard to
     * case and a byte order mark; a column named twice counts where it is named first.
     */
    public static Map<String, Integer> columns(List<String> header, List<String> known) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip();
            int column = i;
            known.stream()
                    .filter(c -> c.equalsIgnoreCase(name))
                    .findFirst()
                    .ifPresent(c -> index.putIfAbsent(c, column));
        }
        return index;
    }

    /** The data rows of {@link #rows} below the header, by the columns {@link #columns} found; blank rows left out. */
    public static List<NamedRow> namedRows(List<List<String>> table, Map<String, Integer> index) {
        List<NamedRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            index.forEach((column, i) -> values.put(column, i < cells.size() ? cells.get(i) : ""));
            rows.add(new NamedRow(r + 1, values));
        }
        return rows;
    }

    /**
     * The number a cell of {@link #rows} holds: as Swedish Excel writes it (decimal comma, spaces between
     * thousands, '−', a trailing '%') or as a workbook's plain text ("12.5"); null when empty or no number.
     */
    public static BigDecimal number(String text) {
        String plain = text.replace('\u2212', '-')
                .replace(" ", "")
                .replace("\u00A0", "")
                .replace("\u202F", "")
                .replace("%", "")
                .replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
