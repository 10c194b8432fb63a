package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.base.Assessment;
import se.lagesbild.goals.GoalArea;
import se.lagesbild.goals.GoalService;
import se.lagesbild.goals.GoalSetup;
import se.lagesbild.goals.GoalYear;
import se.lagesbild.goals.GreenShare;
import se.lagesbild.goals.Indicator;
import se.lagesbild.goals.Thresholds;
import se.lagesbild.goals.UnitGoal;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/**
 * The demo's goal attainment 2020–2021 as the year pack loaded it (struktur-mal and malutfall files),
 * read through GoalService: August 2021 reproduces Delårsrapport 2 2021, every unit goal follows the
 * colour pattern the outcomes were chosen for, and the report's own colours are kept beside.
 */
@LagesbildTest
class DemoGoalsTest {

    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2021;
    private static final int AREAS = 4;
    private static final int LAST_OUTCOME_MONTH = 8;

    /*
     * The colour of every unit goal per month, January–December: G Grön, Y Gul, R Röd, N Inget utfall.
     * Rows in the report's order of the enheter: BUE, CAI, ERM, FVE, FSE, HSB, RE, ESP, VE, FS.
     *
     * 2021 reproduces the report. Yellow goal-area months need 5 green of 9 enheter with an outcome (5 of 10
     * is 50 %, red), so in each of them exactly one enhet has no outcome. 2020 is synthetic: sick leave
     * rises in the spring (covid-19), many enheter report nothing in July, and December leads into
     * January 2021.
     */
    private static final Map<Integer, List<String[]>> PATTERNS = Map.of(
            2020,
                    List.of(
                            new String[] { // 1 Medarbetare
                                "GGRRYGNGGGGG", "YYRRRYNYYYYY", "GGYRYYYYYYYY", "GGYYGGNGGGGG", "YYRRRRNRRRRR",
                                "YYYYGGGGGGGG", "GGGYGGGGGGGG", "GGRYGGNGGGGG", "YYRRYYYYYYYY", "GGGGGGNGYYYY"
                            },
                            new String[] { // 2 Kvalitet
                                "GGGGGGNGGGGG", "GGYYGGNGGGGG", "YYYYYYNYYYYY", "GGGGGGGGGGGG", "YYYRRRNRRRRR",
                                "GGGGGGGGGGGG", "GGGGGGNGGGGG", "YYYYYYNGGGGG", "YYYYYYNYYRRR", "YYYYYYNYYYYY"
                            },
                            new String[] { // 3 Leverans
                                "GGGYRRNRYYYY", "GGYRRRNYYGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG", "RRRRRRNRRRRR",
                                "GGGGGGGGGGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG", "RRRRRRNRRRRR", "GGGGGGNGGGGG"
                            },
                            new String[] { // 4 Ekonomi
                                "GGGGGGGGGGGG", "GGYYRRNRYYGG", "YYYYYYNYYYYY", "GGGYYYNYYYYY", "YYRRRRNRRRYY",
                                "GGGGGGGGGGGG", "GGGGGGNGGGGG", "GGGGGGNGGGGG", "YYYYYYNYYYYY", "GGGGGGNGGGGG"
                            }),
            2021,
                    List.of(
                            new String[] { // 1 Medarbetare: FS measures from May, CAI reports nothing May–July
                                "GGGGGGGGNNNN", "YYYYNNNYNNNN", "YYYYYYYYNNNN", "GGGYYYYYNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YYYGGGGGNNNN", "NNNNYYYYNNNN"
                            },
                            new String[] { // 2 Kvalitet: Vuxenenheten reports no outcome all year
                                "GGGGGGGGNNNN", "GYYYYYYYNNNN", "YYYYYYYGNNNN", "GGGYYRRRNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YYGGGGGGNNNN", "NNNNNNNNNNNN", "YYYYGGGGNNNN"
                            },
                            new String[] { // 3 Leverans: ERM measures from May, RE reports nothing in July
                                "YYYYYYYYNNNN", "GGGGGGGGNNNN", "NNNNYYYYNNNN", "GGGGGGGGNNNN", "RRYYYYYYNNNN",
                                "GGGGGGGGNNNN", "YYYYGGNYNNNN", "GGGGGGGGNNNN", "RRRYYYYYNNNN", "GGGGGGGGNNNN"
                            },
                            new String[] { // 4 Ekonomi: Vuxenenheten reports nothing in February
                                "GGYYYYYYNNNN", "GYYYYYYYNNNN", "YYYYYYYYNNNN", "YYYYYYYYNNNN", "YYRRRRYYNNNN",
                                "GGGGGGGGNNNN", "GGGGGGGGNNNN", "GGGGGGGGNNNN", "YNYYYYYYNNNN", "GGGYYYYYNNNN"
                            }));

    /** August 2021 per area, enheter in the report's order (unit_goal_assessment.csv). */
    private static final String[] REFERENCE_AUGUST_2021 = {"GYYYYGGGGY", "GYGRYGGGNG", "YGYGYGYGYG", "YYYYYGGGYY"};
    /** What the units' colours give in August 2021: green, with outcome, total. */
    private static final int[][] COMPUTED_AUGUST_2021 = {{5, 10, 10}, {6, 9, 10}, {5, 10, 10}, {3, 10, 10}};

    private static final String COMPUTED_AUGUST_2021_COLOURS = "RGRR";
    /** At most this many colour changes per unit goal and year (months without outcome skipped). */
    private static final int MAX_CHANGES_PER_YEAR = 4;

    @Autowired
    GoalService goals;

    @Autowired
    GoalSetup setup;

    @Autowired
    OrganisationService organisation;

    private static Map<Integer, GoalYear> years;
    private static List<String> units;

    @BeforeEach
    void readTheLoadedYears() {
        if (years == null) {
            years = Map.of(FIRST_YEAR, goals.year(FIRST_YEAR), LAST_YEAR, goals.year(LAST_YEAR));
            units = years.get(LAST_YEAR).unitCodes();
        }
    }

    private static GoalYear year(int year) {
        return years.get(year);
    }

    private static Assessment unitGoalAssessment(int year, int area, String unit, int month) {
        return year(year).unitAssessment(area, unit, month);
    }

    /** The green share of a goal area in a month over all enheter, as the service computes it. */
    private static GreenShare greenShare(int year, int area, int month) {
        GreenShare share = GreenShare.of(units.stream()
                .map(u -> unitGoalAssessment(year, area, u, month))
                .toList());
        assertThat(year(year).share(area, month)).isEqualTo(share.withOutcome() == 0 ? null : share);
        return share;
    }

    private static Assessment areaAssessment(int year, int area, int month) {
        return year(year).areaAssessment(area, month);
    }

    private static GoalYear.Reported reported(int year, int area, int month) {
        return year(year).reported(area, month).orElseThrow();
    }

    /** The indicators of a unit goal, in sort order. */
    private static List<Indicator> indicatorsOf(int year, int area, String unit) {
        return year(year).indicatorsOf(area, unit).stream()
                .sorted(Comparator.comparingInt(Indicator::sortOrder))
                .toList();
    }

    private static BigDecimal outcome(int year, Indicator indicator, int month) {
        return year(year).indicator(indicator.id(), month).outcome();
    }

    @Test
    void august2021UnitColoursEqualTheReportRowByRow() {
        List<Map<String, String>> rows = csv("unit_goal_assessment.csv");
        assertThat(rows).hasSize(40);
        for (Map<String, String> row : rows) {
            int area = Integer.parseInt(row.get("goal_area_no"));
            String unit = row.get("unit_key");
            assertThat(unitGoalAssessment(2021, area, unit, 8))
                    .as("%s, %s (line %s)", row.get("goal_area_short"), unit, row.get("source_line"))
                    .isEqualTo(Assessment.fromLabel(row.get("colour")));
            // the colour the report printed, kept beside the computed one
            assertThat(year(2021).reportedUnit(area, unit, 8).orElseThrow().assessment())
                    .as("reported %s, %s", row.get("goal_area_short"), unit)
                    .isEqualTo(Assessment.fromLabel(row.get("colour")));
        }
    }

    @Test
    void vuxenenhetenHasNoKvalitetOutcomeAtAllInAugust2021() {
        assertThat(indicatorsOf(2021, 2, "VE")).isNotEmpty();
        for (Indicator indicator : indicatorsOf(2021, 2, "VE")) {
            assertThat(outcome(2021, indicator, 8)).isNull();
        }
    }

    @Test
    void unitsAreTheTenEnheterWithTheirCanonicalNames() {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : csv("unit_goal_assessment.csv")) {
            names.put(row.get("unit_key"), row.get("name_normalized"));
        }
        assertThat(units).containsExactly("BUE", "CAI", "ERM", "FVE", "FSE", "HSB", "RE", "ESP", "VE", "FS");
        for (String unit : units) {
            assertThat(organisation.organisation(2021).unit(unit).orElseThrow().name())
                    .isEqualTo(names.get(unit));
        }
    }

    @Test
    void august2021ColourCountsEqualTheGoalAreaTable() {
        for (Map<String, String> row : csv("goal_areas.csv")) {
            if (!row.get("indicator_seq").equals("1")) {
                continue;
            }
            int area = Integer.parseInt(row.get("goal_area_no"));
            Map<Assessment, Long> counts = units.stream()
                    .collect(Collectors.groupingBy(u -> unitGoalAssessment(2021, area, u, 8), Collectors.counting()));
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
                assertThat(areaAssessment(2021, area, month))
                        .as(
                                "%s %s (%s)",
                                row.get("goal_area_short"), row.get("month_label"), greenShare(2021, area, month))
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
        assertThat(year(2021).reported()).hasSize(reportedRows.size());
        assertThat(year(2020).reported()).isEmpty();
        for (Map<String, String> row : reportedRows) {
            int area = Integer.parseInt(row.get("goal_area_no"));
            int month = Integer.parseInt(row.get("month_no"));
            GoalYear.Reported reported = reported(2021, area, month);
            assertThat(reported.assessment()).isEqualTo(Assessment.fromLabel(row.get("colour")));
            assertThat(reported.share() == null).isEqualTo(month != 8);
        }
        for (Map<String, String> row : csv("goal_areas.csv")) {
            if (row.get("indicator_seq").equals("1")) {
                GoalYear.Reported august = reported(2021, Integer.parseInt(row.get("goal_area_no")), 8);
                assertThat(august.share()).isEqualByComparingTo(row.get("utfall_pct"));
                assertThat(august.assessment()).isEqualTo(Assessment.fromLabel(row.get("bedomning")));
            }
        }
    }

    @Test
    void august2021KeepsTheReportsOwnInconsistencies() {
        // Medarbetare: 5 of 10 green is 50 %, computed Röd; the report says Gul
        assertThat(greenShare(2021, 1, 8)).isEqualTo(new GreenShare(5, 10, 10));
        assertThat(areaAssessment(2021, 1, 8)).isEqualTo(Assessment.RED);
        assertThat(reported(2021, 1, 8).assessment()).isEqualTo(Assessment.YELLOW);
        // Leverans: 5 of 10 green is 50 %, computed Röd; the report says 60 % and Grön
        assertThat(greenShare(2021, 3, 8)).isEqualTo(new GreenShare(5, 10, 10));
        assertThat(greenShare(2021, 3, 8).percent()).isEqualByComparingTo("50");
        assertThat(areaAssessment(2021, 3, 8)).isEqualTo(Assessment.RED);
        assertThat(reported(2021, 3, 8).assessment()).isEqualTo(Assessment.GREEN);
        assertThat(reported(2021, 3, 8).share()).isEqualByComparingTo("60");
        // Kvalitet: 6 of the 9 with an outcome, Grön (the report prints 60 %)
        assertThat(greenShare(2021, 2, 8)).isEqualTo(new GreenShare(6, 9, 10));
        assertThat(areaAssessment(2021, 2, 8)).isEqualTo(Assessment.GREEN);
        // Ekonomi: 3 of 10, Röd as reported
        assertThat(greenShare(2021, 4, 8)).isEqualTo(new GreenShare(3, 10, 10));
        assertThat(areaAssessment(2021, 4, 8)).isEqualTo(Assessment.RED);
        assertThat(reported(2021, 4, 8).assessment()).isEqualTo(Assessment.RED);
    }

    @Test
    void noOutcomesAfterAugust2021() {
        for (Indicator indicator : year(2021).indicators()) {
            for (int month = 9; month <= 12; month++) {
                assertThat(outcome(2021, indicator, month)).isNull();
            }
        }
        for (int area = 1; area <= AREAS; area++) {
            for (int month = 9; month <= 12; month++) {
                assertThat(greenShare(2021, area, month)).isEqualTo(new GreenShare(0, 0, 10));
                assertThat(areaAssessment(2021, area, month)).isEqualTo(Assessment.NO_OUTCOME);
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
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            assertThat(year(y).areas()).hasSize(AREAS);
            for (GoalArea area : year(y).areas()) {
                Map<String, String> row = byNumber.get(String.valueOf(area.number()));
                assertThat(area.shortName()).isEqualTo(row.get("goal_area_short"));
                assertThat(area.title()).isEqualTo(row.get("goal_area_title"));
                assertThat(area.indicatorName()).isEqualTo(row.get("indicator"));
                assertThat(area.targetShare()).isEqualByComparingTo(row.get("malniva_pct"));
                assertThat(area.yellowThreshold()).isEqualByComparingTo(Thresholds.DEFAULT.yellowShortfallPercent());
                // the goal under the area as the report words it: the enheter's goal texts follow it
                assertThat(setup.unitGoals(y).stream().filter(g -> g.goalAreaId() == area.id()))
                        .hasSize(10)
                        .allSatisfy(g -> assertThat(g.description()).isNotBlank());
            }
        }
    }

    @Test
    void everyUnitGoalHasOneOrTwoValidIndicatorsEveryYear() {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            List<UnitGoal> unitGoals = setup.unitGoals(y);
            assertThat(unitGoals).hasSize(4 * 10);
            for (UnitGoal goal : unitGoals) {
                int area = year(y).areas().stream()
                        .filter(a -> a.id() == goal.goalAreaId())
                        .findFirst()
                        .orElseThrow()
                        .number();
                List<Indicator> indicators = indicatorsOf(y, area, goal.unitCode());
                assertThat(indicators).hasSizeBetween(1, 2);
                for (Indicator indicator : indicators) {
                    assertThat(indicator.unitOfMeasure().accepts(indicator.target()))
                            .isTrue();
                    assertThat(indicator.yellowThreshold())
                            .isEqualByComparingTo(Thresholds.DEFAULT.yellowShortfallPercent());
                    for (int month = 1; month <= 12; month++) {
                        BigDecimal value = outcome(y, indicator, month);
                        if (value != null) {
                            assertThat(indicator.unitOfMeasure().accepts(value))
                                    .as("%s %s", indicator.name(), month)
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void year2020IsVariedWithSomeEnheterWithoutOutcomeInJuly() {
        long julyWithout = 0;
        List<Assessment> areaColours = new ArrayList<>();
        for (int area = 1; area <= AREAS; area++) {
            for (String unit : units) {
                if (unitGoalAssessment(2020, area, unit, 7) == Assessment.NO_OUTCOME) {
                    julyWithout++;
                }
            }
            for (int month = 1; month <= 12; month++) {
                areaColours.add(areaAssessment(2020, area, month));
            }
        }
        assertThat(julyWithout).isGreaterThan(0);
        assertThat(areaColours).contains(Assessment.GREEN, Assessment.RED);
        assertThat(areaColours).doesNotContain(Assessment.NO_OUTCOME);
    }

    private static List<Map<String, String>> csv(String name) {
        return ReferenceCsv.read(name);
    }

    /** The rules the outcomes were chosen to: the colour patterns, the report's figures. */
    @Test
    void theLoadedOutcomesFollowTheirPatternsAndTheReport() {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            for (int area = 1; area <= AREAS; area++) {
                Map<Assessment, Integer> yearCounts = new EnumMap<>(Assessment.class);
                for (int u = 0; u < units.size(); u++) {
                    String unit = units.get(u);
                    List<Indicator> goalIndicators = indicatorsOf(y, area, unit);
                    if (goalIndicators.isEmpty() || goalIndicators.size() > 2) {
                        fail("A unit goal needs one or two indicators: " + y + "/" + area + "/" + unit);
                    }
                    String pattern = PATTERNS.get(y).get(area - 1)[u];
                    Assessment previous = null;
                    int changes = 0;
                    for (int month = 1; month <= 12; month++) {
                        Assessment computed = unitGoalAssessment(y, area, unit, month);
                        if (computed != colour(pattern.charAt(month - 1))) {
                            fail("Unit goal " + y + "/" + area + "/" + unit + " month " + month + " is " + computed
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
                    if (changes > MAX_CHANGES_PER_YEAR) {
                        fail("Unit goal " + y + "/" + area + "/" + unit + " changes colour " + changes + " times");
                    }
                }
                if (y == FIRST_YEAR && yearCounts.size() < 3) {
                    fail("Goal area " + area + " in " + y + " is not varied: " + yearCounts);
                }
            }
        }

        // August 2021, unit by unit
        for (int area = 1; area <= AREAS; area++) {
            for (int u = 0; u < units.size(); u++) {
                Assessment expected = colour(REFERENCE_AUGUST_2021[area - 1].charAt(u));
                Assessment computed = unitGoalAssessment(2021, area, units.get(u), 8);
                if (computed != expected) {
                    fail("August 2021 " + units.get(u) + " area " + area + ": " + computed + ", the report says "
                            + expected);
                }
            }
        }
        // January–July 2021, goal areas as reported
        for (int area = 1; area <= AREAS; area++) {
            for (int month = 1; month <= 7; month++) {
                Assessment computed = areaAssessment(2021, area, month);
                Assessment reported = reported(2021, area, month).assessment();
                if (computed != reported) {
                    fail("Goal area " + area + " 2021-" + month + ": computed " + computed + ", reported " + reported
                            + " (" + greenShare(2021, area, month) + ")");
                }
            }
        }
        // August 2021, goal areas: the report's own figures, inconsistencies included
        for (int area = 1; area <= AREAS; area++) {
            int[] expected = COMPUTED_AUGUST_2021[area - 1];
            GreenShare share = greenShare(2021, area, 8);
            if (!share.equals(new GreenShare(expected[0], expected[1], expected[2]))) {
                fail("Goal area " + area + " August 2021: " + share);
            }
            Assessment computed = areaAssessment(2021, area, 8);
            if (computed != colour(COMPUTED_AUGUST_2021_COLOURS.charAt(area - 1))) {
                fail("Goal area " + area + " August 2021 computed " + computed);
            }
        }
        // September–December 2021: nothing reported yet
        for (int area = 1; area <= AREAS; area++) {
            for (int month = LAST_OUTCOME_MONTH + 1; month <= 12; month++) {
                if (greenShare(2021, area, month).withOutcome() != 0) {
                    fail("Goal area " + area + " has outcomes in 2021-" + month);
                }
            }
        }
        // some Inget utfall in July 2020
        long july2020WithoutOutcome = units.stream()
                .filter(u -> unitGoalAssessment(2020, 3, u, 7) == Assessment.NO_OUTCOME)
                .count();
        if (july2020WithoutOutcome == 0) {
            fail("July 2020 should have enheter without outcome");
        }
    }

    private static Assessment colour(char letter) {
        return switch (letter) {
            case 'G' -> Assessment.GREEN;
            case 'Y' -> Assessment.YELLOW;
            case 'R' -> Assessment.RED;
            case 'N' -> Assessment.NO_OUTCOME;
            default -> throw new IllegalStateException("Unknown colour letter: " + letter);
        };
    }

    private static void fail(String message) {
        throw new AssertionError("Demo goal data: " + message);
    }
}
