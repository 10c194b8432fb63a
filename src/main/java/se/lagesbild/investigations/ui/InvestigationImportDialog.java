package se.lagesbild.investigations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.investigations.InvestigationImport;
import se.lagesbild.investigations.InvestigationImportError;
import se.lagesbild.investigations.InvestigationImportPreview;

/**
 * "Importera utredningar": upload a case export, see what it would change (new, changed and
 * unchanged cases, or the problems by row and column, or that it was refused), and save it.
 */
class InvestigationImportDialog extends Dialog {

    private final InvestigationImport importer;
    private final Div result = new Div();
    private final Button save = new Button();
    private String fileName;
    private byte[] bytes;

    InvestigationImportDialog(InvestigationImport importer) {
        this.importer = importer;
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("investigations.import.title"));
        setWidth("min(56rem, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> show(metadata.fileName(), data)));
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ComponentTexts.upload(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
        result.addClassName("import-result");
        add(new Paragraph(getTranslation("investigations.import.help")), upload, result);
        save.setText(getTranslation("investigations.import.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("investigations.import.cancel"), e -> close()), save);
    }

    /** Shows the preview of an uploaded file (package-private for tests). */
    void show(String name, byte[] data) {
        fileName = name;
        bytes = data;
        InvestigationImportPreview preview = importer.preview(name, data, user());
        result.removeAll();
        if (preview.refusedAt() != null) {
            Paragraph refused = new Paragraph(getTranslation("investigations.import.error.refused") + " "
                    + getTranslation(
                            "investigations.import.refusedAt",
                            String.valueOf(preview.refusedAt().row()),
                            preview.refusedAt().column()));
            refused.addClassName("import-refused");
            refused.getElement().setAttribute("role", "alert");
            result.add(refused);
        } else if (!preview.problems().isEmpty()) {
            Paragraph summary = new Paragraph(getTranslation(
                    "investigations.import.problems", name, SwedishFormat.integer(preview.problemCount())));
            summary.getElement().setAttribute("role", "alert");
            Grid<InvestigationImportError> problems = new Grid<>();
            problems.addClassName("import-problems");
            problems.addColumn(p -> String.valueOf(p.row()))
                    .setHeader(getTranslation("investigations.import.problem.row"))
                    .setWidth("5rem")
                    .setFlexGrow(0);
            problems.addColumn(InvestigationImportError::column)
                    .setHeader(getTranslation("investigations.import.problem.column"))
                    .setAutoWidth(true);
            problems.addColumn(p -> getTranslation(p.key(), p.args().toArray()))
                    .setHeader(getTranslation("investigations.import.problem.message"))
                    .setFlexGrow(1);
            problems.setItems(preview.problems());
            problems.setAllRowsVisible(preview.problems().size() <= 12);
            result.add(summary, problems);
        } else {
            Paragraph summary = new Paragraph(getTranslation(
                    "investigations.import.summary",
                    name,
                    SwedishFormat.integer(preview.added().size()),
                    SwedishFormat.integer(preview.changed().size()),
                    SwedishFormat.integer(preview.unchanged())));
            summary.addClassName("import-summary");
            result.add(summary);
        }
        save.setEnabled(preview.canApply()
                && !(preview.added().isEmpty() && preview.changed().isEmpty()));
    }

    /** Saves the previewed file (package-private for tests). */
    void save() {
        InvestigationImportPreview saved = importer.apply(fileName, bytes, user());
        if (saved.canApply()) {
            Notification.show(
                    getTranslation(
                            "investigations.import.saved",
                            SwedishFormat.integer(saved.added().size()),
                            SwedishFormat.integer(saved.changed().size())),
                    4000,
                    Notification.Position.BOTTOM_END);
            close();
        } else {
            show(fileName, bytes);
        }
    }

    Button saveButton() {
        return save;
    }

    private static String user() {
        return CurrentUser.name();
    }
}
