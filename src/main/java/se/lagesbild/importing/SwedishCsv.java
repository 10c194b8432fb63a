package se.lagesbild.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Swedish Excel writes it, read with Apache Commons CSV: semicolon-separated (or tab-separated, as "Unicode text"),
 * fields in double quotes where needed ({@code ""} for a quote inside), records ending in CRLF, LF
 * or CR. The encoding is detected: a byte order mark says UTF-8 or UTF-16; otherwise bytes that are
 * valid UTF-8 are UTF-8, and anything else is Windows-1252 (Excel's "CSV (semikolonavgränsad)").
 */
public final class SwedishCsv {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SwedishCsv() {}

    public static Table read(byte[] bytes) throws UnreadableFileException {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new UnreadableFileException("import.error.empty");
        }
        char separator = separator(text);
        List<Table.Row> rows = parse(text, separator);
        Table.Row header = rows.stream()
                .filter(r -> !r.isBlank())
                .findFirst()
                .orElseThrow(() -> new UnreadableFileException("import.error.empty"));
        if (separator == ';'
                && header.cells().size() == 1
                && header.cells().getFirst().text().contains(",")) {
            throw new UnreadableFileException("import.error.comma");
        }
        return new Table(
                header,
                rows.stream()
                        .filter(r -> r.number() > header.number() && !r.isBlank())
                        .toList());
    }

    /** The text of the file in the encoding it was written in, without a byte order mark. */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Semicolon, unless the first line has tabs and no semicolons. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') < 0 && first.indexOf('\t') >= 0 ? '\t' : ';';
    }

    /**
     * Every record, numbered from 1 (Apache Commons CSV): a line break inside quotes belongs to the field,
     * {@code ""} is a quote inside one, text after a closing quote is kept, a quote left open runs to the
     * end of the file, and a blank line is a record of one empty field (it keeps its number).
     */
    private static List<Table.Row> parse(String text, char separator) throws UnreadableFileException {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(separator)
                .setQuote('"')
                .setEscape(null)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                List<Table.Cell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(Table.Cell.text(value));
                }
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("import.error.unreadable");
        }
        return rows;
    }
}
