package se.lagesbild.gettingstarted.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagesbild.base.ui.SetupNotice;
import se.lagesbild.support.KaribuTest;

/**
 * The demo database is set up, but not for every year: a year without budget and utfall, or without
 * goal areas, says what is missing instead of showing only zeros; Kom igång has every step done.
 */
class HalfSetUpViewsTest extends KaribuTest {

    @Test
    void ekonomiForAYearWithoutFiguresSaysWhichAreMissing() {
        navigate("ekonomi", "period", "2019-06");
        assertThat(notices())
                .containsExactly("Det finns varken budget eller utfall för 2019 ännu. En controller importerar"
                        + " budgetfilen och utfallsfilerna med Importera ovan (eller ett skript via /api/import);"
                        + " tills dess är alla belopp noll.");
        navigate("ekonomi", "period", "2021-08");
        assertThat(notices()).isEmpty();
    }

    @Test
    void malForAYearWithoutGoalAreasLinksToWhereTheyAreSetUp() {
        // 2019: before the demo's goal structure, and never a year that Nytt år (newest + 1) opens in a test
        navigate("mal", "period", "2019-03");
        assertThat(notices()).containsExactly("Inga målområden för 2019.");
    }

    @Test
    void komIgangHasEveryStepDoneAndTheStartPageNoChecklist() {
        navigate("kom-igang");
        assertThat(_find(Component.class, spec -> spec.withClasses("getting-started-summary"))
                        .getFirst()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Alla steg är klara: Lägesbild är uppsatt.");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("checklist-item")))
                .hasSize(6)
                .allMatch(item -> item.hasClassName("done"));
        navigate("", "period", "2021-08");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("checklist-item")))
                .isEmpty();
        assertThat(notices()).isEmpty();
    }

    private static List<String> notices() {
        return _find(SetupNotice.class).stream().map(SetupNotice::text).toList();
    }
}
