package se.lagesbild.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lagesbild.importing.ImportError;

/**
 * What a ledger file says, summed while it is read (a million rows become one sum per konto, ansvar,
 * verksamhetskod and month): amounts in öre with the number of rows behind each sum, the accounts'
 * names, and the errors found.
 */
final class LedgerRows {

    /** utfall or budget. */
    enum Kind {
        ACTUAL,
        BUDGET
    }

    /** The key of a sum, the key of {@code ledger_fact} without its version. */
    record Key(Kind kind, int year, int month, String account, String ansvar, String verksamhetskod) {}

    /** A sum in öre and how many rows of the file make it. */
    static final class Sum {
        long ore;
        int rows;
    }

    private static final int MAX_ERRORS = 100;

    private final String fileName;
    private final Map<Key, Sum> sums = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private int rows;

    LedgerRows(String fileName) {
        this.fileName = fileName;
    }

    void add(Kind kind, int year, int month, String account, String ansvar, String verksamhetskod, long ore) {
        Sum sum = sums.computeIfAbsent(new Key(kind, year, month, account, ansvar, verksamhetskod), k -> new Sum());
        sum.ore += ore;
        sum.rows++;
        rows++;
    }

    void name(String account, String name) {
        if (name != null && !name.isBlank()) {
            names.put(account, name.strip());
        }
    }

    void error(Integer row, String column, String key, String... args) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportError(fileName, row, column, key, List.of(args)));
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    String fileName() {
        return fileName;
    }

    Map<Key, Sum> sums() {
        return sums;
    }

    Map<String, String> names() {
        return names;
    }

    List<ImportError> errors() {
        return errors;
    }

    int rows() {
        return rows;
    }

    /** An amount with at most two decimals ("-1234.50", "1 234,5") in öre; null when not one. */
    static Long ore(String text) {
        String s = text.strip().replace('\u2212', '-').replace('\u00A0', ' ').replace('\u202F', ' ');
        if (s.indexOf(' ') >= 0) {
            s = s.replace(" ", "");
        }
        if (s.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        for (; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            whole = whole * 10 + (s.charAt(i) - '0');
            if (++digits > 15) {
                return null;
            }
        }
        long fraction = 0;
        int decimals = 0;
        if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            for (i++; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
                if (++decimals > 2) {
                    return null;
                }
                fraction = fraction * 10 + (s.charAt(i) - '0');
            }
            if (decimals == 0) {
                return null;
            }
        }
        if (i != s.length() || digits == 0) {
            return null;
        }
        long ore = whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
        return negative ? -ore : ore;
    }
}
