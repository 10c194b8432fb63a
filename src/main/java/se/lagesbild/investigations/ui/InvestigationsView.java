package se.lagesbild.investigations.ui;

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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ChartSettings;
import se.lagesbild.base.ui.PeriodView;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.live.ChangeBroadcaster;
import se.lagesbild.live.Topic;
import se.lagesbild.organisation.OrganisationService;

/** Utredningsvolymer and sena utredningar per enhet, with the definitions beside the figures. */
@Route("utredningar")
class InvestigationsView extends PeriodView {

    /** One enhet's figures for the period and the same period a year earlier. */
    record UnitRow(String unitCode, String unitName, Volumes yearToDate, Volumes previousYearToDate, Volumes month,
                   BigDecimal target, int overdue) {
    }

    private final InvestigationService investigations;
    private final OrganisationService organisation;
    private final Grid<UnitRow> grid = new Grid<>();
    private final Div chartHolder = new Div();

    InvestigationsView(InvestigationService investigations, OrganisationService organisation,
                       ChangeBroadcaster broadcaster) {
        super("investigations.title", "investigations-view", broadcaster, Set.of(Topic.INVESTIGATIONS));
        this.investigations = investigations;
        this.organisation = organisation;
        Paragraph definitions = new Paragraph(getTranslation("investigations.definitions"));
        definitions.addClassName("definitions");
        grid.addClassName("investigations-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitRow::unitName).setHeader(getTranslation("investigations.column.unit"))
                .setWidth("16rem").setFlexGrow(0).setResizable(true);
        number("investigations.column.open", r -> SwedishFormat.integer(r.yearToDate().open()));
        number("investigations.column.openPrevious", r -> SwedishFormat.integer(r.previousYearToDate().open()));
        number("investigations.column.change", r -> SwedishFormat.signedPercent(
                Volumes.changePercent(r.yearToDate().open(), r.previousYearToDate().open()), 1));
        number("investigations.column.opened", r -> SwedishFormat.integer(r.month().opened()));
        number("investigations.column.closed", r -> SwedishFormat.integer(r.month().closed()));
        number("investigations.column.late", r -> SwedishFormat.percent(r.month().lateSharePercent(), 0));
        number("investigations.column.target", r -> SwedishFormat.percent(r.target(), 0));
        number("investigations.column.overdue", r -> SwedishFormat.integer(r.overdue()));
        chartHolder.addClassNames("card", "wide");
        chartHolder.setWidthFull();
        add(definitions, grid, chartHolder);
    }

    private void number(String key, Function<UnitRow, String> text) {
        grid.addColumn(text::apply).setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END).setWidth("7rem")
                .setFlexGrow(1);
    }

    @Override
    protected Optional<YearMonth> latestPeriod() {
        return investigations.latestPeriod();
    }

    /** This year's and last year's months, the two the figures compare. */
    @Override
    protected List<YearMonth> periods() {
        YearMonth latest = latestPeriod().orElse(period());
        return IntStream.rangeClosed(latest.getYear() - 1, latest.getYear()).boxed()
                .flatMap(y -> IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(y, m))).toList();
    }

    @Override
    protected void render() {
        YearMonth period = period();
        List<UnitRow> rows = investigations.unitsWithCases().stream().map(code -> new UnitRow(code,
                organisation.organisation().unit(code).map(u -> u.name()).orElse(code),
                investigations.yearToDate(code, period), investigations.yearToDate(code, period.minusYears(1)),
                investigations.month(code, period), investigations.lateShareTarget(code, period.getYear()).orElse(null),
                investigations.overdue(code, period.atEndOfMonth()))).toList();
        grid.setItems(rows);
        chartHolder.removeAll();
        chartHolder.add(lateShareChart(rows));
    }

    private Chart lateShareChart(List<UnitRow> rows) {
        YearMonth period = period();
        Chart chart = ChartSettings.monthsChart(ChartType.LINE, "late-share-chart",
                getTranslation("investigations.chart.late", String.valueOf(period.getYear())));
        Configuration conf = chart.getConfiguration();
        conf.getyAxis().setTitle(getTranslation("investigations.chart.late.axis"));
        conf.getxAxis().setMin(0);
        conf.getxAxis().setMax(11);
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        for (UnitRow row : rows) {
            ListSeries series = new ListSeries(row.unitName());
            for (int m = 1; m <= period.getMonthValue(); m++) {
                BigDecimal share = investigations.month(row.unitCode(), YearMonth.of(period.getYear(), m)).lateSharePercent();
                series.addData(share == null ? null : SwedishFormat.rounded(share, 0));
            }
            conf.addSeries(series);
        }
        rows.stream().map(UnitRow::target).filter(java.util.Objects::nonNull).distinct().forEach(targetShare -> {
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
        conf.setPlotOptions(options);
        return chart;
    }
}
