package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.YearMonth;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.GridRows;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.investigations.ui.InvestigationsView.UnitRow;

/** The enheter's figures for the period, one row per enhet; a figure drills to its cases. */
final class UnitsSection {

    private UnitsSection() {}

    static Component create(InvestigationsScope view) {
        Grid<UnitRow> grid = new Grid<>();
        grid.addClassName("investigations-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitRow::unitName)
                .setHeader(view.getTranslation("investigations.column.unit"))
                .setWidth("16rem")
                .setFlexGrow(0)
                .setResizable(true);
        view.number(
                grid,
                UnitRow::unitName,
                "open",
                "investigations.column.open",
                r -> SwedishFormat.integer(r.figures().yearToDate().open()));
        view.number(
                grid,
                UnitRow::unitName,
                "openPrevious",
                "investigations.column.openPrevious",
                r -> SwedishFormat.integer(r.figures().previousYearToDate().open()));
        view.number(
                grid,
                UnitRow::unitName,
                "change",
                "investigations.column.change",
                r -> SwedishFormat.signedPercent(
                        Volumes.changePercent(
                                r.figures().yearToDate().open(),
                                r.figures().previousYearToDate().open()),
                        1));
        int month = view.period().getMonthValue();
        view.number(
                grid,
                UnitRow::unitName,
                "opened",
                "investigations.column.opened",
                r -> SwedishFormat.integer(r.figures().month(month).opened()));
        view.number(
                grid,
                UnitRow::unitName,
                "closed",
                "investigations.column.closed",
                r -> SwedishFormat.integer(r.figures().month(month).closed()));
        view.number(
                grid,
                UnitRow::unitName,
                "late",
                "investigations.column.late",
                r -> SwedishFormat.percent(r.figures().month(month).lateSharePercent(), 0));
        view.number(
                grid,
                UnitRow::unitName,
                "target",
                "investigations.column.target",
                r -> SwedishFormat.percent(r.figures().lateShareTarget(), 0));
        view.number(
                grid,
                UnitRow::unitName,
                "overdue",
                "investigations.column.overdue",
                r -> SwedishFormat.integer(r.figures().overdue()));
        // the enhet's analysis beside its figures (the whole text in the tooltip)
        grid.addColumn(UnitRow::comment)
                .setHeader(view.getTranslation("comments.column"))
                .setKey("comment")
                .setWidth("14rem")
                .setFlexGrow(2)
                .setTooltipGenerator(UnitRow::comment);
        view.live(() -> GridRows.show(grid, view.unitRows(), UnitRow::unitName));
        YearMonth january = YearMonth.of(view.period().getYear(), 1);
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null ? null : e.getColumn().getKey();
            String code = e.getItem().unitCode();
            switch (key == null ? "" : key) {
                case "open", "change" -> view.go(code, january, view.period(), Measure.OPEN);
                case "openPrevious" ->
                    view.go(code, january.minusYears(1), view.period().minusYears(1), Measure.OPEN);
                case "opened" -> view.go(code, view.period(), view.period(), Measure.OPENED);
                case "closed" -> view.go(code, view.period(), view.period(), Measure.CLOSED);
                case "late" -> view.go(code, view.period(), view.period(), Measure.LATE);
                case "overdue" -> view.go(code, view.period(), view.period(), Measure.OVERDUE);
                default -> view.go(code, null, null, null);
            }
        });
        return InvestigationsView.section(
                new H2(view.getTranslation("investigations.section.units", view.periodLabel())), null, grid);
    }
}
