package se.lagesbild.reportdata;

import java.util.Arrays;
import java.util.Optional;

/**
 * A chapter of the delårsrapport, in the reference report's order (sections 1–7 and the two
 * bilagor; the reference has no section 3): each has a text of its own (Markdown), written per
 * period, and the report puts its tables and charts under it.
 */
public enum Chapter {
    EVENTS("handelser"),
    GOALS("mal"),
    ECONOMY("ekonomi"),
    ASSIGNMENTS("uppdrag"),
    RISKS("risker"),
    ANNUAL_CYCLE("arshjul"),
    ANNEX_INDICATORS("bilaga-1"),
    ANNEX_PRIORITIES("bilaga-2");

    private final String key;

    Chapter(String key) {
        this.key = key;
    }

    /** The chapter's key in files, URLs and the report's section keys: handelser, mal, … */
    public String key() {
        return key;
    }

    /** The translation key of its heading, e.g. reportdata.chapter.EVENTS (arguments: the period's words). */
    public String headingKey() {
        return "reportdata.chapter." + name();
    }

    public static Optional<Chapter> of(String key) {
        return Arrays.stream(values())
                .filter(c -> c.key.equalsIgnoreCase(key.strip()) || c.name().equalsIgnoreCase(key.strip()))
                .findFirst();
    }
}
