package se.lagesbild.live;

import java.time.Instant;

/**
 * One committed change, as recorded in the change log that every app node follows: its topic, the
 * year it concerns (null: several), the verksamhet or enhet it concerns (null: several), a
 * translation key saying what changed, and who changed it.
 */
public record Change(long id, Instant at, Topic topic, Integer year, Scope scope, String summary, String changedBy) {

    /** A verksamhet or enhet a change concerns: its code, and its name for notices. */
    public record Scope(String code, String name) {}

    /** Whether the change may alter figures of {@code year} (a change of several years may). */
    public boolean concerns(int year) {
        return this.year == null || this.year == year;
    }
}
