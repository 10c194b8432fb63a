package se.lagesbild.organisation;

/** A year's state: being set up, open to every fact, or closed. */
public enum YearState {
    /** Opened with Nytt år and being set up: organisation and goals may change, no budget yet. */
    DRAFT,
    /** Published: every fact may be recorded (a year nobody opened counts as published). */
    PUBLISHED,
    /** Locked: no more facts. */
    LOCKED;

    public String labelKey() {
        return "structure.year.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
