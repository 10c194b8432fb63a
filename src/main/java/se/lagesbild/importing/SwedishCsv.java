package se.lagesbild.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Swedish Excel writes it: semicolon-separated (or tab-separated, as "Unicode text"),
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

    /** Every record, numbered from 1; a line break inside quotes belongs to the field. */
    private static List<Table.Row> parse(String text, char separator) {
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                any = true;
            } else if (c == separator) {
                cells.add(Table.Cell.text(field.toString()));
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(Table.Cell.text(field.toString()));
                rows.add(new Table.Row(number++, cells));
                cells = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || !field.isEmpty() || !cells.isEmpty()) {
            cells.add(Table.Cell.text(field.toString()));
            rows.add(new Table.Row(number, cells));
        }
        return rows;
    }
}
