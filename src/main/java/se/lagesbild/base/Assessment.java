package se.lagesbild.base;

/**
 * The colour of an assessment (bedömning). {@link #NO_OUTCOME} ("Inget utfall") means that nothing was
 * reported: it is shown grey and is never counted as red.
 */
public enum Assessment {
    GREEN("Grön", 0),
    YELLOW("Gul", 1),
    RED("Röd", 2),
    NO_OUTCOME("Inget utfall", -1);

    private final String swedishLabel;
    private final int severity;

    Assessment(String swedishLabel, int severity) {
        this.swedishLabel = swedishLabel;
        this.severity = severity;
    }

    /** The label the reports use: Grön, Gul, Röd, Inget utfall. */
    public String swedishLabel() {
        return swedishLabel;
    }

    /** Whether this assessment rests on an outcome (everything but {@link #NO_OUTCOME}). */
    public boolean hasOutcome() {
        return this != NO_OUTCOME;
    }

    /**
     * How bad the assessment is: GREEN 0, YELLOW 1, RED 2.
     *
     * @throws IllegalStateException for {@link #NO_OUTCOME}, which has no severity (it is not "better" or
     *     "worse" than a colour); check {@link #hasOutcome()} first
     */
    public int severity() {
        if (!hasOutcome()) {
            throw new IllegalStateException("NO_OUTCOME has no severity");
        }
        return severity;
    }

    /**
     * Parses the Swedish label (Grön, Gul, Röd, Inget utfall; case-insensitive, surrounding blanks ignored)
     * or the constant's name.
     *
     * @throws IllegalArgumentException if the text is none of them
     */
    public static Assessment fromLabel(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No assessment label given");
        }
        String trimmed = text.strip();
        for (Assessment assessment : values()) {
            if (assessment.swedishLabel.equalsIgnoreCase(trimmed)
                    || assessment.name().equalsIgnoreCase(trimmed)) {
                return assessment;
            }
        }
        throw new IllegalArgumentException("Unknown assessment: '" + text + "'");
    }
}
