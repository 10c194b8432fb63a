package se.lagesbild.investigations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.ui.PeriodSelect;
import se.lagesbild.investigations.CaseLine;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.TargetGroup;
import se.lagesbild.support.KaribuTest;

/** A case recorded elsewhere: the open view's figures change in place, marked, and the user's sorting, the chart and the choices stay. */
class LiveInvestigationsTest extends KaribuTest {

    @Autowired
    InvestigationService investigations;

    @Test
    void aNewCaseIsCountedMarkedAndListedInTheDrillAsTheUserSortedIt() {
        navigate("utredningar", "period", "2023-04", "enhet", "VE", "manad", "2023-04", "mått", "inledda");
        Grid<VolumesSection.MonthRow> volumes = grid("volumes-grid");
        VolumesSection.MonthRow april = GridKt._get(volumes, 3);
        assertThat(april.label()).isEqualTo("april 2023");
        int openedBefore = april.current().opened();
        Grid<CaseLine> cases = grid("cases-grid");
        int casesBefore = GridKt._size(cases);
        GridKt._sortByKey(cases, "reference", SortDirection.DESCENDING);

        investigations.record(
                List.of(new Investigation(
                        "ÖÖ-LIVE-1",
                        "VE",
                        TargetGroup.ADULTS,
                        LocalDate.of(2023, 4, 10),
                        LocalDate.of(2023, 4, 20),
                        List.of())),
                "change.investigations.import",
                "annan användare",
                "test",
                null);
        awaitPush(() -> GridKt._size(LiveInvestigationsTest.<CaseLine>grid("cases-grid")) == casesBefore + 1);

        Grid<VolumesSection.MonthRow> after = grid("volumes-grid");
        VolumesSection.MonthRow aprilAfter = GridKt._get(after, 3);
        assertThat(aprilAfter.current().opened()).isEqualTo(openedBefore + 1);
        assertThat(after.getColumnByKey("opened").getPartNameGenerator().apply(aprilAfter))
                .isEqualTo("changed");
        assertThat(after.getColumnByKey("openPrevious").getPartNameGenerator().apply(aprilAfter))
                .isNull();
        assertThat(after.getColumnByKey("opened").getPartNameGenerator().apply(GridKt._get(after, 0)))
                .isNull();

        Grid<CaseLine> casesAfter = grid("cases-grid");
        assertThat(GridKt._size(casesAfter)).isEqualTo(casesBefore + 1);
        assertThat(casesAfter.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("reference");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(GridKt._get(casesAfter, 0).reference()).isEqualTo("ÖÖ-LIVE-1");
    }

    @Test
    void aLateCaseMovesItsPointOnTheChartOnScreenAndLeavesTheChoicesAsTheyWere() {
        // April 2023 has cases already, so the months to choose from stay the same
        investigations.record(
                List.of(new Investigation(
                        "ÄÄ-LIVE-OPEN", "VE", TargetGroup.ADULTS, LocalDate.of(2023, 4, 3), null, List.of())),
                "change.investigations.import",
                "annan användare",
                "test",
                null);
        navigate("utredningar", "period", "2023-04", "enhet", "VE");
        Chart chart = _get(Chart.class);
        Number aprilBefore = aprilLateShare(chart);
        PeriodSelect periods = _get(PeriodSelect.class);
        DataProvider<YearMonth, ?> choices = periods.getDataProvider();

        investigations.record(
                List.of(new Investigation(
                        "ÄÄ-LIVE-LATE",
                        "VE",
                        TargetGroup.ADULTS,
                        LocalDate.of(2022, 11, 1),
                        LocalDate.of(2023, 4, 20),
                        List.of())),
                "change.investigations.import",
                "annan användare",
                "test",
                null);
        awaitPush(() -> !Objects.equals(aprilLateShare(chart), aprilBefore));

        assertThat(_get(Chart.class))
                .as("the chart on screen, its point moved, not a new chart")
                .isSameAs(chart);
        VolumesSection.MonthRow april =
                GridKt._get(LiveInvestigationsTest.<VolumesSection.MonthRow>grid("volumes-grid"), 3);
        assertThat(aprilLateShare(chart).doubleValue())
                .as("the point shows the table's late share")
                .isEqualTo(
                        april.current().lateSharePercent().doubleValue(), org.assertj.core.api.Assertions.within(0.05));
        assertThat(periods.getDataProvider())
                .as("the period choices were not filled anew")
                .isSameAs(choices);
        assertThat(periods.getValue()).isEqualTo(YearMonth.of(2023, 4));
    }

    /** The late share of April 2023 on the chart (its first series: this year's). */
    private static Number aprilLateShare(Chart chart) {
        return ((ListSeries) chart.getConfiguration().getSeries().getFirst()).getData()[3];
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }
}
