package se.lagesbild.goals;

/** Which way an indicator's outcome is better. */
public enum Direction {
    /** A larger outcome is better; the target is a minimum. */
    HIGHER_IS_BETTER,
    /** A smaller outcome is better; the target is a maximum. */
    LOWER_IS_BETTER,
    /** The outcome is yes (1) or no (0); only the target value itself is good enough. */
    YES_NO
}
