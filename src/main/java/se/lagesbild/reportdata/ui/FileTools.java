package se.lagesbild.reportdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.lagesbild.base.export.ExportTable;
import se.lagesbild.base.export.TableExport;
import se.lagesbild.base.ui.ComponentTexts;
import se.lagesbild.base.ui.CurrentUser;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.importing.ImportScope;
import se.lagesbild.importing.ImportStatus;
import se.lagesbild.reportdata.ReportDataFiles;

/** A section's file as CSV and XLSX (as the import reads it), and its import (all or nothing). */
class FileTools extends Div {

    private final ReportDataFiles files;
    private final ImportScope scope;
    private final Runnable imported;
    private final Div result = new Div();

    FileTools(
            ReportDataFiles files,
            ImportScope scope,
            String baseName,
            Supplier<ExportTable> table,
            boolean mayWrite,
            Runnable imported) {
        this.files = files;
        this.scope = scope;
        this.imported = imported;
        addClassName("report-file-tools");
        Anchor csv = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(baseName + ".csv");
                    event.setContentType(TableExport.CSV_TYPE);
                    event.getOutputStream().write(ReportDataFiles.csv(table.get()));
                },
                getTranslation("reportdata.view.export.csv"));
        csv.addClassName("export-csv");
        Anchor xlsx = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(baseName + ".xlsx");
                    event.setContentType(TableExport.XLSX_TYPE);
                    event.getOutputStream().write(ReportDataFiles.xlsx(table.get()));
                },
                getTranslation("reportdata.view.export.xlsx"));
        xlsx.addClassName("export-xlsx");
        csv.getStyle().set("margin-right", "1em");
        add(csv, xlsx);
        if (mayWrite) {
            Upload upload =
                    new Upload(UploadHandler.inMemory((metadata, data) -> importFile(metadata.fileName(), data)));
            ComponentTexts.upload(upload);
            upload.addClassName("report-upload");
            upload.setAcceptedFileTypes(
                    ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(ImportFiles.MAX_UPLOAD_BYTES);
            upload.setUploadButton(new Button(getTranslation("reportdata.view.import")));
            add(upload);
        }
        result.addClassName("report-file-result");
        add(result);
    }

    /** Imports a file and says how it went (package-private for tests). */
    void importFile(String name, byte[] data) {
        ReportDataFiles.Outcome outcome = files.importFile(scope, name, data, CurrentUser.name());
        result.removeAll();
        if (outcome.status() == ImportStatus.APPLIED) {
            result.add(new Paragraph(getTranslation(
                    "reportdata.view.imported",
                    String.valueOf(outcome.added()),
                    String.valueOf(outcome.changed()),
                    String.valueOf(outcome.unchanged()))));
            imported.run();
            return;
        }
        Paragraph refused = new Paragraph(getTranslation(
                "reportdata.view.rejected",
                outcome.errors().stream()
                        .map(e -> (e.row() == null ? "" : getTranslation("import.log.row", String.valueOf(e.row())))
                                + (e.column() == null ? "" : ", " + e.column())
                                + ": " + getTranslation(e.messageKey(), e.args().toArray()))
                        .collect(Collectors.joining("; "))));
        refused.addClassName("report-file-error");
        result.add(refused);
    }
}
