package se.lagesbild.investigations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer) in text, so that a file holding one can be refused as a whole.
 *
 * <p>What counts: a run of exactly 10 or 12 digits, or 6 or 8 digits, a separator ({@code -}, {@code +},
 * a space, a dot, an en dash or another dash or space; {@link #SEPARATOR}) and 4 digits, digits of any
 * script (full-width too) counting as digits ({@code YYMMDD-NNNC}, {@code YYYYMMDD-NNNC}, {@code YYMMDD+NNNC} for people aged 100 or
 * more, {@code YYMMDDNNNC}, {@code YYYYMMDDNNNC}), not part of a longer digit run, where
 * <ul>
 *   <li>the date part is a real date, the day plus 60 for a samordningsnummer (e.g. 63 for the 3rd);
 *       with a century, 18, 19 or 20 and that exact date; without, a date in the 1900s or 2000s;</li>
 *   <li>the ten digits {@code YYMMDDNNNC} pass the Luhn check (C is the check digit).</li>
 * </ul>
 * A 10-digit number with a wrong check digit, or whose first six digits are no date, is not one.
 * A number that lost its leading zero in a spreadsheet (born 2000–2009, stored as a number) has
 * nine digits and is not found; see docs/import-formats.md.
 */
public final class PersonalIdentityNumbers {

    /**
     * The separator a number may be written with: {@code -}, {@code +}, a space, a dot, and the dashes,
     * minus sign and spaces a word processor or a copy from a web page puts there (en dash, no-break space…).
     */
    private static final String SEPARATOR =
            "[-+ .\\u00A0\\u2007\\u202F\\u2010-\\u2015\\u2212\\uFE63\\uFF0B\\uFF0D\\uFF0E]";

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})" + SEPARATOR + "?(\\d{4})(?![0-9])");

    private PersonalIdentityNumbers() {}

    /** Whether {@code text} holds something that is a personnummer or samordningsnummer. */
    public static boolean containsOne(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        String ascii = asciiDigits(text);
        if (digits(ascii) < 10) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(ascii);
        while (m.find()) {
            if (isOne(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOne(String century, String yy, String mm, String dd, String last4) {
        if (!luhn(yy + mm + dd + last4)) {
            return false;
        }
        int month = Integer.parseInt(mm);
        int day = Integer.parseInt(dd);
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        int year = Integer.parseInt(yy);
        if (century != null) {
            int c = Integer.parseInt(century);
            return c >= 18 && c <= 20 && isDate(c * 100 + year, month, day);
        }
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The Luhn (mod 10) check over ten digits, as Skatteverket computes the check digit. */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }

    /** The text with every decimal digit of any script (full-width ０–９, Arabic-Indic …) as its ASCII digit. */
    private static String asciiDigits(String text) {
        StringBuilder ascii = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (ascii == null) {
                    ascii = new StringBuilder(text);
                }
                ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return ascii == null ? text : ascii.toString();
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
