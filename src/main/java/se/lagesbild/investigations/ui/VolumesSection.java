package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.GridRows;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.Measure;
import se.lagesbild.investigations.UnitFigures;
import se.lagesbild.investigations.Volumes;

/** One enhet's (or all enheters') months beside last year's, and the cases over their deadline. */
final class VolumesSection {

    /** A row of the monthly volumes: a month (or the period, month 0) this year and last year. */
    record MonthRow(String label, YearMonth from, YearMonth to, Volumes current, Volumes previous) {}

    private VolumesSection() {}

    static Component create(InvestigationsScope view) {
        YearMonth period = view.period();
        int year = period.getYear();
        String previousYear = String.valueOf(year - 1);
        Grid<MonthRow> grid = new Grid<>();
        grid.addClassName("volumes-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(MonthRow::label)
                .setHeader(view.getTranslation("investigations.column.month"))
                .setWidth("11rem")
                .setFlexGrow(0);
        String thisYear = String.valueOf(year);
        view.number(
                grid,
                MonthRow::label,
                "open",
                view.getTranslation("investigations.column.openYear", thisYear),
                r -> SwedishFormat.integer(r.current().open()));
        view.number(
                grid,
                MonthRow::label,
                "openPrevious",
                view.getTranslation("investigations.column.openYear", previousYear),
                r -> SwedishFormat.integer(r.previous().open()));
        view.number(
                grid,
                MonthRow::label,
                "openChange",
                view.getTranslation("investigations.column.change"),
                r -> SwedishFormat.signedPercent(
                        Volumes.changePercent(r.current().open(), r.previous().open()), 1));
        view.number(
                grid,
                MonthRow::label,
                "opened",
                view.getTranslation("investigations.column.openedYear", thisYear),
                r -> SwedishFormat.integer(r.current().opened()));
        view.number(
                grid,
                MonthRow::label,
                "openedPrevious",
                view.getTranslation("investigations.column.openedYear", previousYear),
                r -> SwedishFormat.integer(r.previous().opened()));
        view.number(
                grid,
                MonthRow::label,
                "closed",
                view.getTranslation("investigations.column.closedYear", thisYear),
                r -> SwedishFormat.integer(r.current().closed()));
        view.number(
                grid,
                MonthRow::label,
                "closedPrevious",
                view.getTranslation("investigations.column.closedYear", previousYear),
                r -> SwedishFormat.integer(r.previous().closed()));
        view.number(
                grid,
                MonthRow::label,
                "late",
                view.getTranslation("investigations.column.lateCount"),
                r -> SwedishFormat.integer(r.current().closedLate()));
        view.number(
                grid,
                MonthRow::label,
                "lateShare",
                view.getTranslation("investigations.column.lateShare"),
                r -> SwedishFormat.percent(r.current().lateSharePercent(), 0));
        view.number(
                grid,
                MonthRow::label,
                "lateSharePrevious",
                view.getTranslation("investigations.column.lateSharePrevious", previousYear),
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
                view.go(view.unit(), from, to, measure);
            }
        });
        String name = view.unit() == null ? view.getTranslation("investigations.unit.all") : view.unitName(view.unit());
        H2 title = new H2(view.getTranslation("investigations.section.volumes", name, String.valueOf(year)));
        Paragraph overdue = new Paragraph();
        view.live(() -> {
            UnitFigures chosen = view.unit() == null
                    ? view.figures().total()
                    : view.figures().unit(view.unit()).orElse(InvestigationsView.empty(view.unit()));
            List<MonthRow> rows = new ArrayList<>();
            for (int m = 1; m <= period.getMonthValue(); m++) {
                YearMonth month = YearMonth.of(year, m);
                rows.add(new MonthRow(
                        Periods.label(month, view.locale()), month, month, chosen.month(m), chosen.previousMonth(m)));
            }
            rows.add(new MonthRow(
                    view.getTranslation("investigations.row.period", view.monthName(period)),
                    YearMonth.of(year, 1),
                    period,
                    chosen.yearToDate(),
                    chosen.previousYearToDate()));
            GridRows.show(grid, rows, MonthRow::label);
            overdue.setText(view.getTranslation(
                    "investigations.overdue",
                    SwedishFormat.integer(chosen.overdue()),
                    InvestigationsView.LocalDateLabel.of(InvestigationService.overdueDay(period), view.locale())));
        });
        overdue.addClassName("figure-detail");
        overdue.addClassName("overdue-count");
        return InvestigationsView.section(title, null, grid, overdue);
    }
}
