package se.lagesbild.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyLine;
import se.lagesbild.economy.EconomyReport;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.economy.Figures;
import se.lagesbild.investigations.InvestigationService;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.OrgKind;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.organisation.StructureEntry;
import se.lagesbild.organisation.StructureException;
import se.lagesbild.organisation.Unit;
import se.lagesbild.report.ReportService;
import se.lagesbild.report.ReportSnapshot;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/**
 * The organisation per year (decisions/0008): a reorganisation in 2022 (rename, move, merge) leaves
 * every 2021 figure where it was, and a budget line added in the middle of 2022 shows in its area.
 */
@LagesbildTest
class ReorganisationTest {

    private static final YearMonth AUGUST_2021 = YearMonth.of(2021, 8);

    @Autowired
    OrganisationService organisation;

    @Autowired
    EconomyService economy;

    @Autowired
    InvestigationService investigations;

    @Autowired
    ReportService reports;

    @Test
    void aReorganisationIn2022LeavesEvery2021FigureOfTheReferenceUnchanged() {
        ReportSnapshot before = reports.live(AUGUST_2021);
        Map<String, Object> casesBefore = Map.of("figures", investigations.figures(AUGUST_2021));

        // rename a verksamhet, move one to the other verksamhetsområde, merge two enheter: all from 2022
        StructureEntry familjeratt =
                organisation.entry(OrgKind.ACTIVITY, "FAMILJERATT", 2022).orElseThrow();
        organisation.save(rename(familjeratt, "Familjerätt"), 2022, "controller");
        StructureEntry ensamkommande =
                organisation.entry(OrgKind.ACTIVITY, "ENSAMKOMMANDE", 2022).orElseThrow();
        organisation.save(move(ensamkommande, "CAI"), 2022, "controller");
        organisation.mergeUnit("ERM", "BUE", 2022, "controller");

        Organisation in2022 = organisation.organisation(2022);
        assertThat(in2022.activity("FAMILJERATT").map(Activity::name)).contains("Familjerätt");
        assertThat(in2022.activitiesOf("CAI", 2022))
                .extracting(Activity::code)
                .startsWith("ARBETSMARKNAD", "INTEGRATION")
                .contains("ENSAMKOMMANDE");
        assertThat(in2022.units()).extracting(Unit::code).doesNotContain("ERM").contains("BUE");
        assertThat(organisation
                        .resolveUnit("Enheten för relationsvård och mottagning barn och unga")
                        .map(Unit::code))
                .as("the merged enhet's earlier figures stay its own")
                .contains("ERM");

        Organisation in2021 = organisation.organisation(2021);
        assertThat(in2021.activity("FAMILJERATT").map(Activity::name)).contains("Familjerätt och familjerådgivning");
        assertThat(in2021.activity("ENSAMKOMMANDE").map(Activity::areaCode)).contains("IFO");
        assertThat(in2021.units()).extracting(Unit::code).contains("ERM");

        // every table of the August 2021 report, through the services, is what it was
        ReportSnapshot after = reports.live(AUGUST_2021);
        assertThat(after.sections()).isEqualTo(before.sections());
        assertThat(Map.of("figures", investigations.figures(AUGUST_2021))).isEqualTo(casesBefore);

        EconomyReport report = economy.report(AUGUST_2021);
        List<Map<String, String>> rows = ReferenceCsv.read("economy_by_activity.csv");
        for (Map<String, String> row : rows) {
            if (!row.get("row_kind").equals("detail")) {
                continue;
            }
            EconomyLine area = report.line(row.get("area_code")).orElseThrow();
            EconomyLine line = area.children().stream()
                    .filter(l -> l.name().equals(row.get("name_normalized")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line " + row.get("name_normalized")));
            assertThat(rounded(line.figures().actual()))
                    .as(row.get("name_normalized"))
                    .isEqualTo(row.get("actual_period"));
            assertThat(rounded(line.figures().forecast()))
                    .as(row.get("name_normalized"))
                    .isEqualTo(row.get("forecast_full_year"));
        }

        // the 2022 figures read the 2022 organisation: the moved verksamhet counts in its new area
        economy.record(
                FactKind.BUDGET,
                List.of(new AmountFact(2022, 1, "ENSAMKOMMANDE", "PERSONNEL", new BigDecimal("-50"))),
                "change.economy.budget",
                "controller",
                "test",
                null);
        EconomyReport report2022 = economy.report(YearMonth.of(2022, 1));
        assertThat(report2022.line("CAI").orElseThrow().children())
                .extracting(EconomyLine::code)
                .contains("ENSAMKOMMANDE");
        assertThat(report2022.line("IFO").orElseThrow().children())
                .extracting(EconomyLine::code)
                .doesNotContain("ENSAMKOMMANDE");
        assertThat(report2022.line("FAMILJERATT").map(EconomyLine::name)).contains("Familjerätt");
        // and the history of the renamed verksamhet lists both names with their years
        assertThat(organisation.history(OrgKind.ACTIVITY, "FAMILJERATT"))
                .extracting(StructureEntry.Version::fromYear, StructureEntry.Version::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "Familjerätt och familjerådgivning"),
                        org.assertj.core.groups.Tuple.tuple(2022, "Familjerätt"));
    }

    @Test
    void aBudgetLineAddedInAprilAppearsInItsAreaWithItsFiguresAndTheSubtotalIncludesIt() {
        organisation.save(
                new StructureEntry(
                        OrgKind.ACTIVITY,
                        "NY_STATSBIDRAG",
                        "IFO",
                        "Nytt statsbidrag",
                        30,
                        "7710",
                        null,
                        null,
                        false,
                        null),
                2022,
                "controller");
        organisation.save(
                new StructureEntry(
                        OrgKind.ACTIVITY, "NY_SATSNING", "CAI", "Ny satsning", 30, null, null, null, false, null),
                2022,
                "controller");
        // April's forecast round has the new line, which has no budget; the other has a budget but no utfall
        economy.record(
                FactKind.FORECAST,
                List.of(new AmountFact(2022, 4, "NY_STATSBIDRAG", "INCOME_OTHER", new BigDecimal("1200"))),
                "change.economy.forecast",
                "controller",
                "test",
                null);
        economy.record(
                FactKind.BUDGET,
                List.of(
                        new AmountFact(2022, 4, "NY_SATSNING", "PERSONNEL", new BigDecimal("-300")),
                        new AmountFact(2022, 5, "NY_SATSNING", "PERSONNEL", new BigDecimal("-300"))),
                "change.economy.budget",
                "controller",
                "test",
                null);

        EconomyReport report = economy.report(YearMonth.of(2022, 4));
        EconomyLine ifo = report.line("IFO").orElseThrow();
        EconomyLine grant = ifo.children().stream()
                .filter(l -> l.code().equals("NY_STATSBIDRAG"))
                .findFirst()
                .orElseThrow();
        assertThat(grant.name()).isEqualTo("Nytt statsbidrag");
        assertThat(grant.figures().forecast()).isEqualByComparingTo("1200");
        assertThat(grant.figures().budgetYear()).isEqualByComparingTo("0");
        assertThat(ifo.figures()).isEqualTo(sum(ifo.children()));

        EconomyLine cai = report.line("CAI").orElseThrow();
        EconomyLine initiative = cai.children().stream()
                .filter(l -> l.code().equals("NY_SATSNING"))
                .findFirst()
                .orElseThrow();
        assertThat(initiative.figures().budget()).isEqualByComparingTo("-300");
        assertThat(initiative.figures().budgetYear()).isEqualByComparingTo("-600");
        assertThat(initiative.figures().actual()).isEqualByComparingTo("0");
        assertThat(cai.figures()).isEqualTo(sum(cai.children()));
        assertThat(report.committee().figures())
                .isEqualTo(sum(report.committee().children()));

        // the new lines are not part of 2021
        assertThat(economy.report(AUGUST_2021).line("NY_STATSBIDRAG")).isEmpty();
        // and a file names the line by its finance system code too
        assertThat(organisation.resolveActivity("7710").map(Activity::code)).contains("NY_STATSBIDRAG");
    }

    @Test
    void aChangeInALockedYearIsRefusedWithASwedishMessage() {
        organisation.setYearState(2006, se.lagesbild.organisation.YearState.LOCKED, "controller");
        StructureEntry ekb = organisation.entry(OrgKind.ACTIVITY, "EKB", 2006).orElseThrow();
        assertThatThrownBy(() -> organisation.save(rename(ekb, "Försörjningsstöd"), 2006, "controller"))
                .isInstanceOf(StructureException.class)
                .extracting(e -> se.lagesbild.base.SwedishTexts.swedish(
                        ((StructureException) e).messageKey(), ((StructureException) e).args()))
                .isEqualTo("År 2006 är låst: inget kan längre ändras eller läsas in för året");
        assertThatThrownBy(() -> economy.record(
                        FactKind.ACTUAL,
                        List.of(new AmountFact(2006, 1, "EKB", "GRANTS", BigDecimal.ONE)),
                        "change.economy.actual",
                        "controller",
                        "test",
                        null))
                .isInstanceOf(StructureException.class);
    }

    private static Figures sum(List<EconomyLine> lines) {
        return lines.stream().map(EconomyLine::figures).reduce(Figures.ZERO, Figures::plus);
    }

    private static StructureEntry rename(StructureEntry e, String name) {
        return new StructureEntry(
                e.kind(),
                e.code(),
                e.parentCode(),
                name,
                e.sortOrder(),
                e.financeCode(),
                e.firstYear(),
                e.lastYear(),
                e.income(),
                e.successorCode());
    }

    private static StructureEntry move(StructureEntry e, String parent) {
        return new StructureEntry(
                e.kind(),
                e.code(),
                parent,
                e.name(),
                3,
                e.financeCode(),
                e.firstYear(),
                e.lastYear(),
                e.income(),
                e.successorCode());
    }

    private static String rounded(BigDecimal value) {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
