package se.lagesbild.structure.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.IntSupplier;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportError;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.structure.StructureFiles;

/**
 * "Exportera strukturfil" (the chosen year's file of the kind, as the import reads it) and "Importera
 * strukturfil" (all or nothing; what was added and changed, or every error with its row and column).
 */
class StructureFileTools extends VerticalLayout {

    private final StructureFiles files;
    private final StructureFiles.Kind kind;
    private final Runnable imported;
    private final Div result = new Div();

    StructureFileTools(StructureFiles files, StructureFiles.Kind kind, IntSupplier year, Runnable imported) {
        this.files = files;
        this.kind = kind;
        this.imported = imported;
        setPadding(false);
        addClassName("structure-files");
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(kind.fileName(year.getAsInt()));
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(files.export(kind, year.getAsInt()));
                },
                getTranslation("structure.file.export"));
        export.addClassName("structure-export");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> importFile(metadata.fileName(), data)));
        ComponentTexts.upload(upload);
        upload.addClassName("structure-upload");
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("structure.file.import")));
        result.addClassName("structure-file-result");
        add(export, upload, result);
    }

    /** Imports an uploaded file and shows how it went (package-private for tests). */
    void importFile(String name, byte[] data) {
        StructureFiles.Outcome outcome = files.importFile(kind, name, data, CurrentUser.name());
        result.removeAll();
        if (outcome.status() == ImportStatus.APPLIED) {
            result.add(new Paragraph(getTranslation(
                    "structure.file.imported",
                    name,
                    String.valueOf(outcome.added()),
                    String.valueOf(outcome.changed()),
                    String.valueOf(outcome.unchanged()))));
            imported.run();
            return;
        }
        result.add(new Paragraph(getTranslation(
                "structure.file.refused", String.valueOf(outcome.errors().size()))));
        for (ImportError error : outcome.errors()) {
            String place = error.row() == null
                    ? ""
                    : getTranslation("import.log.row", String.valueOf(error.row()))
                            + (error.column() == null ? "" : ", " + error.column()) + ": ";
            Paragraph line = new Paragraph(
                    place + getTranslation(error.messageKey(), error.args().toArray()));
            line.addClassName("structure-file-error");
            result.add(line);
        }
    }
}
