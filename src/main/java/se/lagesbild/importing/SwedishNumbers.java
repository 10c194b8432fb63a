package se.lagesbild.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish Excel writes them: decimal comma, optional thousands groups separated by a
 * space, a no-break space (U+00A0) or a narrow no-break space (U+202F), and a minus written as
 * '-' or '−' (U+2212): "−1 924,5", "-1924,5", "1 924". A decimal point is not accepted (in a
 * Swedish file "1.924" is ambiguous).
 */
public final class SwedishNumbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}( \\d{3})+|\\d+)(,\\d+)?");

    private SwedishNumbers() {}

    /** The number a text holds, or null when it is not a number. */
    public static BigDecimal parse(String text) {
        String normalised = text.strip()
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2212', '-')
                .strip();
        if (!NUMBER.matcher(normalised).matches()) {
            return null;
        }
        return new BigDecimal(normalised.replace(" ", "").replace(',', '.').replace("+", ""));
    }

    /** The number of a cell: an XLSX number as it is, text parsed as above; null when not a number. */
    public static BigDecimal parse(Table.Cell cell) {
        return cell.number() != null ? cell.number() : parse(cell.text());
    }
}
