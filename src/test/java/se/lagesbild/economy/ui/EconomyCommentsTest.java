package se.lagesbild.economy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Comments;
import se.lagesbild.support.KaribuTest;

/**
 * The analysis beside the economy's figures, driven as a user in 2045 (a year no other test and no
 * demo data use): the controller writes a verksamhet's comment and finds it in the table, the next
 * month offers it as a draft, and a comment saved in one browser appears in another's open table.
 */
class EconomyCommentsTest extends KaribuTest {

    private static final String EKB_NAME = "Ekonomiskt bistånd";

    @Autowired
    Comments comments;

    @Test
    void theControllerWritesAVerksamhetsCommentAndReadsItBesideTheFigures() {
        navigate("ekonomi", "period", "2045-03", "verksamhet", "EKB");
        assertThat(_get(H3.class, spec -> spec.withText("Analys: " + EKB_NAME))).isNotNull();
        field().setValue("Fler hushåll med försörjningsstöd än budgeterat.");
        save().click();

        assertThat(status()).startsWith("Skriven av controller, ").endsWith("(version 1)");
        // the nämnd's table shows it in the comment column beside the verksamhet's figures
        navigate("ekonomi", "period", "2045-03");
        assertThat(commentCell(EKB_NAME)).isEqualTo("Fler hushåll med försörjningsstöd än budgeterat.");
        // and a reader sees it, without a field to write in
        login("namnd");
        navigate("ekonomi", "period", "2045-03", "verksamhet", "EKB");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("comment-text"))
                        .getText())
                .isEqualTo("Fler hushåll med försörjningsstöd än budgeterat.");
        assertThat(_find(TextArea.class, spec -> spec.withClasses("comment-field")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("comment-save")))
                .isEmpty();
    }

    @Test
    void aTooLongCommentIsRefusedWithASwedishMessageAndNothingIsSaved() {
        navigate("ekonomi", "period", "2045-04", "verksamhet", "EKB");
        assertThat(field().getMaxLength()).isEqualTo(Comments.MAX_LENGTH);
        field().setValue("x".repeat(Comments.MAX_LENGTH + 1));
        save().click();
        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("Kommentaren får vara högst 2000 tecken");
        assertThat(comments.history(new Comments.Subject(Comments.Kind.ACTIVITY, "EKB"), YearMonth.of(2045, 4)))
                .isEmpty();
    }

    @Test
    void theNextMonthShowsLastMonthsTextAsADraftUntilItIsSaved() {
        comments.save(
                new Comments.Subject(Comments.Kind.AREA, "IFO"),
                YearMonth.of(2045, 5),
                "Placeringskostnaderna ökar.",
                "controller");
        navigate("ekonomi", "period", "2045-06", "verksamhet", "IFO");
        assertThat(status()).isEqualTo("Utkast från maj 2045: sparas först när du sparar den för juni 2045");
        assertThat(field().getValue()).isEqualTo("Placeringskostnaderna ökar.");
        // not June's comment until saved: the table's column is empty
        navigate("ekonomi", "period", "2045-06");
        assertThat(commentCell("Nettokostnad IFO")).isEmpty();

        navigate("ekonomi", "period", "2045-06", "verksamhet", "IFO");
        save().click();
        assertThat(status()).startsWith("Skriven av controller, ");
        navigate("ekonomi", "period", "2045-06");
        assertThat(commentCell("Nettokostnad IFO")).isEqualTo("Placeringskostnaderna ökar.");
    }

    @Test
    void aCommentSavedInOneBrowserAppearsInAnotherOpenEkonomiWithoutReload() {
        navigate("ekonomi", "period", "2045-07");
        UI watching = UI.getCurrent();
        assertThat(commentCell(EKB_NAME)).isEmpty();

        openAnotherUI();
        navigate("ekonomi", "period", "2045-07", "verksamhet", "EKB");
        field().setValue("Ny bedömning efter juli.");
        save().click();

        switchTo(watching);
        awaitPush(() -> "Ny bedömning efter juli.".equals(commentCell(EKB_NAME)));
    }

    @Test
    void textBeingWrittenStaysWhenSomeoneElseSavesTheSameComment() {
        navigate("ekonomi", "period", "2045-02", "verksamhet", "EKB");
        UI writing = UI.getCurrent();
        field().setValue("Mitt utkast, inte sparat.");

        openAnotherUI();
        navigate("ekonomi", "period", "2045-02", "verksamhet", "EKB");
        field().setValue("Den andras text.");
        save().click();

        switchTo(writing);
        awaitPush(() -> status().endsWith("(version 1)"));
        assertThat(field().getValue()).isEqualTo("Mitt utkast, inte sparat.");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("comment-history"))
                        .getSummaryText())
                .isEqualTo("Historik (1)");
    }

    /** The comment column's text on the nämnd's table for the line labelled {@code label}. */
    private static String commentCell(String label) {
        EconomyGrid grid = _find(EconomyGrid.class).getFirst();
        for (int row = 0; row < GridKt._size(grid); row++) {
            List<String> cells = GridKt._getFormattedRow(grid, row);
            if (cells.getFirst().equals(label)) {
                return cells.getLast();
            }
        }
        throw new AssertionError("No line " + label);
    }

    private static TextArea field() {
        return _get(TextArea.class, spec -> spec.withClasses("comment-field"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withClasses("comment-save"));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withClasses("comment-status")).getText();
    }
}
