package se.lagesbild.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.lagesbild.base.export.ExportTable;

/**
 * The columns of the report's economy tables (period, full year, forecast change, and the same
 * period last year) and the labels of their lines: one definition for the grid on screen, its
 * export, the slides and the PDF.
 */
public final class EconomyColumns {

    /** How a column's figure is shown: an amount, a signed deviation or a percentage. */
    public enum Kind {
        AMOUNT,
        DEVIATION,
        PERCENT
    }

    /** A figure column: its header's translation key, the figure, and its kind. */
    public record Figure(String key, Function<Figures, BigDecimal> value, Kind kind) {

        public int decimals() {
            return kind == Kind.PERCENT ? 1 : 0;
        }
    }

    public static final List<Figure> PERIOD = List.of(
            new Figure("economy.column.actual", Figures::actual, Kind.AMOUNT),
            new Figure("economy.column.budget", Figures::budget, Kind.AMOUNT),
            new Figure("economy.column.deviation", Figures::deviation, Kind.DEVIATION),
            new Figure("economy.column.deviationPercent", Figures::deviationPercent, Kind.PERCENT));
    public static final List<Figure> YEAR = List.of(
            new Figure("economy.column.forecast", Figures::forecast, Kind.AMOUNT),
            new Figure("economy.column.budgetYear", Figures::budgetYear, Kind.AMOUNT),
            new Figure("economy.column.deviationYear", Figures::deviationYear, Kind.DEVIATION),
            new Figure("economy.column.deviationYearPercent", Figures::deviationYearPercent, Kind.PERCENT));
    public static final List<Figure> FORECAST = List.of(
            new Figure("economy.column.previousForecast", Figures::previousForecast, Kind.AMOUNT),
            new Figure("economy.column.forecastChange", Figures::forecastChange, Kind.DEVIATION));
    public static final Figure LAST_YEAR = new Figure("economy.column.actualLastYear", Figures::actual, Kind.AMOUNT);

    private EconomyColumns() {}

    /** The columns of budgetavvikelse per verksamhet, and with last year of the resultaträkning. */
    public static List<Figure> columns(boolean withLastYear) {
        List<Figure> columns = new ArrayList<>(PERIOD);
        columns.addAll(YEAR);
        columns.addAll(FORECAST);
        if (withLastYear) {
            columns.add(LAST_YEAR);
        }
        return columns;
    }

    /** The report's labels: "Resultat ASN" for the nämnd, "Nettokostnad IFO" for an area, else the name. */
    public static String label(EconomyLine line, BiFunction<String, String, String> translate) {
        return switch (line.level()) {
            case COMMITTEE -> translate.apply("economy.line.committee", line.code());
            case AREA -> translate.apply("economy.line.area", line.code());
            default -> line.name();
        };
    }

    /** The resultaträkning's lines as printed: the kostnadsslag, then "Summa kostnader" and "Resultat". */
    public static List<EconomyLine> statementLines(IncomeStatement statement, Function<String, String> translate) {
        List<EconomyLine> lines = new ArrayList<>(statement.lines());
        lines.add(new EconomyLine(
                EconomyLine.Level.SUM,
                "TOTAL_COSTS",
                translate.apply("economy.totalCosts"),
                statement.totalCosts(),
                List.of()));
        lines.add(new EconomyLine(
                EconomyLine.Level.SUM, "RESULT", translate.apply("economy.result"), statement.result(), List.of()));
        return lines;
    }

    /**
     * The lines as a table: every line depth first, each with the figures of {@code columns} (the
     * last-year column from {@code lastYear} by code, empty where absent).
     */
    public static ExportTable table(
            String title,
            String labelHeader,
            List<Figure> columns,
            List<EconomyLine> roots,
            Function<EconomyLine, String> label,
            Map<String, Figures> lastYear,
            Function<String, String> translate) {
        List<ExportTable.Column> header = columns.stream()
                .map(f -> new ExportTable.Column(translate.apply(f.key()), f.decimals(), f.kind() == Kind.PERCENT))
                .toList();
        List<ExportTable.Row> rows = new ArrayList<>();
        roots.forEach(root -> addRows(root, 0, columns, label, lastYear, rows));
        return new ExportTable(title, labelHeader, header, rows);
    }

    private static void addRows(
            EconomyLine line,
            int depth,
            List<Figure> columns,
            Function<EconomyLine, String> label,
            Map<String, Figures> lastYear,
            List<ExportTable.Row> rows) {
        List<BigDecimal> values = new ArrayList<>();
        for (Figure figure : columns) {
            Figures source = figure == LAST_YEAR ? lastYear.get(line.code()) : line.figures();
            values.add(source == null ? null : figure.value().apply(source));
        }
        rows.add(new ExportTable.Row(
                label.apply(line),
                depth,
                values,
                line.level() != EconomyLine.Level.ACTIVITY
                        && (line.level() != EconomyLine.Level.COST_TYPE
                                || !line.children().isEmpty())));
        line.children().forEach(child -> addRows(child, depth + 1, columns, label, lastYear, rows));
    }
}
