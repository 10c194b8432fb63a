package se.lagesbild.report;

import se.lagesbild.base.export.ExportTable;

/**
 * One part of the report, a slide of the presentation and a section of the PDF: a table as printed,
 * and how it is shown.
 *
 * @param key  what the section is ("activities", "volumes", "pin-3", …), the same in every version
 * @param kind how it is drawn: a table, the headline figures, a bar chart of the table's one column, or
 *             a heatmap of assessments (each cell the Swedish word, e.g. "Grön")
 */
public record ReportSection(String key, Kind kind, ExportTable table) {

    public enum Kind {
        FIGURES,
        TABLE,
        BAR_CHART,
        HEATMAP
    }
}
