package se.lagesbild.economy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.economy.imports.EconomyImport;
import se.lagesbild.economy.imports.EconomyImportPreview;
import se.lagesbild.economy.imports.ImportKind;
import se.lagesbild.economy.imports.ImportResult;
import se.lagesbild.economy.imports.RowChange;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportStatus;

/**
 * Import of an economy file: choose the kind (or let the header tell), upload, read the preview
 * (rows added, corrected and unchanged; the changed rows; every error with its row and column) and
 * save, which is offered only for a file without errors. Saving checks the file again; the open
 * Ekonomi views update themselves through the change log.
 */
class EconomyImportDialog extends Dialog {

    private final EconomyImport imports;
    private final String user;
    private final Select<ImportKind> kind = new Select<>();
    private final Upload upload;
    private final Paragraph summary = new Paragraph();
    private final Grid<RowChange> changes = new Grid<>();
    private final Grid<ImportError> errors = new Grid<>();
    private final Button save = new Button();
    private String fileName;
    private byte[] bytes;

    EconomyImportDialog(EconomyImport imports, String user) {
        this.imports = imports;
        this.user = user;
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("import.dialog.title"));
        setWidth("min(72rem, 95vw)");

        kind.setLabel(getTranslation("import.kind.label"));
        kind.setItems(ImportKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("import.kind.detect"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("import.kind.detect") : getTranslation("import.kind." + k.name()));
        kind.addValueChangeListener(change -> {
            if (bytes != null) {
                showPreview();
            }
        });

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            fileName = metadata.fileName();
            bytes = data;
            showPreview();
        }));
        ComponentTexts.upload(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".xls");
        Span hint = new Span(getTranslation("import.upload.hint"));
        hint.addClassName("figure-detail");

        summary.addClassName("import-summary");
        summary.setVisible(false);
        configureChanges();
        configureErrors();

        VerticalLayout content = new VerticalLayout(kind, upload, hint, summary, errors, changes);
        content.setPadding(false);
        add(content);

        save.setText(getTranslation("import.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(false);
        save.addClickListener(click -> save());
        Button close = new Button(getTranslation("import.close"), click -> close());
        // The import log is importing's view: linked by its route, not its class.
        Anchor log = new Anchor("ekonomi/importer", getTranslation("import.log.link"));
        log.getElement().addEventListener("click", click -> close());
        getFooter().add(log, close, save);
    }

    private void configureChanges() {
        changes.addClassName("import-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.setAllRowsVisible(true);
        changes.addColumn(RowChange::row)
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> getTranslation("import.change." + c.change().name()))
                .setHeader(getTranslation("import.column.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(RowChange::year)
                .setHeader(getTranslation("import.column.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> c.month() == null ? "–" : String.valueOf(c.month()))
                .setHeader(getTranslation("import.column.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(RowChange::activity)
                .setHeader(getTranslation("import.column.activity"))
                .setFlexGrow(2);
        changes.addColumn(RowChange::costType)
                .setHeader(getTranslation("import.column.costType"))
                .setFlexGrow(2);
        changes.addColumn(c -> SwedishFormat.exact(c.before()))
                .setHeader(getTranslation("import.column.before"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        changes.addColumn(c -> SwedishFormat.exact(c.after()))
                .setHeader(getTranslation("import.column.after"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        changes.setVisible(false);
    }

    private void configureErrors() {
        errors.addClassName("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setAllRowsVisible(true);
        errors.addColumn(e -> e.row() == null ? "–" : String.valueOf(e.row()))
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "–" : e.column())
                .setHeader(getTranslation("import.column.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(this::message)
                .setHeader(getTranslation("import.column.message"))
                .setFlexGrow(1);
        errors.setVisible(false);
    }

    private String message(ImportError error) {
        return getTranslation(error.messageKey(), error.args().toArray());
    }

    private void showPreview() {
        EconomyImportPreview preview = imports.preview(kind.getValue(), fileName, bytes, user);
        show(
                preview.kind(),
                preview.added(),
                preview.corrected(),
                preview.unchanged(),
                preview.errors(),
                preview.errorCount());
        changes.setItems(preview.changes());
        changes.setVisible(!preview.changes().isEmpty());
        save.setVisible(preview.ok());
    }

    private void show(
            ImportKind shownKind, int added, int corrected, int unchanged, List<ImportError> found, int total) {
        summary.setVisible(true);
        if (!found.isEmpty()) {
            summary.setText(getTranslation("import.preview.errors", SwedishFormat.integer(total)));
        } else if (added + corrected == 0) {
            summary.setText(getTranslation("import.preview.noChanges"));
        } else {
            summary.setText(getTranslation(
                    "import.preview.summary",
                    fileName,
                    getTranslation("import.kind." + shownKind.name()),
                    SwedishFormat.integer(added),
                    SwedishFormat.integer(corrected),
                    SwedishFormat.integer(unchanged)));
        }
        errors.setItems(found);
        errors.setVisible(!found.isEmpty());
    }

    private void save() {
        ImportResult result = imports.apply(kind.getValue(), fileName, bytes, user);
        if (result.status() == ImportStatus.APPLIED) {
            Notification notification = Notification.show(
                    getTranslation(
                            "import.saved",
                            SwedishFormat.integer(result.added()),
                            SwedishFormat.integer(result.corrected()),
                            SwedishFormat.integer(result.unchanged())),
                    5000,
                    Notification.Position.BOTTOM_END);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } else {
            show(result.kind(), 0, 0, 0, result.errors(), result.errorCount());
            changes.setVisible(false);
            save.setVisible(false);
        }
    }
}
