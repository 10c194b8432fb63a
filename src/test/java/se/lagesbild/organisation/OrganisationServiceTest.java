package se.lagesbild.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

@LagesbildTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;

    @Test
    void everySpellingOfAUnitInTheReportResolvesToOneEnhet() {
        for (var row : ReferenceCsv.read("unit_goal_assessment.csv")) {
            assertThat(organisation.resolveUnit(row.get("unit")).map(Unit::code)).as(row.get("unit"))
                    .contains(row.get("unit_key"));
        }
        assertThat(organisation.resolveUnit("  hästskons STÖD- och  boendeenhet ").map(Unit::code)).contains("HSB");
        assertThat(organisation.resolveUnit("VE").map(Unit::name)).contains("Vuxenenheten");
        assertThat(organisation.resolveUnit("Okänd enhet")).isEmpty();
    }

    @Test
    void theBudgetHierarchyIsTheReportsNamndAreasAndActivities() {
        Organisation org = organisation.organisation();
        assertThat(org.committee().code()).isEqualTo("ASN");
        assertThat(org.areas()).extracting(ActivityArea::code).containsExactly("IFO", "CAI");
        assertThat(org.activitiesOf("IFO", 2021)).hasSize(8);
        assertThat(org.activitiesOf("CAI", 2021)).extracting(Activity::name).containsExactly("Arbetsmarknad", "Integration");
        assertThat(org.childrenOf("OTHER_COSTS")).extracting(CostType::code)
                .containsExactly("GRANTS", "INTERNAL", "CONSULTANTS", "RENTS", "OTHER_MISC");
    }
}
