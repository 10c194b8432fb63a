package se.lagesbild.ledger;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.lagesbild.importing.SwedishCsv;

/**
 * Reads the records of an SIE 4 file (type 4E or 4I, SIE filformat utgåva 4B) that the ledger needs:
 * {@code #FORMAT} (PC8 is code page 437; otherwise UTF-8 when the bytes are, else Windows-1252),
 * {@code #RAR 0} (the year), {@code #DIM} (which dimension is ansvar and which verksamhetskod),
 * {@code #KONTO} (names), {@code #VER} with its {@code #TRANS} rows (utfall per transaction date, or
 * the verifikation's date), {@code #PSALDO} (utfall per period, used when the file has no
 * transactions) and {@code #PBUDGET} (budget per period). Fields are separated by spaces or tabs;
 * a field in quotes may hold spaces and {@code \"}; an object list is {@code {dimension "object" …}}.
 * Amounts are the bookkeeping's (debit +); the ledger turns them into the reports' signs.
 * Every other record ({@code #RTRANS}, {@code #BTRANS}, {@code #IB}, {@code #KSUMMA}, …) is skipped.
 */
final class SieReader {

    static final Charset PC8 = Charset.forName("IBM437");

    /** The dimension SIE reserves for kostnadsställe/resultatenhet: ansvar unless #DIM says otherwise. */
    private static final String DEFAULT_ANSVAR_DIMENSION = "1";

    private final LedgerRows rows;
    private String ansvarDimension = DEFAULT_ANSVAR_DIMENSION;
    private String activityDimension;
    private final List<Balance> balances = new ArrayList<>();
    private boolean anyTransaction;
    private String verDate;
    private boolean inVer;

    /** A #PSALDO row, kept until the end: used only when the file has no #TRANS. */
    private record Balance(
            int line,
            int year,
            int month,
            String account,
            String ansvar,
            String verksamhetskod,
            long ore,
            boolean objects) {}

    private SieReader(LedgerRows rows) {
        this.rows = rows;
    }

    /** Whether the bytes look like an SIE file: the first record is a label such as #FLAGGA. */
    static boolean isSie(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i + 1 < bytes.length && bytes[i] == '#' && Character.isLetter(bytes[i + 1]);
    }

    static void read(byte[] bytes, LedgerRows rows) {
        new SieReader(rows).readAll(decode(bytes));
    }

    /** #FORMAT PC8: code page 437; otherwise as the bytes say (UTF-8, else Windows-1252). */
    static String decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int format = head.indexOf("#FORMAT");
        if (format >= 0) {
            int end = head.indexOf('\n', format);
            String value = head.substring(format + 7, end < 0 ? head.length() : end)
                    .strip()
                    .toUpperCase(Locale.ROOT);
            if (value.startsWith("PC8")) {
                return new String(bytes, PC8);
            }
        }
        return SwedishCsv.decode(bytes);
    }

    private void readAll(String text) {
        int line = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            line++;
            record(text, start, end, line);
            start = end + 1;
        }
        if (!anyTransaction) {
            addBalances();
        }
    }

    private void record(String text, int start, int end, int line) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= end) {
            return;
        }
        char first = text.charAt(i);
        if (first == '{') {
            return;
        }
        if (first == '}') {
            inVer = false;
            return;
        }
        if (first != '#') {
            return;
        }
        int labelEnd = i;
        while (labelEnd < end && !Character.isWhitespace(text.charAt(labelEnd))) {
            labelEnd++;
        }
        if (labelEnd - i == 6 && text.startsWith("#TRANS", i)) {
            transaction(fields(text, labelEnd, end), line); // the million-row case, without the label's copy
            return;
        }
        String label = text.substring(i, labelEnd);
        switch (label) {
            case "#TRANS" -> transaction(fields(text, labelEnd, end), line);
            case "#VER" -> verification(fields(text, labelEnd, end), line);
            case "#PSALDO" -> balance(fields(text, labelEnd, end), line, false);
            case "#PBUDGET" -> balance(fields(text, labelEnd, end), line, true);
            case "#KONTO" -> {
                List<String> f = fields(text, labelEnd, end);
                if (f.size() >= 2) {
                    rows.name(f.get(0), f.get(1));
                }
            }
            case "#DIM" -> dimension(fields(text, labelEnd, end));
            default -> {
                // the other records say nothing the ledger keeps
            }
        }
    }

    private void dimension(List<String> f) {
        if (f.size() < 2) {
            return;
        }
        String name = f.get(1).toLowerCase(Locale.ROOT);
        if (name.contains("ansvar")) {
            ansvarDimension = f.get(0);
        } else if (name.contains("verksamhet")) {
            activityDimension = f.get(0);
        }
    }

    private void verification(List<String> f, int line) {
        inVer = true;
        verDate = f.size() >= 3 ? f.get(2) : null;
        if (verDate == null || !validDate(verDate)) {
            rows.error(line, "verdatum", "ledger.error.date", verDate == null ? "" : verDate);
            verDate = null;
        }
    }

    private void transaction(List<String> f, int line) {
        anyTransaction = true;
        if (f.size() < 3) {
            rows.error(line, null, "ledger.error.sieRecord", "#TRANS");
            return;
        }
        String account = f.get(0);
        if (!AccountRange.validAccount(account)) {
            rows.error(line, "kontonr", "ledger.error.account", account);
            return;
        }
        if (!resultAccount(account)) {
            return;
        }
        Long ore = LedgerRows.ore(f.get(2));
        if (ore == null) {
            rows.error(line, "belopp", "ledger.error.amount", f.get(2));
            return;
        }
        String date = f.size() >= 4 && !f.get(3).isEmpty() ? f.get(3) : verDate;
        if (date == null || !validDate(date)) {
            if (date != null || inVer) {
                rows.error(line, "transdat", "ledger.error.date", date == null ? "" : date);
            }
            return;
        }
        String list = f.get(1);
        rows.add(
                LedgerRows.Kind.ACTUAL,
                Integer.parseInt(date, 0, 4, 10),
                Integer.parseInt(date, 4, 6, 10),
                account,
                object(list, ansvarDimension),
                activityDimension == null ? "" : object(list, activityDimension),
                ore);
    }

    private void balance(List<String> f, int line, boolean budget) {
        String label = budget ? "#PBUDGET" : "#PSALDO";
        if (f.size() < 5) {
            rows.error(line, null, "ledger.error.sieRecord", label);
            return;
        }
        if (!"0".equals(f.get(0))) {
            return; // an earlier year's figures
        }
        String period = f.get(1);
        if (!period.matches("\\d{6}") || !validMonth(period)) {
            rows.error(line, "period", "ledger.error.period", period);
            return;
        }
        String account = f.get(2);
        if (!AccountRange.validAccount(account)) {
            rows.error(line, "konto", "ledger.error.account", account);
            return;
        }
        if (!resultAccount(account)) {
            return;
        }
        Long ore = LedgerRows.ore(f.get(4));
        if (ore == null) {
            rows.error(line, "saldo", "ledger.error.amount", f.get(4));
            return;
        }
        Map<String, String> objects = objects(f.get(3));
        Balance b = new Balance(
                line,
                Integer.parseInt(period.substring(0, 4)),
                Integer.parseInt(period.substring(4, 6)),
                account,
                objects.getOrDefault(ansvarDimension, ""),
                activityDimension == null ? "" : objects.getOrDefault(activityDimension, ""),
                ore,
                !objects.isEmpty());
        if (budget) {
            addBalance(LedgerRows.Kind.BUDGET, List.of(b));
        } else {
            balances.add(b);
        }
    }

    /**
     * The #PSALDO rows: an account's rows with an ansvar (or verksamhetskod) object where it has any,
     * else its row without objects; rows broken down by other dimensions only are left out, so that
     * nothing is counted twice.
     */
    private void addBalances() {
        Map<String, List<Balance>> byAccount = new HashMap<>();
        balances.forEach(b -> byAccount
                .computeIfAbsent(b.year + "/" + b.month + "/" + b.account, k -> new ArrayList<>())
                .add(b));
        byAccount.values().forEach(list -> {
            List<Balance> withDimension = list.stream()
                    .filter(b -> !b.ansvar.isEmpty() || !b.verksamhetskod.isEmpty())
                    .toList();
            addBalance(
                    LedgerRows.Kind.ACTUAL,
                    withDimension.isEmpty()
                            ? list.stream().filter(b -> !b.objects).toList()
                            : withDimension);
        });
    }

    private void addBalance(LedgerRows.Kind kind, List<Balance> list) {
        Set<String> seen = new HashSet<>();
        for (Balance b : list) {
            if (kind == LedgerRows.Kind.BUDGET && b.objects && b.ansvar.isEmpty() && b.verksamhetskod.isEmpty()) {
                continue;
            }
            if (seen.add(b.ansvar + '\u0000' + b.verksamhetskod)) {
                rows.add(kind, b.year, b.month, b.account, b.ansvar, b.verksamhetskod, b.ore);
            }
        }
    }

    /** Classes 1 and 2 are the balance sheet: not a verksamhet's intäkter or kostnader. */
    static boolean resultAccount(String account) {
        char c = account.charAt(0);
        return c >= '3' && c <= '9';
    }

    private static boolean validDate(String date) {
        if (date.length() != 8 || !date.chars().allMatch(Character::isDigit) || !validMonth(date)) {
            return false;
        }
        int day = Integer.parseInt(date.substring(6, 8));
        return day >= 1 && day <= 31;
    }

    private static boolean validMonth(String yyyymm) {
        int month = Integer.parseInt(yyyymm.substring(4, 6));
        int year = Integer.parseInt(yyyymm.substring(0, 4));
        return month >= 1 && month <= 12 && year >= 1900 && year <= 2999;
    }

    /**
     * The object of one dimension in an object list ("" when it has none), scanned without copying
     * more than the object: the #TRANS rows' fast path.
     */
    static String object(String list, String dimension) {
        int end = list.length() - 1;
        int i = 1;
        boolean isDimension = false;
        boolean dimensionToken = true;
        while (i < end) {
            char c = list.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start;
            int stop;
            int next;
            if (c == '"') {
                start = i + 1;
                int close = start;
                boolean escaped = false;
                while (close < end && list.charAt(close) != '"') {
                    escaped |= list.charAt(close) == '\\';
                    close += list.charAt(close) == '\\' ? 2 : 1;
                }
                stop = Math.min(close, end);
                next = close + 1;
                if (escaped && !dimensionToken && isDimension) {
                    return fields(list, i, stop + 1).getFirst();
                }
            } else {
                start = i;
                stop = i;
                while (stop < end && !Character.isWhitespace(list.charAt(stop))) {
                    stop++;
                }
                next = stop;
            }
            if (dimensionToken) {
                isDimension = stop - start == dimension.length() && list.startsWith(dimension, start);
            } else if (isDimension) {
                return list.substring(start, stop);
            }
            dimensionToken = !dimensionToken;
            i = next;
        }
        return "";
    }

    /** The pairs of an object list "{1 "100" 6 "P1"}": dimension → object. */
    static Map<String, String> objects(String list) {
        if (list.length() < 2 || list.charAt(0) != '{') {
            return Map.of();
        }
        List<String> f = fields(list, 1, list.length() - 1);
        if (f.isEmpty()) {
            return Map.of();
        }
        Map<String, String> objects = new HashMap<>();
        for (int i = 0; i + 1 < f.size(); i += 2) {
            objects.put(f.get(i), f.get(i + 1));
        }
        return objects;
    }

    /**
     * The fields of a record from {@code from} to {@code end}: words, quoted strings (with {@code \"}
     * and {@code \\} inside) and object lists kept whole ("{1 "100"}").
     */
    static List<String> fields(String text, int from, int end) {
        List<String> fields = new ArrayList<>(8);
        int i = from;
        while (true) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return fields;
            }
            char c = text.charAt(i);
            if (c == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (i < end && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < end) {
                        i++;
                    }
                    field.append(text.charAt(i++));
                }
                i++;
                fields.add(field.toString());
            } else if (c == '{') {
                int close = i + 1;
                boolean quoted = false;
                while (close < end && (quoted || text.charAt(close) != '}')) {
                    if (text.charAt(close) == '\\' && quoted) {
                        close++;
                    } else if (text.charAt(close) == '"') {
                        quoted = !quoted;
                    }
                    close++;
                }
                fields.add(text.substring(i, Math.min(close + 1, end)));
                i = close + 1;
            } else {
                int start = i;
                while (i < end && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                fields.add(text.substring(start, i));
            }
        }
    }
}
