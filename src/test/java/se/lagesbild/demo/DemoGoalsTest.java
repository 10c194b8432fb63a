package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lagesbild.base.Assessment;
import se.lagesbild.demo.DemoGoals.GoalArea;
import se.lagesbild.demo.DemoGoals.Indicator;
import se.lagesbild.demo.DemoGoals.Outcome;
import se.lagesbild.demo.DemoGoals.ReportedAreaColour;
import se.lagesbild.goals.AssessmentRule;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.goals.Thresholds;
import se.lagesbild.support.ReferenceCsv;

class DemoGoalsTest {

    private static DemoGoals demo;

    @BeforeAll
    static void generate() {
        demo = DemoGoals.generate();
    }

    @Test
    void august2021UnitColoursEqualTheReportRowByRow() {
        List<Map<String, String>> rows = csv("unit_goal_assessment.csv");
        assertThat(rows).hasSize(40);
        for (Map<String, String> row : rows) {
            int area = Integer.parseInt(row.get("goal_area_no"));
            String unit = row.get("unit_key");
            assertThat(demo.unitGoalAssessment(2021, area, unit, 8))
                    .as("%s, %s (line %s)", row.get("goal_area_short"), unit, row.get("source_line"))
                    .isEqualTo(Assessment.fromLabel(row.get("colour")));
        }
    }

    @Test
    void vuxenenhetenHasNoKvalitetOutcomeAtAllInAugust2021() {
        for (Indicator indicator : demo.indicatorsOf(2021, 2, "VE")) {
            assertThat(demo.outcome(indicator, 8)).isEmpty();
        }
    }

    @Test
    void unitsAreTheTenEnheterWithTheirCanonicalNames() {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : csv("unit_goal_assessment.csv")) {
            names.put(row.get("unit_key"), row.get("name_normalized"));
        }
        assertThat(demo.units())
                .extracting(DemoGoals.GoalUnit::code)
                .containsExactly("BUE", "CAI", "ERM", "FVE", "FSE", "HSB", "RE", "ESP", "VE", "FS");
        for (DemoGoals.GoalUnit unit : demo.units()) {
            assertThat(unit.name()).isEqualTo(names.get(unit.code()));
        }
    }

    @Test
    void august2021ColourCountsEqualTheGoalAreaTable() {
        for (Map<String, String> row : csv("goal_areas.csv")) {
            if (!row.get("indicator_seq").equals("1")) {
                continue;
            }
            int area = Integer.parseInt(row.get("goal_area_no"));
            Map<Assessment, Long> counts = demo.units().stream()
                    .collect(Collectors.groupingBy(
                            u -> demo.unitGoalAssessment(2021, area, u.code(), 8), Collectors.counting()));
            assertThat(counts.getOrDefault(Assessment.GREEN, 0L)).isEqualTo(Long.parseLong(row.get("units_green")));
            assertThat(counts.getOrDefault(Assessment.YELLOW, 0L)).isEqualTo(Long.parseLong(row.get("units_yellow")));
            assertThat(counts.getOrDefault(Assessment.RED, 0L)).isEqualTo(Long.parseLong(row.get("units_red")));
            assertThat(counts.getOrDefault(Assessment.NO_OUTCOME, 0L))
                    .isEqualTo(Long.parseLong(row.get("units_no_result")));
        }
    }

    @Test
    void monthlyGoalAreaColoursJanuaryToJuly2021EqualTheReport() {
        int checked = 0;
        for (Map<String, String> row : csv("goal_monthly.csv")) {
            int month = Integer.parseInt(row.get("month_no"));
            if (row.get("reported").equals("yes") && month <= 7) {
                int area = Integer.parseInt(row.get("goal_area_no"));
                assertThat(demo.areaAssessment(2021, area, month))
                        .as(
                                "%s %s (%s)",
                                row.get("goal_area_short"), row.get("month_label"), demo.greenShare(2021, area, month))
                        .isEqualTo(Assessment.fromLabel(row.get("colour")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(28);
    }

    @Test
    void reportedGoalAreaColoursAreThoseOfTheReport() {
        List<Map<String, String>> reportedRows = csv("goal_monthly.csv").stream()
                .filter(r -> r.get("reported").equals("yes"))
                .toList();
        assertThat(demo.reportedAreaColours()).hasSize(reportedRows.size());
        for (Map<String, String> row : reportedRows) {
            int area = Integer.parseInt(row.get("goal_area_no"));
            int month = Integer.parseInt(row.get("month_no"));
            ReportedAreaColour reported = demo.reported(2021, area, month).orElseThrow();
            assertThat(reported.reported()).isEqualTo(Assessment.fromLabel(row.get("colour")));
            assertThat(reported.reportedSharePercent() == null).isEqualTo(month != 8);
        }
        for (Map<String, String> row : csv("goal_areas.csv")) {
            if (row.get("indicator_seq").equals("1")) {
                ReportedAreaColour august = demo.reported(2021, Integer.parseInt(row.get("goal_area_no")), 8)
                        .orElseThrow();
                assertThat(august.reportedSharePercent()).isEqualByComparingTo(row.get("utfall_pct"));
                assertThat(august.reported()).isEqualTo(Assessment.fromLabel(row.get("bedomning")));
            }
        }
    }

    @Test
    void august2021KeepsTheReportsOwnInconsistencies() {
        // Medarbetare: 5 of 10 green is 50 %, computed Röd; the report says Gul
        assertThat(demo.greenShare(2021, 1, 8)).isEqualTo(new GreenShare(5, 10, 10));
        assertThat(demo.areaAssessment(2021, 1, 8)).isEqualTo(Assessment.RED);
        assertThat(demo.reported(2021, 1, 8).orElseThrow().reported()).isEqualTo(Assessment.YELLOW);
        // Leverans: 5 of 10 green is 50 %, computed Röd; the report says 60 % and Grön
        assertThat(demo.greenShare(2021, 3, 8)).isEqualTo(new GreenShare(5, 10, 10));
        assertThat(demo.greenShare(2021, 3, 8).percent()).isEqualByComparingTo("50");
        assertThat(demo.areaAssessment(2021, 3, 8)).isEqualTo(Assessment.RED);
        assertThat(demo.reported(2021, 3, 8).orElseThrow().reported()).isEqualTo(Assessment.GREEN);
        assertThat(demo.reported(2021, 3, 8).orElseThrow().reportedSharePercent())
                .isEqualByComparingTo("60");
        // Kvalitet: 6 of the 9 with an outcome, Grön (the report prints 60 %)
        assertThat(demo.greenShare(2021, 2, 8)).isEqualTo(new GreenShare(6, 9, 10));
        assertThat(demo.areaAssessment(2021, 2, 8)).isEqualTo(Assessment.GREEN);
        // Ekonomi: 3 of 10, Röd as reported
        assertThat(demo.greenShare(2021, 4, 8)).isEqualTo(new GreenShare(3, 10, 10));
        assertThat(demo.areaAssessment(2021, 4, 8)).isEqualTo(Assessment.RED);
        assertThat(demo.reported(2021, 4, 8).orElseThrow().reported()).isEqualTo(Assessment.RED);
    }

    @Test
    void noOutcomesAfterAugust2021() {
        assertThat(demo.outcomes()).allMatch(o -> o.year() < 2021 || o.month() <= 8);
        for (int area = 1; area <= 4; area++) {
            for (int month = 9; month <= 12; month++) {
                assertThat(demo.greenShare(2021, area, month)).isEqualTo(new GreenShare(0, 0, 10));
                assertThat(demo.areaAssessment(2021, area, month)).isEqualTo(Assessment.NO_OUTCOME);
            }
        }
    }

    @Test
    void goalAreasFollowTheReportBothYears() {
        Map<String, Map<String, String>> byNumber = new HashMap<>();
        for (Map<String, String> row : csv("goal_areas.csv")) {
            if (row.get("indicator_seq").equals("1")) {
                byNumber.put(row.get("goal_area_no"), row);
            }
        }
        assertThat(demo.goalAreas()).hasSize(8);
        for (GoalArea area : demo.goalAreas()) {
            Map<String, String> row = byNumber.get(String.valueOf(area.number()));
            assertThat(area.shortName()).isEqualTo(row.get("goal_area_short"));
            assertThat(area.title()).isEqualTo(row.get("goal_area_title"));
            assertThat(area.unitGoalText()).isEqualTo(row.get("unit_goal"));
            assertThat(area.indicatorName()).isEqualTo(row.get("indicator"));
            assertThat(area.targetSharePercent()).isEqualByComparingTo(row.get("malniva_pct"));
            assertThat(area.thresholds()).isEqualTo(Thresholds.DEFAULT);
        }
    }

    @Test
    void everyUnitGoalHasOneOrTwoValidIndicatorsEveryYear() {
        assertThat(demo.unitGoals()).hasSize(2 * 4 * 10);
        for (DemoGoals.UnitGoal goal : demo.unitGoals()) {
            List<Indicator> indicators = demo.indicatorsOf(goal.year(), goal.areaNumber(), goal.unitCode());
            assertThat(indicators).hasSizeBetween(1, 2);
            for (Indicator indicator : indicators) {
                assertThat(indicator.unitOfMeasure().accepts(indicator.target()))
                        .isTrue();
                assertThat(indicator.thresholds()).isEqualTo(Thresholds.DEFAULT);
            }
        }
        for (Outcome outcome : demo.outcomes()) {
            Indicator indicator = demo.indicatorsOf(outcome.year(), outcome.areaNumber(), outcome.unitCode())
                    .get(outcome.indicatorSortOrder() - 1);
            assertThat(indicator.unitOfMeasure().accepts(outcome.value()))
                    .as("%s", outcome)
                    .isTrue();
        }
    }

    @Test
    void year2020IsVariedWithSomeEnheterWithoutOutcomeInJuly() {
        long julyWithout = 0;
        List<Assessment> areaColours = new ArrayList<>();
        for (int area = 1; area <= 4; area++) {
            for (DemoGoals.GoalUnit unit : demo.units()) {
                if (demo.unitGoalAssessment(2020, area, unit.code(), 7) == Assessment.NO_OUTCOME) {
                    julyWithout++;
                }
            }
            for (int month = 1; month <= 12; month++) {
                areaColours.add(demo.areaAssessment(2020, area, month));
            }
        }
        assertThat(julyWithout).isGreaterThan(0);
        assertThat(areaColours).contains(Assessment.GREEN, Assessment.RED);
        assertThat(areaColours).doesNotContain(Assessment.NO_OUTCOME);
    }

    @Test
    void isDeterministic() {
        DemoGoals again = DemoGoals.generate();
        assertThat(again).isEqualTo(demo);
        assertThat(again.outcomes()).containsExactlyElementsOf(demo.outcomes());
        assertThat(again.toString()).isEqualTo(demo.toString());
    }

    private static List<Map<String, String>> csv(String name) {
        return ReferenceCsv.read(name);
    }

    /** The rules the generator was written to: its patterns, the report's figures, the units of measure. */
    @Test
    void theGeneratedDataFollowsItsPatternsAndTheReport() {
        Map<String, List<Indicator>> byGoal = new HashMap<>();
        for (Indicator indicator : demo.indicators()) {
            byGoal.computeIfAbsent(
                            goalKey(indicator.year(), indicator.areaNumber(), indicator.unitCode()),
                            k -> new ArrayList<>())
                    .add(indicator);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (Outcome outcome : demo.outcomes()) {
            if (outcome.year() > DemoGoals.LAST_OUTCOME_YEAR
                    || (outcome.year() == DemoGoals.LAST_OUTCOME_YEAR
                            && outcome.month() > DemoGoals.LAST_OUTCOME_MONTH)) {
                fail("Outcome after " + DemoGoals.LAST_OUTCOME_YEAR + "-0" + DemoGoals.LAST_OUTCOME_MONTH + ": "
                        + outcome);
            }
            String key = goalKey(outcome.year(), outcome.areaNumber(), outcome.unitCode()) + "/"
                    + outcome.indicatorSortOrder() + "/" + outcome.month();
            if (values.put(key, outcome.value()) != null) {
                fail("Two outcomes for " + outcome);
            }
        }
        for (Indicator indicator : demo.indicators()) {
            if (!indicator.unitOfMeasure().accepts(indicator.target())) {
                fail("Target not valid for its unit of measure: " + indicator);
            }
        }
        for (Outcome outcome : demo.outcomes()) {
            Indicator indicator = byGoal.get(goalKey(outcome.year(), outcome.areaNumber(), outcome.unitCode()))
                    .get(outcome.indicatorSortOrder() - 1);
            if (!indicator.unitOfMeasure().accepts(outcome.value())) {
                fail("Outcome not valid for its unit of measure: " + outcome);
            }
        }

        for (int year = DemoGoals.FIRST_YEAR; year <= DemoGoals.LAST_YEAR; year++) {
            for (int area = 1; area <= DemoGoals.AREAS.length; area++) {
                Map<Assessment, Integer> yearCounts = new EnumMap<>(Assessment.class);
                for (DemoGoals.GoalUnit unit : demo.units()) {
                    List<Indicator> goalIndicators = byGoal.get(goalKey(year, area, unit.code()));
                    if (goalIndicators == null || goalIndicators.isEmpty() || goalIndicators.size() > 2) {
                        fail("A unit goal needs one or two indicators: " + goalKey(year, area, unit.code()));
                    }
                    String pattern = DemoGoals.PATTERNS.get(year).get(area - 1)[unit.sortOrder() - 1];
                    Assessment previous = null;
                    int changes = 0;
                    for (int month = 1; month <= 12; month++) {
                        List<Assessment> assessments = new ArrayList<>();
                        for (Indicator indicator : goalIndicators) {
                            assessments.add(indicator.assess(values.get(
                                    goalKey(year, area, unit.code()) + "/" + indicator.sortOrder() + "/" + month)));
                        }
                        Assessment computed = AssessmentRule.unitGoal(assessments);
                        if (computed != DemoGoals.colour(pattern.charAt(month - 1))) {
                            fail("Unit goal " + goalKey(year, area, unit.code()) + " month " + month + " is " + computed
                                    + ", pattern says " + pattern.charAt(month - 1));
                        }
                        yearCounts.merge(computed, 1, Integer::sum);
                        if (computed.hasOutcome()) {
                            if (previous != null && previous != computed) {
                                changes++;
                            }
                            previous = computed;
                        }
                    }
                    if (changes > DemoGoals.MAX_CHANGES_PER_YEAR) {
                        fail("Unit goal " + goalKey(year, area, unit.code()) + " changes colour " + changes + " times");
                    }
                }
                if (year == DemoGoals.FIRST_YEAR && yearCounts.size() < 3) {
                    fail("Goal area " + area + " in " + year + " is not varied: " + yearCounts);
                }
            }
        }

        // August 2021, unit by unit
        for (int area = 1; area <= DemoGoals.AREAS.length; area++) {
            for (DemoGoals.GoalUnit unit : demo.units()) {
                Assessment expected =
                        DemoGoals.colour(DemoGoals.REFERENCE_AUGUST_2021[area - 1].charAt(unit.sortOrder() - 1));
                Assessment computed = demo.unitGoalAssessment(2021, area, unit.code(), 8);
                if (computed != expected) {
                    fail("August 2021 " + unit.code() + " area " + area + ": " + computed + ", the report says "
                            + expected);
                }
            }
        }
        // January–July 2021, goal areas as reported
        for (int area = 1; area <= DemoGoals.AREAS.length; area++) {
            for (int month = 1; month <= 7; month++) {
                Assessment computed = demo.areaAssessment(2021, area, month);
                Assessment reported =
                        demo.reported(2021, area, month).orElseThrow().reported();
                if (computed != reported) {
                    fail("Goal area " + area + " 2021-" + month + ": computed " + computed + ", reported " + reported
                            + " (" + demo.greenShare(2021, area, month) + ")");
                }
            }
        }
        // August 2021, goal areas: the report's own figures, inconsistencies included
        for (int area = 1; area <= DemoGoals.AREAS.length; area++) {
            int[] expected = DemoGoals.COMPUTED_AUGUST_2021[area - 1];
            GreenShare share = demo.greenShare(2021, area, 8);
            if (!share.equals(new GreenShare(expected[0], expected[1], expected[2]))) {
                fail("Goal area " + area + " August 2021: " + share);
            }
            Assessment computed = demo.areaAssessment(2021, area, 8);
            if (computed != DemoGoals.colour(DemoGoals.COMPUTED_AUGUST_2021_COLOURS.charAt(area - 1))) {
                fail("Goal area " + area + " August 2021 computed " + computed);
            }
        }
        // September–December 2021: nothing reported yet
        for (int area = 1; area <= DemoGoals.AREAS.length; area++) {
            for (int month = DemoGoals.LAST_OUTCOME_MONTH + 1; month <= 12; month++) {
                if (demo.greenShare(2021, area, month).withOutcome() != 0) {
                    fail("Goal area " + area + " has outcomes in 2021-" + month);
                }
            }
        }
        // some Inget utfall in July 2020
        long july2020WithoutOutcome = demo.units().stream()
                .filter(u -> demo.unitGoalAssessment(2020, 3, u.code(), 7) == Assessment.NO_OUTCOME)
                .count();
        if (july2020WithoutOutcome == 0) {
            fail("July 2020 should have enheter without outcome");
        }
    }

    private static String goalKey(int year, int area, String unitCode) {
        return year + "/" + area + "/" + Objects.requireNonNull(unitCode);
    }

    private static void fail(String message) {
        throw new AssertionError("Demo goal data: " + message);
    }
}
