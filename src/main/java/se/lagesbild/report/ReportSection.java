package se.lagesbild.report;

import java.util.List;
import se.lagesbild.base.ReportComments;
import se.lagesbild.base.export.ExportTable;

/**
 * One part of the report, a slide of the presentation and a section of the PDF and the DOCX: a table
 * as printed, how it is shown, and its text and comments as they stood.
 *
 * @param key      what the section is ("activities", "volumes", "chapter-risker", "pin-3", …), the same
 *                 in every version
 * @param kind     how it is drawn: a chapter's heading and text, a table, the headline figures, a bar
 *                 chart of the table's one column, a heatmap of assessments (each cell the Swedish word,
 *                 e.g. "Grön"), a status list (the last column a status, shown with a symbol and its
 *                 word), or the risks with their matrix
 * @param text     the chapter's text (Markdown) for {@link Kind#TEXT}, else null
 * @param comments the comments beside the section's figures when it was built (never null; empty in
 *                 versions frozen before comments existed)
 */
public record ReportSection(
        String key, Kind kind, ExportTable table, String text, List<ReportComments.Comment> comments) {

    public enum Kind {
        FIGURES,
        TABLE,
        BAR_CHART,
        HEATMAP,
        /** A chapter: its heading (the table's title) and its text; the table has no rows. */
        TEXT,
        /** A table whose last column is a status (Grön/Gul/Röd or words), shown with a symbol and the word. */
        STATUS_LIST,
        /** The risks (sannolikhet, konsekvens, riskvärde in columns 1–3) and their 5 × 5 matrix. */
        RISK_MATRIX
    }

    public ReportSection {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public ReportSection(String key, Kind kind, ExportTable table) {
        this(key, kind, table, null, List.of());
    }

    /** This section with the comments written on it. */
    public ReportSection withComments(List<ReportComments.Comment> comments) {
        return new ReportSection(key, kind, table, text, comments);
    }

    /** The symbol shown before a status word, so that a status is never carried by colour alone. */
    public static String statusSymbol(String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        return switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "grön" -> "●";
            case "gul" -> "▲";
            case "röd" -> "■";
            case "inget utfall" -> "○";
            default -> "►";
        };
    }

    /** "● Grön", "▲ Gul", "► Arbetet pågår". */
    public static String withSymbol(String status) {
        String symbol = statusSymbol(status);
        return symbol.isEmpty() ? "" : symbol + " " + status.strip();
    }
}
