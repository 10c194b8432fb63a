package se.lagesbild.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Assessment;
import se.lagesbild.goals.GoalEntry;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.Indicator;
import se.lagesbild.support.KaribuTest;

/**
 * Two users at once: one half-way through BUE's August form, the other looking at the heatmaps with
 * BUE's drill open. A save through the service (a third user) reaches both; neither loses their place.
 */
class LiveGoalsTest extends KaribuTest {

    @Autowired
    GoalService goals;

    @Autowired
    GoalEntry entries;

    @Test
    void aSavedOutcomeUpdatesTheHeatmapsOfAnotherUiAndLeavesAHalfFilledFormAlone() {
        YearMonth august = YearMonth.of(2021, 8);
        GoalYear year = goals.year(2021);
        Indicator sickLeave = year.indicatorsOf(1, "BUE").getFirst();
        BigDecimal before = year.indicator(sickLeave.id(), 8).outcome();

        navigate("mal/registrera", "enhet", "BUE", "period", "2021-08");
        UI form = UI.getCurrent();
        List<BigDecimalField> outcomes = _find(BigDecimalField.class);
        outcomes.get(1).setValue(new BigDecimal("42"));
        _find(TextArea.class).get(1).setValue("Halvvägs skrivet");

        openAnotherUI();
        navigate("mal", "period", "2021-08", "omrade", "2", "enhet", "BUE");
        UI heatmaps = UI.getCurrent();
        assertThat(GoalsViewTest.cells(heatmap(), 4, 10)[0][0]).isEqualTo(Assessment.GREEN);
        try {
            entries.saveMonth(
                    new UnitMonthEntry(
                            "BUE",
                            august,
                            List.of(new IndicatorEntry(sickLeave.id(), new BigDecimal("9.5"), "Influensa", null))),
                    "enhetschef");
            awaitPush(() -> GoalsViewTest.cells(heatmap(), 4, 10)[0][0] == Assessment.RED);

            // the other UI: new colours, what changed listed and marked, a quiet notice; still BUE's drill of area 2
            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("Barn- och ungdomsenheten, 1. ")
                            .contains("augusti 2021")
                            .contains("Grön →")
                            .endsWith("Röd"));
            assertThat(_get(Div.class, spec -> spec.withClasses("goal-changes"))
                            .getChildren()
                            .findFirst()
                            .orElseThrow()
                            .getElement()
                            .getClassList())
                    .contains("changed");
            assertThat(NotificationsKt.getNotifications())
                    .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                            .matches("Nya utfall och kommentarer för Barn- och ungdomsenheten, \\d\\d:\\d\\d"));
            assertThat(heatmaps.getActiveViewLocation().getQueryParameters().getParameters())
                    .isEqualTo(java.util.Map.of(
                            "period", List.of("2021-08"), "omrade", List.of("2"), "enhet", List.of("BUE")));
            assertThat(_get(Select.class, spec -> spec.withClasses("area-select"))
                            .getValue())
                    .isEqualTo(2);
            assertThat(_find(UnitMonthDrill.class)).hasSize(1);

            // the form: what was typed is still there, in the same fields
            switchTo(form);
            assertThat(_find(BigDecimalField.class)).isEqualTo(outcomes);
            assertThat(outcomes.get(1).getValue()).isEqualByComparingTo("42");
            assertThat(_find(TextArea.class).get(1).getValue()).isEqualTo("Halvvägs skrivet");
            assertThat(outcomes.getFirst().getValue())
                    .as("not overwritten by the other user's save")
                    .isEqualByComparingTo(before);
            assertThat(NotificationsKt.getNotifications())
                    .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                            .startsWith("Nya utfall och kommentarer för Barn- och ungdomsenheten"));
        } finally {
            entries.saveMonth(
                    new UnitMonthEntry("BUE", august, List.of(new IndicatorEntry(sickLeave.id(), before, null, null))),
                    "enhetschef");
        }
    }

    private static Chart heatmap() {
        return _find(Chart.class).stream()
                .filter(c -> c.hasClassName("heatmap-units-areas"))
                .findFirst()
                .orElseThrow();
    }
}
