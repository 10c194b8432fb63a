package se.lagesbild.investigations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.base.Comments;
import se.lagesbild.support.KaribuTest;

/**
 * An enhet's analysis beside its investigation figures, in 2047 (no other test and no demo data use it):
 * the enhetschef writes their own enhet's and is refused another's, in the view and in the service.
 */
class InvestigationCommentsTest extends KaribuTest {

    @Autowired
    Comments comments;

    @Test
    void anEnhetschefWritesTheirOwnEnhetsCommentAndIsRefusedAnothers() {
        login("enhetschef");
        navigate("utredningar", "period", "2047-08", "enhet", "BUE");
        assertThat(_get(H3.class, spec -> spec.withText("Analys: Barn- och ungdomsenheten")))
                .isNotNull();
        field().setValue("Fler anmälningar under sommaren.");
        _get(Button.class, spec -> spec.withClasses("comment-save")).click();
        assertThat(comments.shown(new Comments.Subject(Comments.Kind.UNIT, "BUE"), YearMonth.of(2047, 8))
                        .saved()
                        .recordedBy())
                .isEqualTo("enhetschef");

        navigate("utredningar", "period", "2047-08", "enhet", "CAI");
        assertThat(_get(H3.class, spec -> spec.withText("Analys: Centrum för arbete och integration")))
                .isNotNull();
        assertThat(_find(TextArea.class, spec -> spec.withClasses("comment-field")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("comment-save")))
                .isEmpty();
        // and refused by the service, whatever the view shows
        assertThatThrownBy(() -> comments.save(
                        new Comments.Subject(Comments.Kind.UNIT, "CAI"),
                        YearMonth.of(2047, 8),
                        "Inte min enhet",
                        "enhetschef"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEnheterTableShowsEachEnhetsCommentBesideItsFigures() {
        // June 2020: the demo data's cases, a month no report test reads
        comments.save(
                new Comments.Subject(Comments.Kind.UNIT, "BUE"),
                YearMonth.of(2020, 6),
                "Två utredare sjukskrivna.",
                "controller");
        navigate("utredningar", "period", "2020-06");
        com.vaadin.flow.component.grid.Grid<?> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withClasses("investigations-grid"));
        java.util.List<String> bue = null;
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
            java.util.List<String> cells = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row);
            if (cells.getFirst().equals("Barn- och ungdomsenheten")) {
                bue = cells;
            }
        }
        assertThat(bue).isNotNull();
        assertThat(bue.getLast()).isEqualTo("Två utredare sjukskrivna.");
    }

    @Test
    void withoutAChosenEnhetThereIsNoCommentPanel() {
        navigate("utredningar", "period", "2047-08");
        assertThat(_find(TextArea.class, spec -> spec.withClasses("comment-field")))
                .isEmpty();
    }

    private static TextArea field() {
        return _get(TextArea.class, spec -> spec.withClasses("comment-field"));
    }
}
