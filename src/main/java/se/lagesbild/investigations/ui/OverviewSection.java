package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.function.Function;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.GridRows;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.Volumes;
import se.lagesbild.investigations.ui.InvestigationsView.UnitRow;

/** Enheter × months of one measure (the select); a cell drills to its cases. */
final class OverviewSection {

    /** What the overview grid shows in its cells. */
    enum OverviewMeasure {
        OPEN,
        OPENED,
        CLOSED,
        LATE,
        LATE_SHARE
    }

    private OverviewSection() {}

    static Component create(InvestigationsScope view, Select<OverviewMeasure> overviewMeasure) {
        int year = view.period().getYear();
        Grid<UnitRow> grid = new Grid<>();
        grid.addClassName("overview-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitRow::unitName)
                .setHeader(view.getTranslation("investigations.column.unit"))
                .setWidth("16rem")
                .setFlexGrow(0)
                .setFrozen(true);
        OverviewMeasure shown = overviewMeasure.getValue();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            YearMonth ym = YearMonth.of(year, m);
            boolean future = ym.isAfter(view.period());
            Function<UnitRow, String> cell =
                    r -> future ? "" : overviewCell(r.figures().month(month), shown);
            view.marks()
                    .mark(
                            grid.addColumn(cell::apply)
                                    .setHeader(Periods.shortMonths(view.locale())[m - 1])
                                    .setKey("m" + m)
                                    .setTextAlign(ColumnTextAlign.END)
                                    .setWidth("5rem")
                                    .setFlexGrow(1),
                            UnitRow::unitName,
                            cell);
        }
        view.live(() -> GridRows.show(grid, view.unitRows(), UnitRow::unitName));
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null ? null : e.getColumn().getKey();
            if (key != null && key.startsWith("m")) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(key.substring(1)));
                if (!month.isAfter(view.period())) {
                    Measure measure = switch (shown) {
                        case OPEN -> Measure.OPEN;
                        case OPENED -> Measure.OPENED;
                        case CLOSED -> Measure.CLOSED;
                        case LATE, LATE_SHARE -> Measure.LATE;
                    };
                    view.go(e.getItem().unitCode(), month, month, measure);
                }
            }
        });
        return InvestigationsView.section(
                new H2(view.getTranslation("investigations.section.overview", String.valueOf(year))),
                overviewMeasure,
                grid);
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
}
