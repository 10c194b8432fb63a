package se.lagesbild.investigations;

/**
 * The target group of the unit (enhet) that runs an investigation.
 */
public enum TargetGroup {

    /** Barn och unga: children and young people. */
    CHILDREN_AND_YOUTH("barn och unga"),

    /** Vuxna: adults. */
    ADULTS("vuxna");

    private final String swedishLabel;

    TargetGroup(String swedishLabel) {
        this.swedishLabel = swedishLabel;
    }

    /** The Swedish label as written in the reports, e.g. "barn och unga". */
    public String swedishLabel() {
        return swedishLabel;
    }
}
