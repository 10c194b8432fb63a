package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.export.ExportLinks;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.investigations.CaseLine;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Measure;

/** The drill: the cases behind a figure, sortable, with their export. */
final class CaseDrill {

    private final InvestigationsScope view;
    private final InvestigationService investigations;
    /** The cases the drill shows now (its export writes them). */
    private List<CaseLine> drillCases = List.of();

    private CaseDrill(InvestigationsScope view, InvestigationService investigations) {
        this.view = view;
        this.investigations = investigations;
    }

    /** The cases behind a figure: of the view's enhet (or all), measure and months. */
    static Component create(
            InvestigationsScope view,
            InvestigationService investigations,
            Measure drillMeasure,
            YearMonth drillFrom,
            YearMonth drillTo) {
        return new CaseDrill(view, investigations).section(drillMeasure, drillFrom, drillTo);
    }

    private Component section(Measure drillMeasure, YearMonth drillFrom, YearMonth drillTo) {
        if (!investigations.mayReadCases(view.unit())) {
            Paragraph denied = new Paragraph(view.getTranslation("security.denied"));
            denied.addClassName("drill-denied");
            return denied;
        }
        String scope =
                view.unit() == null ? view.getTranslation("investigations.unit.all") : view.unitName(view.unit());
        String when = drillMeasure == Measure.OVERDUE
                ? view.getTranslation(
                        "investigations.drill.asOf",
                        InvestigationsView.LocalDateLabel.of(InvestigationService.overdueDay(drillTo), view.locale()))
                : drillFrom.equals(drillTo)
                        ? Periods.label(drillFrom, view.locale())
                        : Periods.label(drillFrom, view.locale()) + "–" + Periods.label(drillTo, view.locale());
        Grid<CaseLine> grid = new Grid<>();
        grid.addClassName("cases-grid");
        grid.addColumn(CaseLine::reference)
                .setHeader(view.getTranslation("investigations.drill.column.reference"))
                .setKey("reference")
                .setSortable(true)
                .setComparator(CaseLine::reference)
                .setAutoWidth(true);
        if (view.unit() == null) {
            grid.addColumn(c -> view.unitName(c.unitCode()))
                    .setHeader(view.getTranslation("investigations.drill.column.unit"))
                    .setKey("unit")
                    .setSortable(true)
                    .setComparator(c -> view.unitName(c.unitCode()))
                    .setAutoWidth(true);
        }
        dateColumn(grid, "opened", "investigations.drill.column.opened", CaseLine::opened);
        dateColumn(grid, "deadline", "investigations.drill.column.deadline", CaseLine::deadline);
        dateColumn(grid, "closed", "investigations.drill.column.closed", CaseLine::closed);
        grid.addColumn(c -> c.daysOverDeadline() == null ? "" : SwedishFormat.integer(c.daysOverDeadline()))
                .setHeader(view.getTranslation("investigations.drill.column.daysOver"))
                .setKey("daysOver")
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        CaseLine::daysOverDeadline, Comparator.nullsFirst(Comparator.naturalOrder())));
        dateColumn(grid, "extendedTo", "investigations.drill.column.extendedTo", CaseLine::extendedTo);
        grid.addColumn(c -> c.extensionReason() == null ? "" : c.extensionReason())
                .setHeader(view.getTranslation("investigations.drill.column.reason"))
                .setKey("reason")
                .setSortable(true)
                .setComparator(c -> c.extensionReason() == null ? "" : c.extensionReason());
        H2 heading = new H2();
        heading.addClassName("drill-title");
        view.live(() -> {
            drillCases = investigations.cases(view.unit(), drillMeasure, drillFrom, drillTo);
            heading.setText(view.getTranslation(
                    "investigations.drill.title",
                    view.getTranslation("investigations.measure." + drillMeasure.name()),
                    scope,
                    when,
                    SwedishFormat.integer(drillCases.size())));
            grid.setAllRowsVisible(drillCases.size() <= 50);
            grid.setItems(drillCases);
        });
        Anchor close = new Anchor(
                "utredningar?" + view.query(view.unit(), null, null, null).getQueryString(),
                view.getTranslation("investigations.drill.close"));
        close.addClassName("drill-close");
        String fileName = "utredningar-" + (view.unit() == null ? "alla" : view.unit()) + "-" + drillFrom
                + (drillFrom.equals(drillTo) ? "" : "--" + drillTo) + "-" + drillMeasure.slug();
        Div exports = new Div();
        ExportLinks.xlsxAndCsv(
                        view.getTranslation("investigations.export.xlsx"),
                        view.getTranslation("investigations.export.csv"),
                        fileName,
                        () -> export(heading.getText(), drillCases))
                .forEach(exports::add);
        exports.add(close);
        exports.addClassName("export-actions");
        Div section = InvestigationsView.section(heading, exports, grid);
        section.addClassName("drill-section");
        return section;
    }

    private ExportTable export(String title, List<CaseLine> cases) {
        List<ExportTable.Column> columns = List.of(
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.unit")),
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.opened")),
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.deadline")),
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.closed")),
                new ExportTable.Column(view.getTranslation("investigations.drill.column.daysOver"), 0),
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.extendedTo")),
                ExportTable.Column.text(view.getTranslation("investigations.drill.column.reason")));
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
        return new ExportTable(title, view.getTranslation("investigations.drill.column.reference"), columns, rows);
    }

    private static void dateColumn(Grid<CaseLine> grid, String key, String header, Function<CaseLine, LocalDate> date) {
        grid.addColumn(c -> date.apply(c) == null ? "" : date.apply(c).toString())
                .setHeader(grid.getTranslation(header))
                .setKey(key)
                .setSortable(true)
                .setComparator(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
    }
}
