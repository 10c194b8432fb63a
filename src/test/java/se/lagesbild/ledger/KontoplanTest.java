package se.lagesbild.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping rules of a kontoplan: ranges as prefixes, single accounts, overlaps, ansvar and verksamhetskod. */
class KontoplanTest {

    private final Kontoplan plan = new Kontoplan(
            2021,
            List.of(
                    new AccountRange("3", "3", "INCOME_OTHER"),
                    new AccountRange("4500", "4599", "GRANTS"),
                    new AccountRange("5", null, "PERSONNEL"),
                    new AccountRange("6470", "6470", "CONSULTANTS")),
            List.of(
                    new ActivityRule("110", "", "EKB"),
                    new ActivityRule("110", "4100", "BARN_UNGDOM"),
                    new ActivityRule("", "4200", "MISSBRUK")));

    @Test
    void aRangeHoldsItsAccountsAndTheirSubAccounts() {
        assertThat(plan.costType("4500")).contains("GRANTS");
        assertThat(plan.costType("4599")).contains("GRANTS");
        assertThat(plan.costType("45991")).contains("GRANTS");
        assertThat(plan.costType("4600")).isEmpty();
        assertThat(plan.costType("4499")).isEmpty();
    }

    @Test
    void aClassHoldsEveryAccountStartingWithIt() {
        assertThat(plan.costType("3010")).contains("INCOME_OTHER");
        assertThat(plan.costType("39999")).contains("INCOME_OTHER");
        assertThat(plan.costType("5010")).contains("PERSONNEL");
    }

    @Test
    void aSingleAccountHoldsItselfAndItsSubAccountsOnly() {
        assertThat(plan.costType("6470")).contains("CONSULTANTS");
        assertThat(plan.costType("64701")).contains("CONSULTANTS");
        assertThat(plan.costType("6471")).isEmpty();
        assertThat(plan.costType("abc")).isEmpty();
    }

    @Test
    void overlappingRangesAreNamedAndDisjointOnesAreNot() {
        assertThat(plan.overlaps()).isEmpty();
        Kontoplan overlapping = new Kontoplan(
                2021,
                List.of(new AccountRange("4500", "4599", "GRANTS"), new AccountRange("4510", "4510", "OTHER_MISC")),
                List.of());
        assertThat(overlapping.overlaps()).containsExactly("4500–4599 / 4510");
        Kontoplan classAndGroup = new Kontoplan(
                2021,
                List.of(new AccountRange("4", "4", "OTHER_MISC"), new AccountRange("46", "46", "PURCHASED")),
                List.of());
        assertThat(classAndGroup.overlaps()).hasSize(1);
        Kontoplan adjacent = new Kontoplan(
                2021,
                List.of(new AccountRange("45", "45", "GRANTS"), new AccountRange("46", "46", "PURCHASED")),
                List.of());
        assertThat(adjacent.overlaps()).isEmpty();
    }

    @Test
    void ansvarAndVerksamhetskodTogetherWinOverEitherAlone() {
        assertThat(plan.activity("110", "4100")).contains("BARN_UNGDOM");
        assertThat(plan.activity("110", "9999")).contains("EKB");
        assertThat(plan.activity("110", "")).contains("EKB");
        assertThat(plan.activity("999", "4200")).contains("MISSBRUK");
        assertThat(plan.activity("999", "")).isEmpty();
        assertThat(plan.activity("", "")).isEmpty();
    }

    @Test
    void anInvalidRangeIsNotValid() {
        assertThat(new AccountRange("4599", "4500", "GRANTS").valid()).isFalse();
        assertThat(new AccountRange("45a", "45a", "GRANTS").valid()).isFalse();
        assertThat(new AccountRange("45", "4599", "GRANTS").valid()).isTrue();
    }
}
