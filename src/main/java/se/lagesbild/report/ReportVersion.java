package se.lagesbild.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A frozen report version: its name, period, when and by whom it was frozen, and its figures. */
public record ReportVersion(
        long id, String name, YearMonth period, Instant frozenAt, String frozenBy, ReportSnapshot snapshot) {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    /** "Delårsrapport 2 2021, fryst 2021-09-14": the line on every slide and PDF page. */
    public String label() {
        return se.lagesbild.base.SwedishTexts.swedish("report.version.frozen", name, DAY.format(frozenAt));
    }
}
