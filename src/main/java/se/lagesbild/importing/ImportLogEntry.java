package se.lagesbild.importing;

import java.time.Instant;

/** One row of the import log: every import attempt, applied or rejected. */
public record ImportLogEntry(
        long id,
        String kind,
        String fileName,
        String checksum,
        Instant importedAt,
        String importedBy,
        String status,
        int added,
        int corrected,
        int unchanged,
        String message) {}
