package se.lagesbild.economy.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.lagesbild.economy.FactKind;
import se.lagesbild.importing.ImportScope;

/** The three economy files: utfall, budget and prognos (a forecast round). */
public enum ImportKind {
    ACTUAL(
            ImportScope.ACTUAL,
            FactKind.ACTUAL,
            "change.economy.actual",
            List.of(Column.YEAR, Column.MONTH, Column.ACTIVITY, Column.COST_TYPE, Column.AMOUNT)),
    BUDGET(
            ImportScope.BUDGET,
            FactKind.BUDGET,
            "change.economy.budget",
            List.of(Column.YEAR, Column.ACTIVITY, Column.COST_TYPE, Column.ANNUAL_AMOUNT)),
    FORECAST(
            ImportScope.FORECAST,
            FactKind.FORECAST,
            "change.economy.forecast",
            List.of(Column.YEAR, Column.ROUND_MONTH, Column.ACTIVITY, Column.COST_TYPE, Column.FULL_YEAR_AMOUNT));

    private final ImportScope scope;
    private final FactKind factKind;
    private final String summaryKey;
    private final List<Column> columns;

    ImportKind(ImportScope scope, FactKind factKind, String summaryKey, List<Column> columns) {
        this.scope = scope;
        this.factKind = factKind;
        this.summaryKey = summaryKey;
        this.columns = columns;
    }

    /** The API token scope that allows importing this kind (its name in the endpoint's path). */
    public ImportScope scope() {
        return scope;
    }

    public FactKind factKind() {
        return factKind;
    }

    /** The change notice open views show after an import of this kind. */
    String summaryKey() {
        return summaryKey;
    }

    /** The columns a file of this kind must have (a budget's monthly profile is optional). */
    List<Column> columns() {
        return columns;
    }

    /** The column holding the file's amount. */
    Column amountColumn() {
        return columns.getLast();
    }

    /** The column holding the month (utfall) or forecast round (prognos); null for a budget. */
    Column monthColumn() {
        return columns.get(1) == Column.ACTIVITY ? null : columns.get(1);
    }

    /** The kind a scope imports, if it is an economy file's. */
    static Optional<ImportKind> of(ImportScope scope) {
        return Arrays.stream(values()).filter(k -> k.scope == scope).findFirst();
    }

    /** The kind whose columns a header names: prognos by its forecast month, budget by its annual amount. */
    static Optional<ImportKind> detect(java.util.Set<Column> header) {
        if (header.contains(Column.ROUND_MONTH) || header.contains(Column.FULL_YEAR_AMOUNT)) {
            return Optional.of(FORECAST);
        }
        if (header.contains(Column.ANNUAL_AMOUNT)) {
            return Optional.of(BUDGET);
        }
        if (header.contains(Column.MONTH) || header.contains(Column.AMOUNT)) {
            return Optional.of(ACTUAL);
        }
        return Optional.empty();
    }
}
