package se.lagesbild.base.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV file Lägesbild writes (the table exports, the audit log, the case lists, the struktur
 * files): as Swedish Excel reads it (semicolons, CRLF, fields quoted when they hold a semicolon, a
 * quote, CR or LF; Apache Commons CSV writes them), and safe to open (OWASP's CSV injection advice):
 * a text cell that begins with {@code = + - @}, a tab or a CR gets a leading {@code '}, so Excel
 * shows it as text instead of running it as a formula. A plain number ({@code -12,5}) is left as it
 * is. Reading a struktur file back takes the {@code '} off again ({@link #unneutralised}).
 */
public final class Csv {

    private static final CSVFormat SWEDISH_EXCEL = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private Csv() {}

    /** The text as a cell that no spreadsheet runs as a formula. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaLike =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** A cell as written by {@link #neutralised}, back as it was (a file exported and imported again). */
    public static String unneutralised(String cell) {
        return cell != null
                        && cell.length() > 1
                        && cell.charAt(0) == '\''
                        && !neutralised(cell.substring(1)).equals(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    /**
     * Writes records: text cells (String) neutralised, other values (numbers already formatted by the
     * caller as {@link Number}s or {@link Raw}) as they are; null is an empty cell.
     */
    public static void write(Writer out, Iterable<? extends List<?>> records) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, SWEDISH_EXCEL);
        for (List<?> record : records) {
            for (Object cell : record) {
                printer.print(
                        switch (cell) {
                            case null -> "";
                            case String text -> neutralised(text);
                            case Raw raw -> raw.text();
                            default -> String.valueOf(cell);
                        });
            }
            printer.println();
        }
        printer.flush();
    }

    /** A cell written as it is (a number in Swedish notation, "-1 234,5"): never neutralised. */
    public record Raw(String text) {}
}
