package se.lagesbild.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lagesbild.base.Assessment.GREEN;
import static se.lagesbild.base.Assessment.NO_OUTCOME;
import static se.lagesbild.base.Assessment.RED;
import static se.lagesbild.base.Assessment.YELLOW;
import static se.lagesbild.goals.Direction.HIGHER_IS_BETTER;
import static se.lagesbild.goals.Direction.LOWER_IS_BETTER;
import static se.lagesbild.goals.Direction.YES_NO;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.lagesbild.base.Assessment;

class AssessmentRuleTest {

    private static final Thresholds TEN = Thresholds.DEFAULT;

    private static Assessment assess(String outcome, String target, Direction direction) {
        return assess(outcome, target, direction, TEN);
    }

    private static Assessment assess(String outcome, String target, Direction direction, Thresholds thresholds) {
        return AssessmentRule.assess(
                outcome == null ? null : new BigDecimal(outcome), new BigDecimal(target), direction, thresholds);
    }

    @Nested
    class HigherIsBetter {

        @ParameterizedTest(name = "outcome {0} against 100 → {1}")
        @CsvSource({
            "120,    GREEN",
            "100.01, GREEN",
            "100,    GREEN",
            "100.00, GREEN",
            "99.99,  YELLOW",
            "95,     YELLOW",
            "90.01,  YELLOW", // 9.99 % short
            "90,     RED", // exactly 10 % short
            "90.00,  RED",
            "89.99,  RED",
            "0,      RED",
        })
        void againstOneHundred(String outcome, Assessment expected) {
            assertThat(assess(outcome, "100", HIGHER_IS_BETTER)).isEqualTo(expected);
        }

        @Test
        void theShortfallIsRelativeToTheTarget() {
            // target 60: 10 % of the target is 6 points
            assertThat(assess("60", "60", HIGHER_IS_BETTER)).isEqualTo(GREEN);
            assertThat(assess("54.01", "60", HIGHER_IS_BETTER)).isEqualTo(YELLOW);
            assertThat(assess("54", "60", HIGHER_IS_BETTER)).isEqualTo(RED);
            assertThat(assess("50", "60", HIGHER_IS_BETTER)).isEqualTo(RED);
            // target 90: 81 is exactly 10 % short
            assertThat(assess("81.1", "90", HIGHER_IS_BETTER)).isEqualTo(YELLOW);
            assertThat(assess("81.0", "90", HIGHER_IS_BETTER)).isEqualTo(RED);
        }

        @Test
        void aTargetOfZeroIsAlwaysMetByZeroOrMore() {
            assertThat(assess("0", "0", HIGHER_IS_BETTER)).isEqualTo(GREEN);
            assertThat(assess("3", "0", HIGHER_IS_BETTER)).isEqualTo(GREEN);
        }
    }

    @Nested
    class LowerIsBetter {

        @ParameterizedTest(name = "outcome {0} against 100 → {1}")
        @CsvSource({
            "0,      GREEN",
            "80,     GREEN",
            "99.99,  GREEN",
            "100,    GREEN",
            "100.01, YELLOW",
            "105,    YELLOW",
            "109.99, YELLOW", // 9.99 % over
            "110,    RED", // exactly 10 % over
            "110.01, RED",
            "150,    RED",
        })
        void againstOneHundred(String outcome, Assessment expected) {
            assertThat(assess(outcome, "100", LOWER_IS_BETTER)).isEqualTo(expected);
        }

        @Test
        void sickLeaveAgainstSixPercent() {
            assertThat(assess("6.0", "6.0", LOWER_IS_BETTER)).isEqualTo(GREEN);
            assertThat(assess("6.5", "6.0", LOWER_IS_BETTER)).isEqualTo(YELLOW);
            assertThat(assess("6.599", "6.0", LOWER_IS_BETTER)).isEqualTo(YELLOW);
            assertThat(assess("6.6", "6.0", LOWER_IS_BETTER)).isEqualTo(RED);
        }

        @Test
        void aTargetOfZeroIsRedForAnythingAboveZero() {
            assertThat(assess("0", "0", LOWER_IS_BETTER)).isEqualTo(GREEN);
            assertThat(assess("0.001", "0", LOWER_IS_BETTER)).isEqualTo(RED);
            assertThat(assess("1", "0", LOWER_IS_BETTER)).isEqualTo(RED);
        }
    }

    @Nested
    class YesNo {

        @Test
        void onlyTheTargetValueIsGreenAndThereIsNoYellow() {
            assertThat(assess("1", "1", YES_NO)).isEqualTo(GREEN);
            assertThat(assess("1.0", "1", YES_NO)).isEqualTo(GREEN);
            assertThat(assess("0", "1", YES_NO)).isEqualTo(RED);
            assertThat(assess("0", "0", YES_NO)).isEqualTo(GREEN);
            assertThat(assess("1", "0", YES_NO)).isEqualTo(RED);
        }

        @Test
        void theThresholdDoesNotMatter() {
            assertThat(assess("0", "1", YES_NO, Thresholds.ofYellowShortfallPercent("200")))
                    .isEqualTo(RED);
        }
    }

    @Test
    void aMissingOutcomeIsNoOutcomeNeverRed() {
        assertThat(assess(null, "100", HIGHER_IS_BETTER)).isEqualTo(NO_OUTCOME);
        assertThat(assess(null, "100", LOWER_IS_BETTER)).isEqualTo(NO_OUTCOME);
        assertThat(assess(null, "1", YES_NO)).isEqualTo(NO_OUTCOME);
        assertThat(assess(null, "0", LOWER_IS_BETTER)).isEqualTo(NO_OUTCOME);
    }

    @Test
    void theThresholdIsASetting() {
        Thresholds twenty = Thresholds.ofYellowShortfallPercent("20");
        assertThat(assess("85", "100", HIGHER_IS_BETTER, TEN)).isEqualTo(RED);
        assertThat(assess("85", "100", HIGHER_IS_BETTER, twenty)).isEqualTo(YELLOW);
        assertThat(assess("80.01", "100", HIGHER_IS_BETTER, twenty)).isEqualTo(YELLOW);
        assertThat(assess("80", "100", HIGHER_IS_BETTER, twenty)).isEqualTo(RED);
        assertThat(assess("119.99", "100", LOWER_IS_BETTER, twenty)).isEqualTo(YELLOW);
        assertThat(assess("120", "100", LOWER_IS_BETTER, twenty)).isEqualTo(RED);
        Thresholds zero = Thresholds.ofYellowShortfallPercent("0");
        assertThat(assess("99.99", "100", HIGHER_IS_BETTER, zero)).isEqualTo(RED);
        assertThat(assess("100", "100", HIGHER_IS_BETTER, zero)).isEqualTo(GREEN);
    }

    @Test
    void thresholdsAreValidated() {
        assertThat(Thresholds.DEFAULT.yellowShortfallPercent()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> new Thresholds(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Thresholds.ofYellowShortfallPercent("-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTargetDirectionAndThresholdsAreRequired() {
        BigDecimal one = BigDecimal.ONE;
        assertThatThrownBy(() -> AssessmentRule.assess(one, null, HIGHER_IS_BETTER, TEN))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AssessmentRule.assess(one, one, null, TEN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AssessmentRule.assess(one, one, HIGHER_IS_BETTER, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void shortfallPercentForDisplay() {
        assertThat(AssessmentRule.shortfallPercent(new BigDecimal("90.01"), new BigDecimal("100"), HIGHER_IS_BETTER))
                .isEqualByComparingTo("9.99");
        assertThat(AssessmentRule.shortfallPercent(new BigDecimal("6.6"), new BigDecimal("6.0"), LOWER_IS_BETTER))
                .isEqualByComparingTo("10");
        assertThat(AssessmentRule.shortfallPercent(new BigDecimal("120"), new BigDecimal("100"), HIGHER_IS_BETTER))
                .isEqualByComparingTo("-20");
        assertThat(AssessmentRule.shortfallPercent(null, BigDecimal.TEN, HIGHER_IS_BETTER))
                .isNull();
        assertThat(AssessmentRule.shortfallPercent(BigDecimal.ZERO, BigDecimal.ONE, YES_NO))
                .isNull();
        assertThat(AssessmentRule.shortfallPercent(BigDecimal.ONE, BigDecimal.ZERO, LOWER_IS_BETTER))
                .isNull();
    }

    @Nested
    class UnitGoal {

        @Test
        void isTheWorstOfTheIndicatorsWithAnOutcome() {
            assertThat(AssessmentRule.unitGoal(List.of(GREEN, GREEN))).isEqualTo(GREEN);
            assertThat(AssessmentRule.unitGoal(List.of(GREEN, YELLOW))).isEqualTo(YELLOW);
            assertThat(AssessmentRule.unitGoal(List.of(YELLOW, RED, GREEN))).isEqualTo(RED);
            assertThat(AssessmentRule.unitGoal(List.of(RED))).isEqualTo(RED);
        }

        @Test
        void anIndicatorWithoutOutcomeIsIgnored() {
            assertThat(AssessmentRule.unitGoal(List.of(NO_OUTCOME, GREEN))).isEqualTo(GREEN);
            assertThat(AssessmentRule.unitGoal(List.of(YELLOW, NO_OUTCOME))).isEqualTo(YELLOW);
        }

        @Test
        void isNoOutcomeWhenNoIndicatorHasOne() {
            assertThat(AssessmentRule.unitGoal(List.of(NO_OUTCOME, NO_OUTCOME))).isEqualTo(NO_OUTCOME);
            assertThat(AssessmentRule.unitGoal(List.of())).isEqualTo(NO_OUTCOME);
        }
    }

    @Nested
    class GreenShareOfAGoalArea {

        private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

        private static List<Assessment> units(int green, int yellow, int red, int noOutcome) {
            List<Assessment> result = new java.util.ArrayList<>();
            for (int i = 0; i < green; i++) {
                result.add(GREEN);
            }
            for (int i = 0; i < yellow; i++) {
                result.add(YELLOW);
            }
            for (int i = 0; i < red; i++) {
                result.add(RED);
            }
            for (int i = 0; i < noOutcome; i++) {
                result.add(NO_OUTCOME);
            }
            return result;
        }

        @Test
        void unitsWithoutOutcomeAreNotInTheDenominator() {
            GreenShare share = GreenShare.of(units(6, 2, 1, 1));
            assertThat(share).isEqualTo(new GreenShare(6, 9, 10));
            assertThat(share.withoutOutcome()).isEqualTo(1);
            assertThat(share.percent()).isEqualByComparingTo("66.67");
            assertThat(share.assess(SIXTY, TEN)).isEqualTo(GREEN);
        }

        @Test
        void noOutcomeIsNeverCountedAsRed() {
            // 5 of 10 is 50 %, red; 5 of 9 (one enhet without outcome) is 55.6 %, yellow
            assertThat(GreenShare.of(units(5, 5, 0, 0)).assess(SIXTY, TEN)).isEqualTo(RED);
            assertThat(GreenShare.of(units(5, 4, 0, 1)).assess(SIXTY, TEN)).isEqualTo(YELLOW);
            assertThat(GreenShare.of(units(5, 4, 0, 1)).percent()).isEqualByComparingTo("55.56");
        }

        @Test
        void boundariesOfTheAreaIndicator() {
            assertThat(GreenShare.of(units(6, 4, 0, 0)).assess(SIXTY, TEN)).isEqualTo(GREEN); // 60 %
            assertThat(GreenShare.of(units(3, 2, 0, 0)).assess(SIXTY, TEN)).isEqualTo(GREEN); // 60 %
            assertThat(GreenShare.of(units(4, 3, 0, 0)).assess(SIXTY, TEN)).isEqualTo(YELLOW); // 57.1 %
            assertThat(GreenShare.of(units(27, 23, 0, 0)).assess(SIXTY, TEN))
                    .isEqualTo(RED); // 54 %: exactly 10 % short
            assertThat(GreenShare.of(units(3, 7, 0, 0)).assess(SIXTY, TEN)).isEqualTo(RED); // 30 %
            assertThat(GreenShare.of(units(0, 0, 0, 10)).assess(SIXTY, TEN)).isEqualTo(NO_OUTCOME);
            assertThat(GreenShare.of(units(0, 0, 0, 10)).percent()).isNull();
            assertThat(GreenShare.of(units(5, 5, 0, 0)).assess(SIXTY, Thresholds.ofYellowShortfallPercent("20")))
                    .isEqualTo(YELLOW);
        }

        @Test
        void isValidated() {
            assertThatThrownBy(() -> new GreenShare(3, 2, 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new GreenShare(1, 11, 10)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void assessmentLabelsAndSeverity() {
        assertThat(Assessment.fromLabel("Grön")).isEqualTo(GREEN);
        assertThat(Assessment.fromLabel("gul")).isEqualTo(YELLOW);
        assertThat(Assessment.fromLabel(" Röd ")).isEqualTo(RED);
        assertThat(Assessment.fromLabel("Inget utfall")).isEqualTo(NO_OUTCOME);
        assertThat(NO_OUTCOME.swedishLabel()).isEqualTo("Inget utfall");
        assertThat(List.of(GREEN.severity(), YELLOW.severity(), RED.severity())).containsExactly(0, 1, 2);
        assertThat(NO_OUTCOME.hasOutcome()).isFalse();
        assertThatThrownBy(NO_OUTCOME::severity).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Assessment.fromLabel("Blå")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsOfMeasureCheckTheirValues() {
        assertThat(UnitOfMeasure.PERCENT.accepts(new BigDecimal("0"))).isTrue();
        assertThat(UnitOfMeasure.PERCENT.accepts(new BigDecimal("100.0"))).isTrue();
        assertThat(UnitOfMeasure.PERCENT.accepts(new BigDecimal("100.1"))).isFalse();
        assertThat(UnitOfMeasure.PERCENT.accepts(new BigDecimal("-0.1"))).isFalse();
        assertThat(UnitOfMeasure.COUNT.accepts(new BigDecimal("0"))).isTrue();
        assertThat(UnitOfMeasure.COUNT.accepts(new BigDecimal("1234"))).isTrue();
        assertThat(UnitOfMeasure.COUNT.accepts(new BigDecimal("-1"))).isFalse();
        assertThat(UnitOfMeasure.YES_NO.accepts(new BigDecimal("1"))).isTrue();
        assertThat(UnitOfMeasure.YES_NO.accepts(new BigDecimal("0.0"))).isTrue();
        assertThat(UnitOfMeasure.YES_NO.accepts(new BigDecimal("2"))).isFalse();
        assertThat(UnitOfMeasure.YES_NO.accepts(new BigDecimal("0.5"))).isFalse();
        for (UnitOfMeasure unit : UnitOfMeasure.values()) {
            assertThat(unit.accepts(null)).isFalse();
        }
    }
}
