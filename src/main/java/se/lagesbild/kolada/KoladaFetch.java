package se.lagesbild.kolada;

import java.time.Instant;

/**
 * One fetch from Kolada: when, by whom, how it ended, and how many new versions of values and
 * descriptions it stored.
 *
 * @param outcome OK, or why nothing was stored
 */
public record KoladaFetch(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String fetchedBy,
        Outcome outcome,
        int requests,
        int newVersions) {

    public enum Outcome {
        OK,
        UNREACHABLE,
        MALFORMED
    }

    public boolean succeeded() {
        return outcome == Outcome.OK;
    }
}
