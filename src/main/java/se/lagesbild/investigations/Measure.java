package se.lagesbild.investigations;

/**
 * The figures of analyses 2 and 3 whose cases can be listed (the drill), each by its definition in
 * {@link InvestigationRules}.
 */
public enum Measure {

    /** Pågående: open on at least one day of the period ({@link InvestigationRules#isOpenDuring}). */
    OPEN("pagaende"),
    /** Inledda: opened in the period ({@link InvestigationRules#isOpenedDuring}). */
    OPENED("inledda"),
    /** Avslutade: closed in the period ({@link InvestigationRules#isClosedDuring}). */
    CLOSED("avslutade"),
    /** Sena: closed in the period and after the deadline ({@link InvestigationRules#isLate}). */
    LATE("sena"),
    /** Öppna efter tidsgränsen on the period's last day ({@link InvestigationRules#isOverdue}). */
    OVERDUE("overskridna");

    private final String slug;

    Measure(String slug) {
        this.slug = slug;
    }

    /** The measure's name in a URL, e.g. {@code sena}. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<Measure> fromSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(m -> m.slug.equals(slug))
                .findFirst();
    }

    /** Whether the measure holds for a case in {@code from..toInclusive}, by {@link InvestigationRules}. */
    public boolean holds(Investigation investigation, java.time.LocalDate from, java.time.LocalDate toInclusive) {
        return switch (this) {
            case OPEN -> InvestigationRules.isOpenDuring(investigation, from, toInclusive);
            case OPENED -> InvestigationRules.isOpenedDuring(investigation, from, toInclusive);
            case CLOSED -> InvestigationRules.isClosedDuring(investigation, from, toInclusive);
            case LATE ->
                InvestigationRules.isClosedDuring(investigation, from, toInclusive)
                        && InvestigationRules.isLate(investigation);
            case OVERDUE -> InvestigationRules.isOverdue(investigation, toInclusive);
        };
    }
}
