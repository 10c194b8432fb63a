package se.lagesbild.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import se.lagesbild.base.Comments;
import se.lagesbild.base.Comments.Comment;
import se.lagesbild.base.Comments.Shown;
import se.lagesbild.base.Comments.Subject;

/**
 * The analysis beside a figure: the period's comment on a subject (a verksamhet, an enhet, a
 * målområde), who wrote it and when, its history, and for those the rules allow a field to write it.
 * A period without a saved comment offers the latest earlier one as a draft ("Utkast från juli 2021")
 * until it is saved. {@link #show} redraws it on a live change without touching text being written.
 */
public class CommentPanel extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient Comments comments;
    private final H3 heading = new H3();
    private final Paragraph text = new Paragraph();
    private final Span status = new Span();
    private final TextArea field = new TextArea();
    private final Button save = new Button();
    private final Details history = new Details();
    private Subject subject;
    private YearMonth period;
    private String name;
    /** The field's value as last loaded from the service: anything else is the user's unsaved writing. */
    private String loaded;

    public CommentPanel(Comments comments) {
        this.comments = comments;
        addClassName("comment-panel");
        text.addClassName("comment-text");
        status.addClassName("comment-status");
        field.addClassName("comment-field");
        field.setWidthFull();
        field.setMaxLength(Comments.MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("comments.error.tooLong", Comments.MAX_LENGTH)));
        field.addValueChangeListener(e -> {
            field.setHelperText(getTranslation("comments.length", e.getValue().length(), Comments.MAX_LENGTH));
            field.setInvalid(false);
        });
        save.setText(getTranslation("comments.save"));
        save.addClassName("comment-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        history.addClassName("comment-history");
        add(heading, status, text, field, save, history);
    }

    /**
     * Shows the comment of {@code subject} in {@code period}, named {@code name} ("Barn- och
     * ungdomsvård"). Text being written for the same subject and period stays in the field.
     */
    public void show(Subject subject, YearMonth period, String name) {
        boolean same = subject.equals(this.subject) && period.equals(this.period);
        boolean writing = same && loaded != null && !Objects.equals(field.getValue(), loaded);
        this.subject = subject;
        this.period = period;
        this.name = name;
        heading.setText(getTranslation("comments.title", name));
        Shown shown = comments.shown(subject, period);
        boolean mayWrite = comments.mayWrite(CurrentUser.name(), subject);
        String periodLabel = Periods.label(period, getLocale());
        if (shown.saved() != null) {
            Comment saved = shown.saved();
            status.setText(getTranslation(
                    "comments.by", saved.recordedBy(), WHEN.format(saved.recordedAt()), saved.version()));
        } else if (shown.isDraft() && mayWrite) {
            status.setText(
                    getTranslation("comments.draft", Periods.label(shown.draft().period(), getLocale()), periodLabel));
        } else {
            status.setText(getTranslation("comments.none", periodLabel));
        }
        status.getElement().getClassList().set("draft", shown.isDraft() && mayWrite);
        // readers see saved comments only; writers edit the saved text or the draft
        text.setText(shown.saved() == null ? "" : shown.saved().body());
        text.setVisible(!mayWrite && shown.saved() != null);
        field.setVisible(mayWrite);
        save.setVisible(mayWrite);
        field.setLabel(getTranslation("comments.field", periodLabel));
        if (mayWrite && !writing) {
            loaded = shown.text();
            field.setValue(loaded);
            field.setInvalid(false);
        }
        showHistory(comments.history(subject, period));
    }

    private void showHistory(List<Comment> versions) {
        history.setSummaryText(getTranslation("comments.history", versions.size()));
        history.setVisible(!versions.isEmpty());
        UnorderedList list = new UnorderedList();
        for (Comment version : versions) {
            ListItem item = new ListItem(
                    new Span(getTranslation(
                            "comments.history.entry",
                            version.recordedBy(),
                            WHEN.format(version.recordedAt()),
                            version.version())),
                    new Paragraph(version.isBlank() ? getTranslation("comments.history.withdrawn") : version.body()));
            list.add(item);
        }
        history.removeAll();
        history.add(list);
    }

    private void save() {
        if (subject == null) {
            return;
        }
        try {
            comments.save(subject, period, field.getValue(), CurrentUser.name());
        } catch (Comments.Refused refused) {
            field.setErrorMessage(
                    getTranslation(refused.messageKey(), refused.args().toArray()));
            field.setInvalid(true);
            return;
        } catch (AccessDeniedException denied) {
            field.setErrorMessage(getTranslation("comments.error.denied"));
            field.setInvalid(true);
            return;
        }
        loaded = null;
        show(subject, period, name);
        Notification.show(getTranslation("comments.saved"));
    }

    /** The subject shown (null before the first {@link #show}). */
    public Subject subject() {
        return subject;
    }

    /** The text area (for tests: what a user types into). */
    TextArea field() {
        return field;
    }
}
