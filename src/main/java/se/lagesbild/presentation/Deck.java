package se.lagesbild.presentation;

import se.lagesbild.report.ReportSnapshot;

/**
 * What a presentation shows: the report's sections after a title slide, and which version they are
 * ("Delårsrapport 2 2021, fryst 2021-09-14", or "Live").
 */
public record Deck(String title, String versionLabel, boolean live, ReportSnapshot snapshot) {

    /** The number of slides: the title slide and one per section. */
    public int size() {
        return snapshot.sections().size() + 1;
    }

    /** A slide index kept within the deck. */
    public int clamp(int slide) {
        return Math.max(0, Math.min(size() - 1, slide));
    }
}
