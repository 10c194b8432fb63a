package se.lagesbild.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Swedish number formatting as the reports print it, whatever the UI language: thousands grouped
 * with a non-breaking space, decimal comma, a real minus sign (U+2212) and rounding half away from
 * zero: "−1 924", "3,1 %", "−8,0 Mkr".
 */
public final class SwedishFormat {

    public static final char MINUS = '\u2212';
    public static final char GROUP = '\u00A0';

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private SwedishFormat() {}

    /** A point in time to the minute, in the server's time zone: "2021-09-14 10:32". */
    public static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** A point in time to the second, for logs: "2021-09-14 10:32:05". */
    public static String second(Instant at) {
        return SECOND.format(at);
    }

    /** Whole tkr: "−1 924". Empty for null. */
    public static String tkr(BigDecimal tkr) {
        return tkr == null ? "" : number(tkr, 0);
    }

    /** Mkr with one decimal from an amount in tkr: "−8,0 Mkr". */
    public static String mkr(BigDecimal tkr) {
        return tkr == null ? "" : number(tkr.movePointLeft(3), 1) + GROUP + "Mkr";
    }

    /** A percentage: "3,1 %". */
    public static String percent(BigDecimal percent, int decimals) {
        return percent == null ? "" : number(percent, decimals) + GROUP + "%";
    }

    /** A percentage with its sign, for changes: "+4,7 %", "−1,0 %". */
    public static String signedPercent(BigDecimal percent, int decimals) {
        if (percent == null) {
            return "";
        }
        String text = percent(percent, decimals);
        return rounded(percent, decimals).signum() > 0 ? "+" + text : text;
    }

    /** A whole number with thousands grouping: "1 234". */
    public static String integer(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /** A number rounded to {@code decimals}: "2 585", "20,4", "−1,5". Empty for null. */
    public static String decimal(BigDecimal value, int decimals) {
        return value == null ? "" : number(value, decimals);
    }

    /** A number with all its decimals, unrounded: "−1 234,567", "−1 234,5", "12". Empty for null. */
    public static String exact(BigDecimal value) {
        return value == null
                ? ""
                : number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /**
     * A cell of an exported table as the report prints it: the text of a text column, a percentage
     * with its sign "%", or a number with the column's decimals. Empty for no value.
     */
    public static String cell(
            se.lagesbild.base.export.ExportTable table, se.lagesbild.base.export.ExportTable.Row row, int column) {
        se.lagesbild.base.export.ExportTable.Column c = table.columns().get(column);
        if (c.isText()) {
            return row.text(column) == null ? "" : row.text(column);
        }
        BigDecimal value = row.values().get(column);
        if (value == null) {
            return "";
        }
        return c.percent() ? percent(value, c.decimals()) : number(value, c.decimals());
    }

    /** Rounds as the reports do: half away from zero. */
    public static BigDecimal rounded(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Rounded to whole tkr, as shown. */
    public static long wholeTkr(BigDecimal tkr) {
        return rounded(tkr, 0).longValueExact();
    }

    private static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = rounded(value, decimals);
        String digits = rounded.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(GROUP);
            }
            grouped.append(whole.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(',').append(digits.substring(dot + 1));
        }
        return (rounded.signum() < 0 ? String.valueOf(MINUS) : "") + grouped;
    }
}
