package se.lagesbild.base.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The "Exportera XLSX" and "Exportera CSV" links of a table, built when clicked from the table on screen. */
public final class ExportLinks {

    private ExportLinks() {}

    /**
     * Two download links: {@code fileBase}.xlsx and {@code fileBase}.csv, each written from the
     * table {@code table} gives at the time of the click.
     */
    public static List<Anchor> xlsxAndCsv(
            String xlsxText, String csvText, String fileBase, Supplier<ExportTable> table) {
        return List.of(
                link(xlsxText, fileBase + ".xlsx", TableExport.XLSX_TYPE, table, true),
                link(csvText, fileBase + ".csv", TableExport.CSV_TYPE, table, false));
    }

    /**
     * The table as its UI shows it: a download runs outside the UI (no current UI, the session not
     * locked), where a component no longer on screen would translate its headers into the server's
     * default language; so the table is built with the UI current and its session locked, in the
     * UI's language.
     */
    static ExportTable inUi(UI ui, Supplier<ExportTable> table) {
        if (ui == null) {
            return table.get();
        }
        AtomicReference<ExportTable> built = new AtomicReference<>();
        ui.accessSynchronously(() -> built.set(table.get()));
        return built.get();
    }

    private static Anchor link(
            String text, String fileName, String contentType, Supplier<ExportTable> table, boolean xlsx) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(contentType);
                    ExportTable shown = inUi(event.getUI(), table);
                    if (xlsx) {
                        TableExport.xlsx(shown, event.getOutputStream());
                    } else {
                        TableExport.csv(shown, event.getOutputStream());
                    }
                },
                text);
        anchor.addClassName("export-link");
        return anchor;
    }
}
