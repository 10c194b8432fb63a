package se.lagesbild.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lagesbild.importing.Table;

/**
 * A ledger export as a table (CSV as Swedish Excel writes it, or XLSX): columns Konto, Ansvar,
 * Verksamhetskod (or Verksamhet), Period (YYYYMM) or År and Månad, Belopp (or Utfall; Budget for a
 * budget per account), and optionally Kontonamn and Text. Headers are recognised whatever their case
 * and order. Amounts in kronor as the bookkeeping writes them (debit +).
 */
final class TableLedgerReader {

    private TableLedgerReader() {}

    private enum Column {
        ACCOUNT("konto", "kontonr", "konto nr", "kontonummer"),
        ANSVAR("ansvar", "ansvarskod", "ansvarsställe", "kostnadsställe"),
        ACTIVITY_CODE("verksamhetskod", "verksamhet", "vht", "verksamhetsnr"),
        PERIOD("period", "bokföringsperiod"),
        YEAR("år", "ar", "räkenskapsår"),
        MONTH("månad", "manad"),
        AMOUNT("belopp", "utfall", "belopp kr", "utfall kr"),
        BUDGET("budget", "budget kr"),
        NAME("kontonamn", "kontobenämning", "benämning"),
        TEXT("text", "transaktionstext");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** Whether the header names the ledger's columns (a konto and an amount). */
    static boolean isLedger(Table table) {
        Map<Column, Integer> columns = columns(table.header());
        return columns.containsKey(Column.ACCOUNT)
                && (columns.containsKey(Column.AMOUNT) || columns.containsKey(Column.BUDGET));
    }

    static void read(Table table, LedgerRows rows) {
        Map<Column, Integer> columns = columns(table.header());
        for (Column required : List.of(Column.ACCOUNT, Column.ANSVAR)) {
            if (!columns.containsKey(required)) {
                rows.error(table.header().number(), null, "import.error.missingColumn", header(required));
            }
        }
        if (!columns.containsKey(Column.PERIOD)
                && !(columns.containsKey(Column.YEAR) && columns.containsKey(Column.MONTH))) {
            rows.error(table.header().number(), null, "import.error.missingColumn", "Period");
        }
        if (!columns.containsKey(Column.AMOUNT) && !columns.containsKey(Column.BUDGET)) {
            rows.error(table.header().number(), null, "import.error.missingColumn", "Belopp");
        }
        if (rows.hasErrors()) {
            return;
        }
        if (table.rows().isEmpty()) {
            rows.error(null, null, "import.error.noRows");
        }
        for (Table.Row row : table.rows()) {
            readRow(row, columns, rows);
        }
    }

    private static void readRow(Table.Row row, Map<Column, Integer> columns, LedgerRows rows) {
        String account = text(row, columns, Column.ACCOUNT);
        if (!AccountRange.validAccount(account)) {
            rows.error(row.number(), "Konto", "ledger.error.account", account);
            return;
        }
        if (!SieReader.resultAccount(account)) {
            return;
        }
        int year;
        int month;
        if (columns.containsKey(Column.PERIOD)) {
            String period = text(row, columns, Column.PERIOD).replace("-", "");
            if (!period.matches("\\d{6}")) {
                rows.error(row.number(), "Period", "ledger.error.period", period);
                return;
            }
            year = Integer.parseInt(period.substring(0, 4));
            month = Integer.parseInt(period.substring(4, 6));
        } else {
            String y = text(row, columns, Column.YEAR);
            String m = text(row, columns, Column.MONTH);
            if (!y.matches("\\d{4}") || !m.matches("\\d{1,2}")) {
                rows.error(row.number(), "Period", "ledger.error.period", y + " " + m);
                return;
            }
            year = Integer.parseInt(y);
            month = Integer.parseInt(m);
        }
        if (month < 1 || month > 12 || year < 1900 || year > 2999) {
            rows.error(row.number(), "Period", "ledger.error.period", year + String.format("%02d", month));
            return;
        }
        String ansvar = text(row, columns, Column.ANSVAR);
        String activityCode = text(row, columns, Column.ACTIVITY_CODE);
        rows.name(account, text(row, columns, Column.NAME));
        for (Column amountColumn : List.of(Column.AMOUNT, Column.BUDGET)) {
            if (!columns.containsKey(amountColumn)) {
                continue;
            }
            Table.Cell cell = row.cell(columns.get(amountColumn));
            if (cell.isBlank()) {
                continue;
            }
            Long ore = cell.number() != null ? ore(cell.number()) : LedgerRows.ore(cell.trimmed());
            if (ore == null) {
                rows.error(row.number(), header(amountColumn), "ledger.error.amount", cell.trimmed());
                continue;
            }
            rows.add(
                    amountColumn == Column.AMOUNT ? LedgerRows.Kind.ACTUAL : LedgerRows.Kind.BUDGET,
                    year,
                    month,
                    account,
                    ansvar,
                    activityCode,
                    ore);
        }
    }

    private static Long ore(BigDecimal number) {
        BigDecimal ore = number.movePointRight(2);
        return ore.stripTrailingZeros().scale() > 0 ? null : ore.longValueExact();
    }

    private static String text(Table.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).trimmed();
    }

    private static String header(Column column) {
        String name = column.names.getFirst();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Map<Column, Integer> columns(Table.Row header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).trimmed().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        return columns;
    }
}
