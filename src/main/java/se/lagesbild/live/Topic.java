package se.lagesbild.live;

/**
 * What a change concerns; a view listens to the topics it shows. REPORTS (a frozen report version, a
 * pinned slide) and PRESENTATION (a presenter's move to another slide) change no figures. ORGANISATION
 * (a new verksamhet, the organisation set up) changes the lines the figures are shown on. KOLADA (a fetch
 * from Kolada, the comparisons chosen) changes only Jämförelser. COMMENTS (the analysis beside the figures) changes
 * no figure, only the comments the views show beside them.
 */
public enum Topic {
    ECONOMY,
    INVESTIGATIONS,
    GOALS,
    SETTINGS,
    REPORTS,
    PRESENTATION,
    ORGANISATION,
    KOLADA,
    COMMENTS;

    /** The topics whose changes move figures. */
    public static final java.util.Set<Topic> FIGURES =
            java.util.EnumSet.of(ECONOMY, INVESTIGATIONS, GOALS, SETTINGS, ORGANISATION);
}
