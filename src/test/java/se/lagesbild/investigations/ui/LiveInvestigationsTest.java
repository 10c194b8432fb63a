package se.lagesbild.investigations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.investigations.CaseLine;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.investigations.TargetGroup;
import se.lagesbild.support.KaribuTest;

/** A case recorded elsewhere: the open view's figures change in place, marked, and the user's sorting stays. */
class LiveInvestigationsTest extends KaribuTest {

    @Autowired
    InvestigationService investigations;

    @Test
    void aNewCaseIsCountedMarkedAndListedInTheDrillAsTheUserSortedIt() {
        navigate("utredningar", "period", "2023-04", "enhet", "VE", "manad", "2023-04", "mått", "inledda");
        Grid<InvestigationsView.MonthRow> volumes = grid("volumes-grid");
        InvestigationsView.MonthRow april = GridKt._get(volumes, 3);
        assertThat(april.label()).isEqualTo("april 2023");
        int openedBefore = april.current().opened();
        Grid<CaseLine> cases = grid("cases-grid");
        int casesBefore = GridKt._size(cases);
        GridKt._sortByKey(cases, "reference", SortDirection.DESCENDING);

        investigations.record(List.of(new Investigation("ÖÖ-LIVE-1", "VE", TargetGroup.ADULTS,
                LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 20), List.of())), "change.investigations.import", "annan användare", "test", null);
        awaitPush(() -> GridKt._size(LiveInvestigationsTest.<CaseLine>grid("cases-grid")) == casesBefore + 1);

        Grid<InvestigationsView.MonthRow> after = grid("volumes-grid");
        InvestigationsView.MonthRow aprilAfter = GridKt._get(after, 3);
        assertThat(aprilAfter.current().opened()).isEqualTo(openedBefore + 1);
        assertThat(after.getColumnByKey("opened").getPartNameGenerator().apply(aprilAfter)).isEqualTo("changed");
        assertThat(after.getColumnByKey("openPrevious").getPartNameGenerator().apply(aprilAfter)).isNull();
        assertThat(after.getColumnByKey("opened").getPartNameGenerator().apply(GridKt._get(after, 0))).isNull();

        Grid<CaseLine> casesAfter = grid("cases-grid");
        assertThat(GridKt._size(casesAfter)).isEqualTo(casesBefore + 1);
        assertThat(casesAfter.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("reference");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(GridKt._get(casesAfter, 0).reference()).isEqualTo("ÖÖ-LIVE-1");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }
}
