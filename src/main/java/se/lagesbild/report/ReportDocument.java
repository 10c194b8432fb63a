package se.lagesbild.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import se.lagesbild.base.SwedishFormat;
import se.lagesbild.base.SwedishTexts;

/**
 * A report as a document (PDF, DOCX): its title, the stamp on every page (the frozen version and its
 * date, or "Live" and the moment it was made), the title page's lines and the sections.
 */
public record ReportDocument(String name, String stamp, List<String> titleLines, ReportSnapshot snapshot) {

    /** A frozen version's document. */
    public static ReportDocument of(ReportVersion version) {
        return new ReportDocument(
                version.name(),
                version.label(),
                List.of(
                        SwedishTexts.swedish("report.pdf.period", ReportService.periodLabel(version.period())),
                        version.label(),
                        SwedishTexts.swedish(
                                "report.pdf.frozenBy",
                                version.frozenBy(),
                                ReportVersion.DAY.format(version.frozenAt()))),
                version.snapshot());
    }

    /** The live report of a period, made now. */
    public static ReportDocument live(String name, ReportSnapshot snapshot, Instant at) {
        String stamp = SwedishTexts.swedish("reportdata.live.stamp", name, SwedishFormat.minute(at));
        return new ReportDocument(
                name,
                stamp,
                List.of(SwedishTexts.swedish("report.pdf.period", ReportService.periodLabel(snapshot.period())), stamp),
                snapshot);
    }

    /** "lagesbild-2021-08-delarsrapport-2-2021": the file's name without extension. */
    public String fileName() {
        return "lagesbild-" + snapshot.period() + "-"
                + name.replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "")
                        .toLowerCase(java.util.Locale.ROOT);
    }

    /** The default name of a period's report: "Delårsrapport 2 2021" for April/August/December, else "Månadsrapport augusti 2021". */
    public static String defaultName(YearMonth period) {
        return period.getMonthValue() % 4 == 0
                ? SwedishTexts.swedish("reportdata.name.interim", period.getMonthValue() / 4, period.getYear())
                : SwedishTexts.swedish("reportdata.name.monthly", ReportService.periodLabel(period));
    }
}
