package se.lagesbild.reportdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.YearMonth;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.base.ui.Periods;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.reportdata.Chapter;
import se.lagesbild.reportdata.ChapterText;
import se.lagesbild.reportdata.InvalidRowsException;
import se.lagesbild.reportdata.Markdown;
import se.lagesbild.reportdata.ReportDataFiles;
import se.lagesbild.reportdata.ReportDataService;

/**
 * A chapter's text for a period: Markdown beside its preview (commonmark-java; raw HTML is escaped),
 * saved as a new version; its history; the period's texts as a file to export and import.
 */
class TextEditor extends Div {

    private final ReportDataService service;
    private final Chapter chapter;
    private final YearMonth period;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Grid<ChapterText> history = new Grid<>();

    TextEditor(ReportDataService service, ReportDataFiles files, Chapter chapter, YearMonth period, boolean mayWrite) {
        this.service = service;
        this.chapter = chapter;
        this.period = period;
        addClassName("text-editor");
        addClassName("editor-" + chapter.name());
        setWidthFull();
        text.setLabel(getTranslation("reportdata.view.markdown"));
        text.addClassName("markdown");
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setReadOnly(!mayWrite);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> render());
        preview.addClassName("markdown-preview");
        preview.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "0 1em")
                .set("border-radius", "4px");
        Div both = new Div(text, new H4(getTranslation("reportdata.view.preview")), preview);
        add(both);
        if (mayWrite) {
            Button save = new Button(getTranslation("reportdata.view.save"), e -> save());
            save.addClassName("save-text");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
            if (service.text(chapter, period).isEmpty()) {
                service.previousText(chapter, period).ifPresent(previous -> {
                    Button copy = new Button(
                            getTranslation("reportdata.view.copyText", Periods.label(previous.period(), getLocale())),
                            e -> {
                                text.setValue(previous.markdown());
                                e.getSource().setVisible(false);
                            });
                    copy.addClassName("copy-previous");
                    add(copy);
                });
            }
        }
        add(new FileTools(
                files,
                ImportScope.REPORT_TEXTS,
                ImportScope.REPORT_TEXTS.path() + "-" + period,
                () -> files.textTable(period),
                mayWrite,
                this::load));
        history.addClassName("text-history");
        history.setAllRowsVisible(true);
        history.addColumn(v -> SwedishFormat.minute(v.recordedAt()))
                .setHeader(getTranslation("reportdata.view.history.at"));
        history.addColumn(ChapterText::recordedBy).setHeader(getTranslation("reportdata.view.history.by"));
        history.addColumn(v -> v.source() == null ? getTranslation("reportdata.view.history.editor") : v.source())
                .setHeader(getTranslation("reportdata.view.history.source"));
        history.addColumn(v -> v.markdown().length() > 80 ? v.markdown().substring(0, 80) + "…" : v.markdown())
                .setHeader(getTranslation("reportdata.view.texts"))
                .setFlexGrow(3);
        add(new H4(getTranslation("reportdata.view.history")), history);
        load();
    }

    private void load() {
        text.setValue(service.text(chapter, period));
        render();
        history.setItems(service.textHistory(chapter, period));
    }

    private void render() {
        preview.getElement().setProperty("innerHTML", Markdown.html(text.getValue()));
    }

    /** The preview's HTML (package-private for tests). */
    String previewHtml() {
        return preview.getElement().getProperty("innerHTML");
    }

    TextArea text() {
        return text;
    }

    void save() {
        try {
            boolean saved = service.saveText(chapter, period, text.getValue(), CurrentUser.name());
            Notification.show(getTranslation(saved ? "reportdata.view.saved" : "reportdata.view.unchanged"));
            load();
        } catch (InvalidRowsException e) {
            text.setErrorMessage(e.errors().getFirst().message());
            text.setInvalid(true);
            Notification.show(
                            getTranslation("reportdata.view.invalid", e.getMessage()),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
