package se.lagesbild.live;

import java.time.Instant;

/** One committed change, as recorded in the change log that every app node follows. */
public record Change(long id, Instant at, Topic topic, Integer year, String summary, String changedBy) {
}
