package se.lagesbild.live;

/**
 * What a change concerns; a view listens to the topics it shows. REPORTS (a frozen report version, a
 * pinned slide) and PRESENTATION (a presenter's move to another slide) change no figures.
 */
public enum Topic {
    ECONOMY, INVESTIGATIONS, GOALS, SETTINGS, REPORTS, PRESENTATION;

    /** The topics whose changes move figures. */
    public static final java.util.Set<Topic> FIGURES = java.util.EnumSet.of(ECONOMY, INVESTIGATIONS, GOALS, SETTINGS);
}
