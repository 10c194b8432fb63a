package se.lagesbild.ledger;

/**
 * The ledger's ansvar and/or verksamhetskod ({@code ""}: any) that belong to a verksamhet. Both given
 * is the most specific rule, then ansvar alone, then verksamhetskod alone.
 */
public record ActivityRule(String ansvar, String verksamhetskod, String activityCode) {

    public ActivityRule {
        ansvar = ansvar == null ? "" : ansvar.strip();
        verksamhetskod = verksamhetskod == null ? "" : verksamhetskod.strip();
    }

    /** "Ansvar 110", "Verksamhetskod 4100" or "Ansvar 110, verksamhetskod 4100" as messages name it. */
    public String label() {
        return Kontoplan.dimensionLabel(ansvar, verksamhetskod);
    }
}
