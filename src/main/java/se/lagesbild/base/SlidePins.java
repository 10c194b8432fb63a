package se.lagesbild.base;

/**
 * Pinning a view's current scope as a slide of the nämnd's presentation ("Visa i presentationen"). The
 * report implements it; the feature views use it through this interface, so they need not know the
 * report, which reads their figures.
 */
public interface SlidePins {

    /** Which view a pin comes from; its scope is a verksamhet (or area) code, an enhet code or a goal area number. */
    enum Kind {
        ECONOMY,
        INVESTIGATIONS,
        GOALS
    }

    /** Whether the user may pin slides (and freeze report versions). */
    boolean mayPin(String user);

    /** Pins the scope as a slide of the presentation (and of versions frozen from now on); pinned once. */
    void pin(Kind kind, String scope, String user);
}
