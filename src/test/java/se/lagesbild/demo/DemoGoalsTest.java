package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lagesbild.base.Assessment;
import se.lagesbild.demo.DemoGoals.GoalArea;
import se.lagesbild.demo.DemoGoals.Indicator;
import se.lagesbild.demo.DemoGoals.Outcome;
import se.lagesbild.demo.DemoGoals.ReportedAreaColour;
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
}
