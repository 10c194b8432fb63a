package se.lagesbild.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Every table and chart of the report for a period, computed from the feature services: what a
 * frozen version keeps unchanged, and what the slides, the PDF and the XLSX show.
 */
public record ReportSnapshot(YearMonth period, List<ReportSection> sections) {

    public ReportSnapshot {
        sections = List.copyOf(sections);
    }

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
