package se.lagesbild.reportdata;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A version of a section's rows for a period: every row as its cell texts in the kind's field order
 * (numbers as plain decimals with a point, statuses as Grön/Gul/Röd/Inget utfall), who saved it,
 * when and from where (the file, or null for the editor). The latest version is in force.
 */
public record RowSet(
        long id,
        SectionKind kind,
        YearMonth period,
        List<List<String>> rows,
        Instant recordedAt,
        String recordedBy,
        String source) {

    public RowSet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
