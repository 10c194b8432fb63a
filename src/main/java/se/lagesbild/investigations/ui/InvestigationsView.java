package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.lagesbild.base.SetupRoutes;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportLinks;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.ChangeMarks;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.base.ui.Choices;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.GridRows;
import se.lagesbild.base.ui.LiveChart;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.investigations.CaseLine;
import se.lagesbild.investigations.InvestigationFigures;
import se.lagesbild.investigations.InvestigationImport;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.report.Pin;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ui.PinButton;

/**
 * Utredningsvolymer and sena utredningar with the definitions beside the figures: the enheter's
 * figures for the period, one enhet's (or all enheters') months beside last year's, the late share
 * against the target, an enheter × months overview, and a drill to the cases behind any figure
 * ({@code ?period=2021-08&enhet=BUE&manad=2021-08&mått=sena}; {@code manad} may also be a run of
 * months, {@code 2021-01..2021-08}).
 */
@PermitAll
@Route("utredningar")
class InvestigationsView extends PeriodView {

    static final String UNIT = "enhet";
    static final String MONTHS = "manad";
    static final String MEASURE = "mått";

    /** One enhet's row in the enheter grid. */
    record UnitRow(String unitCode, String unitName, UnitFigures figures) {}

    /** A row of the monthly volumes: a month (or the period, month 0) this year and last year. */
    record MonthRow(String label, YearMonth from, YearMonth to, Volumes current, Volumes previous) {}

    /** What the overview grid shows in its cells. */
    enum OverviewMeasure {
        OPEN,
        OPENED,
        CLOSED,
        LATE,
        LATE_SHARE
    }

    private final InvestigationService investigations;
    private final InvestigationImport importer;
    private final OrganisationService organisation;
    private final Select<String> unitSelect = new Select<>();
    private final Select<OverviewMeasure> overviewMeasure = new Select<>();
    private final Div content = new Div();
    private final Div missing = new Div();
    private String unit;
    private YearMonth drillFrom;
    private YearMonth drillTo;
    private Measure drillMeasure;
    private InvestigationFigures figures;
    private final ChangeMarks marks = new ChangeMarks();
    /** The cases the drill shows now (its export writes them). */
    private List<CaseLine> drillCases = List.of();

    InvestigationsView(
            InvestigationService investigations,
            InvestigationImport importer,
            OrganisationService organisation,
            ChangeBroadcaster broadcaster,
            ReportService reports) {
        super("investigations.title", "investigations-view", investigations, broadcaster, Set.of(Topic.INVESTIGATIONS));
        this.investigations = investigations;
        this.importer = importer;
        this.organisation = organisation;
        Paragraph definitions = new Paragraph(getTranslation("investigations.definitions"));
        definitions.addClassName("definitions");
        unitSelect.setLabel(getTranslation("investigations.unit.select"));
        unitSelect.addClassName("unit-select");
        unitSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(Objects.equals(e.getValue(), "") ? null : e.getValue(), null, null, null);
            }
        });
        overviewMeasure.setLabel(getTranslation("investigations.overview.measure"));
        overviewMeasure.setItems(OverviewMeasure.values());
        overviewMeasure.setItemLabelGenerator(m -> getTranslation("investigations.measure." + m.name()));
        overviewMeasure.setValue(OverviewMeasure.OPEN);
        overviewMeasure.addValueChangeListener(e -> render());
        Button importButton =
                new Button(getTranslation("investigations.import.button"), e -> new ImportDialog(importer).open());
        importButton.addClassName("import-button");
        importButton.setVisible(importer.mayImport(CurrentUser.name()));
        PinButton pin = new PinButton(reports, Pin.Kind.INVESTIGATIONS, () -> unit);
        pin.addClassName("unit-pin");
        Div actions = new Div(unitSelect, importButton, pin);
        actions.addClassName("investigations-actions");
        content.addClassName("investigations-content");
        content.setWidthFull();
        missing.addClassName("investigations-missing");
        add(definitions, actions, missing, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        unit = query.getSingleParameter(UNIT).filter(s -> !s.isBlank()).orElse(null);
        drillMeasure =
                query.getSingleParameter(MEASURE).flatMap(Measure::fromSlug).orElse(null);
        drillFrom = null;
        drillTo = null;
        query.getSingleParameter(MONTHS).ifPresent(text -> {
            String[] parts = text.split("\\.\\.");
            drillFrom = Periods.parse(parts[0]).orElse(null);
            drillTo = parts.length > 1 ? Periods.parse(parts[1]).orElse(null) : drillFrom;
        });
        if (drillFrom == null || drillTo == null || drillTo.isBefore(drillFrom)) {
            drillMeasure = null;
        }
        super.beforeEnter(event);
    }

    @Override
    protected void render() {
        YearMonth period = period();
        figures = investigations.figures(period);
        showMissing();
        marks.begin(isLiveRefresh());
        List<String> units = new ArrayList<>(List.of(""));
        figures.units().forEach(u -> units.add(u.unitCode()));
        if (unit != null && !units.contains(unit)) {
            units.add(unit);
        }
        Choices.offer(
                unitSelect, units, code -> code.isEmpty() ? getTranslation("investigations.unit.all") : unitName(code));
        unitSelect.setValue(unit == null ? "" : unit);
        if (redrawnInPlace(period + "/" + unit + "/" + drillFrom + "/" + drillTo + "/" + drillMeasure + "/"
                + overviewMeasure.getValue())) {
            return;
        }
        content.removeAll();
        if (drillMeasure != null) {
            content.add(drillSection());
        }
        LiveChart chart = new LiveChart("late-share-chart", this::onLateSharePointClick);
        live(() -> chart.show(lateShareConfiguration()));
        content.add(unitsSection(), volumesSection(), card(chart), overviewSection());
    }

    /**
     * Without enheter, where to set them up; without cases, how the case export is imported (the figures
     * below are then empty, not an error).
     */
    private void showMissing() {
        missing.removeAll();
        if (organisation.organisation().units().isEmpty()) {
            missing.add(new SetupNotice(
                    getTranslation("investigations.missing.units"),
                    getTranslation("setup.link.organisation"),
                    SetupRoutes.ORGANISATION,
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
        } else if (investigations.latestPeriod().isEmpty()) {
            missing.add(new SetupNotice(
                    getTranslation("investigations.missing.cases"),
                    getTranslation("setup.link.gettingStarted"),
                    SetupRoutes.GETTING_STARTED));
        }
    }

    /** One row per enhet with cases, and the sum of all when there are several. */
    private List<UnitRow> unitRows() {
        List<UnitRow> rows = new ArrayList<>(figures.units().stream()
                .map(f -> new UnitRow(f.unitCode(), unitName(f.unitCode()), f))
                .toList());
        if (rows.size() > 1) {
            rows.add(new UnitRow(null, getTranslation("investigations.unit.all"), figures.total()));
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------ enheter

    private Component unitsSection() {
        Grid<UnitRow> grid = new Grid<>();
        grid.addClassName("investigations-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitRow::unitName)
                .setHeader(getTranslation("investigations.column.unit"))
                .setWidth("16rem")
                .setFlexGrow(0)
                .setResizable(true);
        number(
                grid,
                UnitRow::unitName,
                "open",
                "investigations.column.open",
                r -> SwedishFormat.integer(r.figures().yearToDate().open()));
        number(
                grid,
                UnitRow::unitName,
                "openPrevious",
                "investigations.column.openPrevious",
                r -> SwedishFormat.integer(r.figures().previousYearToDate().open()));
        number(
                grid,
                UnitRow::unitName,
                "change",
                "investigations.column.change",
                r -> SwedishFormat.signedPercent(
                        Volumes.changePercent(
                                r.figures().yearToDate().open(),
                                r.figures().previousYearToDate().open()),
                        1));
        int month = period().getMonthValue();
        number(
                grid,
                UnitRow::unitName,
                "opened",
                "investigations.column.opened",
                r -> SwedishFormat.integer(r.figures().month(month).opened()));
        number(
                grid,
                UnitRow::unitName,
                "closed",
                "investigations.column.closed",
                r -> SwedishFormat.integer(r.figures().month(month).closed()));
        number(
                grid,
                UnitRow::unitName,
                "late",
                "investigations.column.late",
                r -> SwedishFormat.percent(r.figures().month(month).lateSharePercent(), 0));
        number(
                grid,
                UnitRow::unitName,
                "target",
                "investigations.column.target",
                r -> SwedishFormat.percent(r.figures().lateShareTarget(), 0));
        number(
                grid,
                UnitRow::unitName,
                "overdue",
                "investigations.column.overdue",
                r -> SwedishFormat.integer(r.figures().overdue()));
        live(() -> GridRows.show(grid, unitRows(), UnitRow::unitName));
        YearMonth january = YearMonth.of(period().getYear(), 1);
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null ? null : e.getColumn().getKey();
            String code = e.getItem().unitCode();
            switch (key == null ? "" : key) {
                case "open", "change" -> go(code, january, period(), Measure.OPEN);
                case "openPrevious" -> go(code, january.minusYears(1), period().minusYears(1), Measure.OPEN);
                case "opened" -> go(code, period(), period(), Measure.OPENED);
                case "closed" -> go(code, period(), period(), Measure.CLOSED);
                case "late" -> go(code, period(), period(), Measure.LATE);
                case "overdue" -> go(code, period(), period(), Measure.OVERDUE);
                default -> go(code, null, null, null);
            }
        });
        return section(new H2(getTranslation("investigations.section.units", periodLabel())), null, grid);
    }

    // ------------------------------------------------------------------------------------ months

    private Component volumesSection() {
        YearMonth period = period();
        int year = period.getYear();
        String previousYear = String.valueOf(year - 1);
        Grid<MonthRow> grid = new Grid<>();
        grid.addClassName("volumes-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(MonthRow::label)
                .setHeader(getTranslation("investigations.column.month"))
                .setWidth("11rem")
                .setFlexGrow(0);
        String thisYear = String.valueOf(year);
        number(
                grid,
                MonthRow::label,
                "open",
                getTranslation("investigations.column.openYear", thisYear),
                r -> SwedishFormat.integer(r.current().open()));
        number(
                grid,
                MonthRow::label,
                "openPrevious",
                getTranslation("investigations.column.openYear", previousYear),
                r -> SwedishFormat.integer(r.previous().open()));
        number(
                grid,
                MonthRow::label,
                "openChange",
                getTranslation("investigations.column.change"),
                r -> SwedishFormat.signedPercent(
                        Volumes.changePercent(r.current().open(), r.previous().open()), 1));
        number(
                grid,
                MonthRow::label,
                "opened",
                getTranslation("investigations.column.openedYear", thisYear),
                r -> SwedishFormat.integer(r.current().opened()));
        number(
                grid,
                MonthRow::label,
                "openedPrevious",
                getTranslation("investigations.column.openedYear", previousYear),
                r -> SwedishFormat.integer(r.previous().opened()));
        number(
                grid,
                MonthRow::label,
                "closed",
                getTranslation("investigations.column.closedYear", thisYear),
                r -> SwedishFormat.integer(r.current().closed()));
        number(
                grid,
                MonthRow::label,
                "closedPrevious",
                getTranslation("investigations.column.closedYear", previousYear),
                r -> SwedishFormat.integer(r.previous().closed()));
        number(
                grid,
                MonthRow::label,
                "late",
                getTranslation("investigations.column.lateCount"),
                r -> SwedishFormat.integer(r.current().closedLate()));
        number(
                grid,
                MonthRow::label,
                "lateShare",
                getTranslation("investigations.column.lateShare"),
                r -> SwedishFormat.percent(r.current().lateSharePercent(), 0));
        number(
                grid,
                MonthRow::label,
                "lateSharePrevious",
                getTranslation("investigations.column.lateSharePrevious", previousYear),
                r -> SwedishFormat.percent(r.previous().lateSharePercent(), 0));
        grid.setPartNameGenerator(r -> r.from().equals(r.to()) ? null : "sum-row");
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null || e.getColumn().getKey() == null
                    ? ""
                    : e.getColumn().getKey();
            MonthRow row = e.getItem();
            boolean previous = key.endsWith("Previous");
            YearMonth from = previous ? row.from().minusYears(1) : row.from();
            YearMonth to = previous ? row.to().minusYears(1) : row.to();
            Measure measure = switch (key.replace("Previous", "")) {
                case "open", "openChange" -> Measure.OPEN;
                case "opened" -> Measure.OPENED;
                case "closed", "lateShare" -> key.startsWith("lateShare") ? Measure.LATE : Measure.CLOSED;
                case "late" -> Measure.LATE;
                default -> null;
            };
            if (measure != null) {
                go(unit, from, to, measure);
            }
        });
        String name = unit == null ? getTranslation("investigations.unit.all") : unitName(unit);
        H2 title = new H2(getTranslation("investigations.section.volumes", name, String.valueOf(year)));
        Paragraph overdue = new Paragraph();
        live(() -> {
            UnitFigures chosen =
                    unit == null ? figures.total() : figures.unit(unit).orElse(empty(unit));
            List<MonthRow> rows = new ArrayList<>();
            for (int m = 1; m <= period.getMonthValue(); m++) {
                YearMonth month = YearMonth.of(year, m);
                rows.add(new MonthRow(
                        Periods.label(month, getLocale()), month, month, chosen.month(m), chosen.previousMonth(m)));
            }
            rows.add(new MonthRow(
                    getTranslation("investigations.row.period", monthName(period)),
                    YearMonth.of(year, 1),
                    period,
                    chosen.yearToDate(),
                    chosen.previousYearToDate()));
            GridRows.show(grid, rows, MonthRow::label);
            overdue.setText(getTranslation(
                    "investigations.overdue",
                    SwedishFormat.integer(chosen.overdue()),
                    LocalDateLabel.of(InvestigationService.overdueDay(period), getLocale())));
        });
        overdue.addClassName("figure-detail");
        overdue.addClassName("overdue-count");
        return section(title, null, grid, overdue);
    }

    // ------------------------------------------------------------------------------------ chart

    private Configuration lateShareConfiguration() {
        YearMonth period = period();
        int year = period.getYear();
        String title = unit == null
                ? getTranslation("investigations.chart.late", String.valueOf(year))
                : getTranslation("investigations.chart.late.unit", unitName(unit), String.valueOf(year));
        Configuration conf = ChartSettings.monthsConfiguration(ChartType.LINE, title);
        ChartSettings.valueAxis(conf.getyAxis(), getTranslation("investigations.chart.late.axis"));
        conf.getxAxis().setMin(0);
        conf.getxAxis().setMax(11);
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        List<UnitFigures> shown =
                unit == null ? figures.units() : List.of(figures.unit(unit).orElse(empty(unit)));
        for (UnitFigures f : shown) {
            conf.addSeries(lateSeries(unitName(f.unitCode()), f.months(), period.getMonthValue()));
        }
        if (unit != null) {
            ListSeries previous = lateSeries(
                    getTranslation("investigations.chart.previousYear", String.valueOf(year - 1)),
                    shown.getFirst().previousMonths(),
                    12);
            previous.setPlotOptions(dashed());
            conf.addSeries(previous);
        }
        shown.stream()
                .map(UnitFigures::lateShareTarget)
                .filter(Objects::nonNull)
                .map(BigDecimal::stripTrailingZeros)
                .distinct()
                .forEach(targetShare -> {
                    PlotLine target = new PlotLine();
                    target.setValue(targetShare.doubleValue());
                    target.setDashStyle(DashStyle.DASH);
                    target.setWidth(2);
                    target.setColor(new SolidColor("#4a4f57"));
                    target.setLabel(new com.vaadin.flow.component.charts.model.Label(
                            getTranslation("investigations.chart.target", SwedishFormat.percent(targetShare, 0))));
                    conf.getyAxis().addPlotLine(target);
                });
        PlotOptionsLine options = new PlotOptionsLine();
        options.setAnimation(false);
        options.setCursor(com.vaadin.flow.component.charts.model.Cursor.POINTER);
        conf.setPlotOptions(options);
        return conf;
    }

    /** A point of the late-share chart lists that month's late cases: its series' enhet's, or last year's. */
    private void onLateSharePointClick(Chart chart) {
        chart.addPointClickListener(e -> {
            List<String> seriesUnits = unit == null
                    ? figures.units().stream().map(UnitFigures::unitCode).toList()
                    : List.of(unit);
            boolean previousYear = e.getSeriesItemIndex() >= seriesUnits.size();
            String code = previousYear ? unit : seriesUnits.get(e.getSeriesItemIndex());
            int year = period().getYear();
            YearMonth month = YearMonth.of(previousYear ? year - 1 : year, e.getItemIndex() + 1);
            go(code, month, month, Measure.LATE);
        });
    }

    private static ListSeries lateSeries(String name, List<Volumes> months, int through) {
        ListSeries series = new ListSeries(name);
        for (int m = 1; m <= through; m++) {
            BigDecimal share = months.get(m - 1).lateSharePercent();
            series.addData(share == null ? null : SwedishFormat.rounded(share, 1));
        }
        return series;
    }

    private static PlotOptionsLine dashed() {
        PlotOptionsLine options = new PlotOptionsLine();
        options.setDashStyle(DashStyle.SHORTDOT);
        options.setColor(new SolidColor("#6b7280"));
        return options;
    }

    // ------------------------------------------------------------------------------------ overview

    private Component overviewSection() {
        int year = period().getYear();
        Grid<UnitRow> grid = new Grid<>();
        grid.addClassName("overview-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitRow::unitName)
                .setHeader(getTranslation("investigations.column.unit"))
                .setWidth("16rem")
                .setFlexGrow(0)
                .setFrozen(true);
        OverviewMeasure shown = overviewMeasure.getValue();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            YearMonth ym = YearMonth.of(year, m);
            boolean future = ym.isAfter(period());
            Function<UnitRow, String> cell =
                    r -> future ? "" : overviewCell(r.figures().month(month), shown);
            marks.mark(
                    grid.addColumn(cell::apply)
                            .setHeader(Periods.shortMonths(getLocale())[m - 1])
                            .setKey("m" + m)
                            .setTextAlign(ColumnTextAlign.END)
                            .setWidth("5rem")
                            .setFlexGrow(1),
                    UnitRow::unitName,
                    cell);
        }
        live(() -> GridRows.show(grid, unitRows(), UnitRow::unitName));
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null ? null : e.getColumn().getKey();
            if (key != null && key.startsWith("m")) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(key.substring(1)));
                if (!month.isAfter(period())) {
                    Measure measure = switch (shown) {
                        case OPEN -> Measure.OPEN;
                        case OPENED -> Measure.OPENED;
                        case CLOSED -> Measure.CLOSED;
                        case LATE, LATE_SHARE -> Measure.LATE;
                    };
                    go(e.getItem().unitCode(), month, month, measure);
                }
            }
        });
        return section(
                new H2(getTranslation("investigations.section.overview", String.valueOf(year))), overviewMeasure, grid);
    }

    private static String overviewCell(Volumes v, OverviewMeasure measure) {
        return switch (measure) {
            case OPEN -> SwedishFormat.integer(v.open());
            case OPENED -> SwedishFormat.integer(v.opened());
            case CLOSED -> SwedishFormat.integer(v.closed());
            case LATE -> SwedishFormat.integer(v.closedLate());
            case LATE_SHARE -> SwedishFormat.percent(v.lateSharePercent(), 0);
        };
    }

    // ------------------------------------------------------------------------------------ drill

    private Component drillSection() {
        if (!investigations.mayReadCases(unit)) {
            Paragraph denied = new Paragraph(getTranslation("security.denied"));
            denied.addClassName("drill-denied");
            return denied;
        }
        String scope = unit == null ? getTranslation("investigations.unit.all") : unitName(unit);
        String when = drillMeasure == Measure.OVERDUE
                ? getTranslation(
                        "investigations.drill.asOf",
                        LocalDateLabel.of(InvestigationService.overdueDay(drillTo), getLocale()))
                : drillFrom.equals(drillTo)
                        ? Periods.label(drillFrom, getLocale())
                        : Periods.label(drillFrom, getLocale()) + "–" + Periods.label(drillTo, getLocale());
        Grid<CaseLine> grid = new Grid<>();
        grid.addClassName("cases-grid");
        grid.addColumn(CaseLine::reference)
                .setHeader(getTranslation("investigations.drill.column.reference"))
                .setKey("reference")
                .setSortable(true)
                .setComparator(CaseLine::reference)
                .setAutoWidth(true);
        if (unit == null) {
            grid.addColumn(c -> unitName(c.unitCode()))
                    .setHeader(getTranslation("investigations.drill.column.unit"))
                    .setKey("unit")
                    .setSortable(true)
                    .setComparator(c -> unitName(c.unitCode()))
                    .setAutoWidth(true);
        }
        dateColumn(grid, "opened", "investigations.drill.column.opened", CaseLine::opened);
        dateColumn(grid, "deadline", "investigations.drill.column.deadline", CaseLine::deadline);
        dateColumn(grid, "closed", "investigations.drill.column.closed", CaseLine::closed);
        grid.addColumn(c -> c.daysOverDeadline() == null ? "" : SwedishFormat.integer(c.daysOverDeadline()))
                .setHeader(getTranslation("investigations.drill.column.daysOver"))
                .setKey("daysOver")
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        CaseLine::daysOverDeadline, Comparator.nullsFirst(Comparator.naturalOrder())));
        dateColumn(grid, "extendedTo", "investigations.drill.column.extendedTo", CaseLine::extendedTo);
        grid.addColumn(c -> c.extensionReason() == null ? "" : c.extensionReason())
                .setHeader(getTranslation("investigations.drill.column.reason"))
                .setKey("reason")
                .setSortable(true)
                .setComparator(c -> c.extensionReason() == null ? "" : c.extensionReason());
        H2 heading = new H2();
        heading.addClassName("drill-title");
        live(() -> {
            drillCases = investigations.cases(unit, drillMeasure, drillFrom, drillTo);
            heading.setText(getTranslation(
                    "investigations.drill.title",
                    getTranslation("investigations.measure." + drillMeasure.name()),
                    scope,
                    when,
                    SwedishFormat.integer(drillCases.size())));
            grid.setAllRowsVisible(drillCases.size() <= 50);
            grid.setItems(drillCases);
        });
        Anchor close = new Anchor(
                "utredningar?" + query(unit, null, null, null).getQueryString(),
                getTranslation("investigations.drill.close"));
        close.addClassName("drill-close");
        String fileName = "utredningar-" + (unit == null ? "alla" : unit) + "-" + drillFrom
                + (drillFrom.equals(drillTo) ? "" : "--" + drillTo) + "-" + drillMeasure.slug();
        Div exports = new Div();
        ExportLinks.xlsxAndCsv(
                        getTranslation("investigations.export.xlsx"),
                        getTranslation("investigations.export.csv"),
                        fileName,
                        () -> export(heading.getText(), drillCases))
                .forEach(exports::add);
        exports.add(close);
        exports.addClassName("export-actions");
        Div section = section(heading, exports, grid);
        section.addClassName("drill-section");
        return section;
    }

    private ExportTable export(String title, List<CaseLine> cases) {
        List<ExportTable.Column> columns = List.of(
                ExportTable.Column.text(getTranslation("investigations.drill.column.unit")),
                ExportTable.Column.text(getTranslation("investigations.drill.column.opened")),
                ExportTable.Column.text(getTranslation("investigations.drill.column.deadline")),
                ExportTable.Column.text(getTranslation("investigations.drill.column.closed")),
                new ExportTable.Column(getTranslation("investigations.drill.column.daysOver"), 0),
                ExportTable.Column.text(getTranslation("investigations.drill.column.extendedTo")),
                ExportTable.Column.text(getTranslation("investigations.drill.column.reason")));
        List<ExportTable.Row> rows = cases.stream()
                .map(c -> ExportTable.Row.of(
                        c.reference(),
                        java.util.Arrays.asList(
                                c.unitCode(),
                                c.opened(),
                                c.deadline(),
                                c.closed(),
                                c.daysOverDeadline() == null ? null : BigDecimal.valueOf(c.daysOverDeadline()),
                                c.extendedTo(),
                                c.extensionReason())))
                .toList();
        return new ExportTable(title, getTranslation("investigations.drill.column.reference"), columns, rows);
    }

    private static void dateColumn(Grid<CaseLine> grid, String key, String header, Function<CaseLine, LocalDate> date) {
        grid.addColumn(c -> date.apply(c) == null ? "" : date.apply(c).toString())
                .setHeader(grid.getTranslation(header))
                .setKey(key)
                .setSortable(true)
                .setComparator(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
    }

    // ------------------------------------------------------------------------------------ helpers

    private void go(String unitCode, YearMonth from, YearMonth to, Measure measure) {
        UI.getCurrent().navigate(InvestigationsView.class, query(unitCode, from, to, measure));
    }

    private QueryParameters query(String unitCode, YearMonth from, YearMonth to, Measure measure) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(Periods.PARAM, List.of(period().toString()));
        if (unitCode != null) {
            map.put(UNIT, List.of(unitCode));
        }
        if (measure != null) {
            map.put(MONTHS, List.of(from.equals(to) ? from.toString() : from + ".." + to));
            map.put(MEASURE, List.of(measure.slug()));
        }
        return new QueryParameters(map);
    }

    /** A figure column; a live refresh marks the figures that changed, its row known by {@code rowKey}. */
    private <T> void number(
            Grid<T> grid, Function<T, String> rowKey, String key, String header, Function<T, String> text) {
        marks.mark(
                grid.addColumn(text::apply)
                        .setHeader(header.startsWith("investigations.") ? grid.getTranslation(header) : header)
                        .setKey(key)
                        .setTextAlign(ColumnTextAlign.END)
                        .setWidth("7rem")
                        .setFlexGrow(1),
                rowKey,
                text);
    }

    private String unitName(String code) {
        return code == null
                ? getTranslation("investigations.unit.all")
                : organisation.organisation().unit(code).map(u -> u.name()).orElse(code);
    }

    private String monthName(YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("LLLL", getLocale()).format(month);
    }

    private static UnitFigures empty(String unitCode) {
        List<Volumes> zeros = java.util.Collections.nCopies(12, Volumes.ZERO);
        return new UnitFigures(unitCode, zeros, zeros, Volumes.ZERO, Volumes.ZERO, 0, null);
    }

    private static Div section(H2 title, Component actions, Component... body) {
        Div header = actions == null ? new Div(title) : new Div(title, actions);
        header.addClassName("section-header");
        Div section = new Div(header);
        section.add(body);
        section.addClassName("investigations-section");
        section.setWidthFull();
        return section;
    }

    private static Div card(Component content) {
        Div card = new Div(content);
        card.addClassNames("card", "wide");
        card.setWidthFull();
        return card;
    }

    /** "31 augusti 2021". */
    static final class LocalDateLabel {
        private LocalDateLabel() {}

        static String of(LocalDate day, java.util.Locale locale) {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                    .format(day);
        }
    }
}
