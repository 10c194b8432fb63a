package se.lagesbild.economy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.economy.EconomyColumns;
import se.lagesbild.economy.EconomyColumns.Figure;
import se.lagesbild.economy.EconomyColumns.Kind;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.Figures;

/**
 * The report's table: a label column and the figure columns (period, full year, forecast change),
 * optionally with the same period last year. The same column definitions produce the export, so
 * the file holds exactly what the screen shows.
 */
class EconomyGrid extends TreeGrid<EconomyLine> {

    /** How much of a comment the grid's cell shows. */
    private static final int COMMENT_SHOWN = 80;

    private final Function<EconomyLine, String> label;
    private final List<Figure> figures = new ArrayList<>();
    private Map<String, Figures> lastYear = Map.of();
    private List<EconomyLine> roots = List.of();
    /** Cells whose value changed at the last refresh: line code → figure keys; marked briefly. */
    private Map<String, java.util.Set<String>> changed = Map.of();

    EconomyGrid(String labelHeaderKey, Function<EconomyLine, String> label, boolean withLastYear) {
        this.label = label;
        addClassName("economy-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addHierarchyColumn(label::apply)
                .setHeader(getTranslation(labelHeaderKey))
                .setWidth("16rem")
                .setFlexGrow(0)
                .setResizable(true)
                .setFrozen(true);
        List<Column<EconomyLine>> period =
                EconomyColumns.PERIOD.stream().map(this::column).toList();
        List<Column<EconomyLine>> year =
                EconomyColumns.YEAR.stream().map(this::column).toList();
        EconomyColumns.FORECAST.forEach(this::column);
        HeaderRow groups = prependHeaderRow();
        groups.join(period.toArray(Column[]::new)).setText(getTranslation("economy.header.period"));
        groups.join(year.toArray(Column[]::new)).setText(getTranslation("economy.header.year"));
        if (withLastYear) {
            Column<EconomyLine> last = column(EconomyColumns.LAST_YEAR, line -> lastYear.get(line.code()));
            groups.getCell(last).setText(getTranslation("economy.header.lastYear"));
        }
        setPartNameGenerator(line -> switch (line.level()) {
            case COMMITTEE, SUM -> "total-row";
            case AREA -> "subtotal-row";
            default -> line.children().isEmpty() ? null : "subtotal-row";
        });
    }

    /**
     * Adds the comment column: each line's analysis of the period (shortened; the whole text in its
     * tooltip), after the figures it explains.
     */
    void addCommentColumn(Function<EconomyLine, String> comment) {
        addColumn(line -> shortened(comment.apply(line)))
                .setHeader(getTranslation("comments.column"))
                .setKey("comment")
                .setWidth("14rem")
                .setFlexGrow(2)
                .setTooltipGenerator(line -> comment.apply(line))
                .setPartNameGenerator(line -> "comment-cell");
    }

    private static String shortened(String text) {
        return text == null || text.length() <= COMMENT_SHOWN ? text : text.substring(0, COMMENT_SHOWN - 1) + "…";
    }

    /**
     * Shows the lines and, when the grid has that column, last year's figures by code. The first
     * time every line is expanded; on a refresh (a live change) the user's collapsed lines stay
     * collapsed and the cells whose figure changed are marked for a moment.
     */
    void show(List<EconomyLine> lines, Map<String, Figures> lastYearByCode) {
        boolean refresh = !roots.isEmpty();
        java.util.Set<String> collapsed = new java.util.HashSet<>();
        Map<String, EconomyLine> before = new java.util.HashMap<>();
        roots.forEach(root -> collect(root, before));
        before.values().stream()
                .filter(l -> !l.children().isEmpty() && !isExpanded(l))
                .forEach(l -> collapsed.add(l.code()));
        roots = List.copyOf(lines);
        lastYear = lastYearByCode == null ? Map.of() : Map.copyOf(lastYearByCode);
        changed = refresh ? changedCells(before) : Map.of();
        setItems(roots, EconomyLine::children);
        Map<String, EconomyLine> now = new java.util.HashMap<>();
        roots.forEach(root -> collect(root, now));
        expand(now.values().stream()
                .filter(l -> !l.children().isEmpty() && !collapsed.contains(l.code()))
                .toList());
    }

    private Map<String, java.util.Set<String>> changedCells(Map<String, EconomyLine> before) {
        Map<String, EconomyLine> now = new java.util.HashMap<>();
        roots.forEach(root -> collect(root, now));
        Map<String, java.util.Set<String>> cells = new java.util.HashMap<>();
        now.forEach((code, line) -> {
            EconomyLine old = before.get(code);
            for (Figure figure : figures) {
                if (figure != EconomyColumns.LAST_YEAR
                        && old != null
                        && !java.util.Objects.equals(
                                figure.value().apply(old.figures()),
                                figure.value().apply(line.figures()))) {
                    cells.computeIfAbsent(code, c -> new java.util.HashSet<>()).add(figure.key());
                }
            }
        });
        return cells;
    }

    private static void collect(EconomyLine line, Map<String, EconomyLine> byCode) {
        byCode.put(line.code(), line);
        line.children().forEach(child -> collect(child, byCode));
    }

    /** The codes of the cells marked as changed by the last refresh (for tests and the notice). */
    Map<String, java.util.Set<String>> changedCells() {
        return changed;
    }

    /** What the grid shows, as a table to export. */
    ExportTable export(String title) {
        return EconomyColumns.table(
                title,
                getColumns().getFirst().getHeaderText(),
                figures,
                roots,
                label::apply,
                lastYear,
                this::getTranslation);
    }

    private Column<EconomyLine> column(Figure figure) {
        return column(figure, EconomyLine::figures);
    }

    /**
     * A right-aligned, sortable number column. Deviations below zero carry the minus sign and are
     * also marked red (the sign, not the colour, carries the meaning).
     */
    private Column<EconomyLine> column(Figure figure, Function<EconomyLine, Figures> source) {
        figures.add(figure);
        Function<EconomyLine, String> text = line -> {
            Figures f = source.apply(line);
            BigDecimal value = f == null ? null : figure.value().apply(f);
            return figure.kind() == Kind.PERCENT ? SwedishFormat.percent(value, 1) : SwedishFormat.tkr(value);
        };
        Column<EconomyLine> column = addColumn(text::apply)
                .setHeader(getTranslation(figure.key()))
                .setKey(figure.key())
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem")
                .setFlexGrow(1)
                .setComparator(Comparator.comparing(
                        line -> {
                            Figures f = source.apply(line);
                            return f == null ? null : figure.value().apply(f);
                        },
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true);
        column.setPartNameGenerator(line -> {
            String parts =
                    figure.kind() != Kind.AMOUNT && text.apply(line).startsWith(String.valueOf(SwedishFormat.MINUS))
                            ? "negative"
                            : "";
            if (changed.getOrDefault(line.code(), java.util.Set.of()).contains(figure.key())) {
                parts += " changed";
            }
            return parts.isBlank() ? null : parts.strip();
        });
        return column;
    }
}
