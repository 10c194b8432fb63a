package se.lagesbild.base.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
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

    private static Anchor link(
            String text, String fileName, String contentType, Supplier<ExportTable> table, boolean xlsx) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(contentType);
                    if (xlsx) {
                        TableExport.xlsx(table.get(), event.getOutputStream());
                    } else {
                        TableExport.csv(table.get(), event.getOutputStream());
                    }
                },
                text);
        anchor.addClassName("export-link");
        return anchor;
    }
}
