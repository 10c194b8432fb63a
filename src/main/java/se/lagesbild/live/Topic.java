package se.lagesbild.live;

/**
 * What a change concerns; a view listens to the topics it shows. PRESENTATION is the nämnd meeting
 * (a presenter's slide, a frozen version, a pinned slide), no change of figures.
 */
public enum Topic {
    ECONOMY, INVESTIGATIONS, GOALS, SETTINGS, PRESENTATION;

    /** The topics whose changes move figures. */
    public static final java.util.Set<Topic> FIGURES = java.util.EnumSet.of(ECONOMY, INVESTIGATIONS, GOALS, SETTINGS);
}
