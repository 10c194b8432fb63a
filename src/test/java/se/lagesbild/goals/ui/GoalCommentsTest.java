package se.lagesbild.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Comments;
import se.lagesbild.base.ui.CommentPanel;
import se.lagesbild.support.KaribuTest;

/**
 * The analysis beside a målområde, in September 2020 (a month no other test reads): the ledning writes
 * the målområde's; the enhetschef writes their enhet's goals in it and may not write the målområde's.
 */
class GoalCommentsTest extends KaribuTest {

    @Autowired
    Comments comments;

    @Test
    void theLedningWritesTheMalomradesAnalysis() {
        login("ledning");
        navigate("mal", "period", "2020-09", "omrade", "2");
        CommentPanel area = areaPanel();
        _get(area, TextArea.class, spec -> spec.withClasses("comment-field")).setValue("Målområdet går åt rätt håll.");
        _get(area, Button.class, spec -> spec.withClasses("comment-save")).click();
        assertThat(comments.shown(new Comments.Subject(Comments.Kind.GOAL_AREA, "2"), YearMonth.of(2020, 9))
                        .saved()
                        .body())
                .isEqualTo("Målområdet går åt rätt håll.");
    }

    @Test
    void anEnhetschefWritesTheirEnhetsGoalsInTheMalomradeButNotTheMalomradesOwn() {
        login("enhetschef");
        navigate("mal", "period", "2020-09", "omrade", "1", "enhet", "BUE");
        CommentPanel unit = _get(CommentPanel.class, spec -> spec.withClasses("unit-comment"));
        // one field to write in: the enhet's, none in the målområde's panel
        java.util.List<TextArea> fields = _find(TextArea.class, spec -> spec.withClasses("comment-field"));
        assertThat(fields).hasSize(1);
        assertThat(fields.getFirst().getParent().orElseThrow()).isSameAs(unit);
        assertThat(areaPanel()).isNotSameAs(unit);
        _get(unit, TextArea.class, spec -> spec.withClasses("comment-field")).setValue("Vi når målet i höst.");
        _get(unit, Button.class, spec -> spec.withClasses("comment-save")).click();
        assertThat(comments.shown(Comments.Subject.goalUnit(1, "BUE"), YearMonth.of(2020, 9))
                        .saved()
                        .recordedBy())
                .isEqualTo("enhetschef");
    }

    private static CommentPanel areaPanel() {
        Div analysis = _get(Div.class, spec -> spec.withClasses("goal-analysis"));
        return (CommentPanel) analysis.getChildren().findFirst().orElseThrow();
    }
}
