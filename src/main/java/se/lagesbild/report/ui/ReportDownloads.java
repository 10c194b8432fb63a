package se.lagesbild.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import se.lagesbild.base.export.TableExport;
import se.lagesbild.report.ReportPdf;
import se.lagesbild.report.ReportSection;
import se.lagesbild.report.ReportVersion;

/** A frozen version's report as PDF and as XLSX (one sheet per table), written when clicked. */
final class ReportDownloads {

    private ReportDownloads() {}

    static List<Anchor> links(ReportVersion version, Component view) {
        String file = "lagesbild-" + version.period() + "-"
                + version.name()
                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "")
                        .toLowerCase(java.util.Locale.ROOT);
        Anchor pdf = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(file + ".pdf");
                    event.setContentType(ReportPdf.CONTENT_TYPE);
                    ReportPdf.write(version, event.getOutputStream());
                },
                view.getTranslation("report.download.pdf"));
        pdf.addClassName("download-pdf");
        Anchor xlsx = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(file + ".xlsx");
                    event.setContentType(TableExport.XLSX_TYPE);
                    TableExport.xlsx(
                            version.snapshot().sections().stream()
                                    .filter(s -> s.kind() != ReportSection.Kind.TEXT)
                                    .map(ReportSection::table)
                                    .toList(),
                            event.getOutputStream());
                },
                view.getTranslation("report.download.xlsx"));
        xlsx.addClassName("download-xlsx");
        return List.of(pdf, xlsx);
    }
}
