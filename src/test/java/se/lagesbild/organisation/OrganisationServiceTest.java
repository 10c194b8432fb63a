package se.lagesbild.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.lagesbild.live.ChangeLog;
import se.lagesbild.live.Topic;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/** The organisation as read, and kept in step with changes made on any node. */
@LagesbildTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everySpellingOfAUnitInTheReportResolvesToOneEnhet() {
        for (var row : ReferenceCsv.read("unit_goal_assessment.csv")) {
            assertThat(organisation.resolveUnit(row.get("unit")).map(Unit::code))
                    .as(row.get("unit"))
                    .contains(row.get("unit_key"));
        }
        assertThat(organisation
                        .resolveUnit("  hästskons STÖD- och  boendeenhet ")
                        .map(Unit::code))
                .contains("HSB");
        assertThat(organisation.resolveUnit("VE").map(Unit::name)).contains("Vuxenenheten");
        assertThat(organisation.resolveUnit("Okänd enhet")).isEmpty();
    }

    @Test
    void theBudgetHierarchyIsTheReportsNamndAreasAndActivities() {
        Organisation org = organisation.organisation(2021);
        assertThat(org.committee().code()).isEqualTo("ASN");
        assertThat(org.areas()).extracting(ActivityArea::code).containsExactly("IFO", "CAI");
        assertThat(org.activitiesOf("IFO", 2021)).hasSize(8);
        assertThat(org.activitiesOf("CAI", 2021))
                .extracting(Activity::name)
                .containsExactly("Arbetsmarknad", "Integration");
        assertThat(org.childrenOf("OTHER_COSTS"))
                .extracting(CostType::code)
                .containsExactly("GRANTS", "INTERNAL", "CONSULTANTS", "RENTS", "OTHER_MISC");
    }

    @Test
    void aNewVerksamhetIsRecordedInTheChangeLogForEveryNode() {
        organisation.addActivity(new Activity("PROJ2015", "IFO", "Projekt 2015", 20, 2015, 2015), "admin");
        assertThat(organisation.organisation().activitiesOf("IFO", 2015))
                .extracting(Activity::code)
                .contains("PROJ2015");
        assertThat(jdbc.sql(
                                "select topic, scope_code, scope_name, summary, changed_by from change_log order by id desc limit 1")
                        .query()
                        .singleRow())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "topic",
                        "ORGANISATION",
                        "scope_code",
                        "PROJ2015",
                        "scope_name",
                        "Projekt 2015",
                        "summary",
                        "change.organisation",
                        "changed_by",
                        "admin"));
    }

    @Test
    void aChangeOfTheOrganisationOnAnotherNodeReachesThisNodesCopy() {
        assertThat(organisation.organisation().activity("PROJ2016")).isEmpty();
        // another node shares only the database: its write and its change-log row, in one transaction
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into activity (code, area_code, name, sort_order, first_year, last_year)"
                            + " values ('PROJ2016', 'CAI', 'Projekt 2016', 21, 2016, 2016)")
                    .update();
            changeLog.record(Topic.ORGANISATION, null, null, "change.organisation", "admin");
        });
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(
                                organisation.organisation().activity("PROJ2016").map(Activity::name))
                        .contains("Projekt 2016"));
        assertThat(organisation.resolveActivity("projekt 2016").map(Activity::code))
                .contains("PROJ2016");
    }
}
