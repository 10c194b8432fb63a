package se.lagesbild.economy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.EconomyReport;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.Figures;
import se.lagesbild.importing.ImportService;
import se.lagesbild.importing.ui.ImportButton;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;

/**
 * Budgetavvikelse per verksamhet in the report's layout: nämnd → verksamhetsområde → verksamhet,
 * cumulative from January and for the full year, with the forecast change since the last round.
 */
@Route("ekonomi")
class EconomyView extends PeriodView {

    private final EconomyService economy;
    private final TreeGrid<EconomyLine> grid = new TreeGrid<>();
    private final Div chartHolder = new Div();
    private final Span forecastNote = new Span();

    EconomyView(EconomyService economy, ChangeBroadcaster broadcaster, ImportService imports) {
        super("economy.title", "economy-view", broadcaster, Set.of(Topic.ECONOMY));
        this.economy = economy;
        forecastNote.addClassName("figure-detail");
        configureGrid();
        chartHolder.addClassName("card");
        chartHolder.setWidthFull();
        add(new ImportButton(imports), forecastNote, grid, chartHolder);
    }

    private void configureGrid() {
        grid.addClassName("economy-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addHierarchyColumn(this::label).setHeader(getTranslation("economy.column.activity"))
                .setWidth("16rem").setFlexGrow(0).setResizable(true).setFrozen(true);
        List<Grid.Column<EconomyLine>> period = List.of(
                amount("economy.column.actual", Figures::actual),
                amount("economy.column.budget", Figures::budget),
                deviation("economy.column.deviation", Figures::deviation),
                percent("economy.column.deviationPercent", Figures::deviationPercent));
        List<Grid.Column<EconomyLine>> year = List.of(
                amount("economy.column.forecast", Figures::forecast),
                amount("economy.column.budgetYear", Figures::budgetYear),
                deviation("economy.column.deviationYear", Figures::deviationYear),
                percent("economy.column.deviationYearPercent", Figures::deviationYearPercent));
        amount("economy.column.previousForecast", Figures::previousForecast);
        deviation("economy.column.forecastChange", Figures::forecastChange);
        HeaderRow groups = grid.prependHeaderRow();
        groups.join(period.toArray(Grid.Column[]::new)).setText(getTranslation("economy.header.period"));
        groups.join(year.toArray(Grid.Column[]::new)).setText(getTranslation("economy.header.year"));
        grid.setPartNameGenerator(line -> switch (line.level()) {
            case COMMITTEE -> "total-row";
            case AREA -> "subtotal-row";
            default -> null;
        });
    }

    /** The report's labels: "Resultat ASN" for the nämnd, "Nettokostnad IFO" for an area. */
    private String label(EconomyLine line) {
        return switch (line.level()) {
            case COMMITTEE -> getTranslation("economy.line.committee", line.code());
            case AREA -> getTranslation("economy.line.area", line.code());
            default -> line.name();
        };
    }

    private Grid.Column<EconomyLine> amount(String key, Function<Figures, BigDecimal> value) {
        return numeric(key, SwedishFormat::tkr, value, false);
    }

    private Grid.Column<EconomyLine> deviation(String key, Function<Figures, BigDecimal> value) {
        return numeric(key, SwedishFormat::tkr, value, true);
    }

    private Grid.Column<EconomyLine> percent(String key, Function<Figures, BigDecimal> value) {
        return numeric(key, v -> SwedishFormat.percent(v, 1), value, true);
    }

    /**
     * A right-aligned number column, sortable within a level. Deviations below zero carry the minus
     * sign and are also marked red (the sign, not the colour, carries the meaning).
     */
    private Grid.Column<EconomyLine> numeric(String key, Function<BigDecimal, String> format,
                                             Function<Figures, BigDecimal> value, boolean markNegative) {
        Grid.Column<EconomyLine> column = grid.addColumn(line -> format.apply(value.apply(line.figures())));
        if (markNegative) {
            column.setPartNameGenerator(line ->
                    format.apply(value.apply(line.figures())).startsWith(String.valueOf(SwedishFormat.MINUS))
                            ? "negative" : null);
        }
        return column
                .setHeader(getTranslation(key)).setKey(key).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(line -> value.apply(line.figures()),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true);
    }

    @Override
    protected Optional<YearMonth> latestPeriod() {
        return economy.latestPeriod();
    }

    @Override
    protected List<YearMonth> periods() {
        return economy.periods();
    }

    @Override
    protected void render() {
        YearMonth period = period();
        EconomyReport report = economy.report(period);
        forecastNote.setText(report.forecastRound() == null ? getTranslation("economy.noForecast")
                : getTranslation("economy.forecastNote",
                        Periods.label(YearMonth.of(period.getYear(), report.forecastRound()), getLocale()),
                        report.previousRound() == null ? "–"
                                : Periods.label(YearMonth.of(period.getYear(), report.previousRound()), getLocale())));
        grid.setItems(List.of(report.committee()), EconomyLine::children);
        grid.expandRecursively(List.of(report.committee()), 2);
        chartHolder.removeAll();
        chartHolder.add(DeviationChart.create(
                report.lines().filter(l -> l.level() == EconomyLine.Level.ACTIVITY).toList(),
                getTranslation("economy.chart.deviation.title"), getTranslation("economy.chart.deviation.axis")));
    }
}
