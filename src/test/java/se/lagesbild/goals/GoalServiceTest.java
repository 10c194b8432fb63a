package se.lagesbild.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.base.Assessment;
import se.lagesbild.goals.GoalEntry.IndicatorEntry;
import se.lagesbild.goals.GoalEntry.UnitMonthEntry;
import se.lagesbild.goals.GoalHistory.HistoryEntry;
import se.lagesbild.goals.GoalHistory.HistoryEntry.Field;
import se.lagesbild.security.Access;
import se.lagesbild.security.Role;
import se.lagesbild.security.Users;
import se.lagesbild.support.LagesbildTest;

/** Writing an enhet's month on MariaDB: versions, history, validation, all-or-nothing (years the demo does not use). */
@LagesbildTest
class GoalServiceTest {

    private static final String USER = "enhetschef";

    @Autowired
    GoalService goals;

    @Autowired
    GoalSetup goalSetup;

    @Autowired
    GoalEntry entries;

    @Autowired
    GoalHistory histories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    Access access;

    /** A second enhetschef of BUE, "annan", created by the demo admin. */
    @BeforeEach
    void anotherChefOfBue() {
        if (access.user("annan").isEmpty()) {
            users.create(
                    "admin",
                    new Users.UserForm(
                            "annan",
                            "Annan enhetschef",
                            null,
                            "annans-lösenord",
                            EnumSet.of(Role.ENHETSCHEF),
                            Set.of("BUE")));
        }
    }

    /** A goal area with one unit goal for BUE holding a percent, a count and a yes/no indicator. */
    private record Setup(long percent, long count, long yesNo) {}

    private Setup setUp(int year, int areaNumber, String yellowThreshold) {
        long area = goalSetup.createGoalArea(
                year,
                areaNumber,
                "Test " + areaNumber,
                "Testområde",
                "Andel enheter",
                new BigDecimal("60"),
                BigDecimal.TEN);
        long goal = goalSetup.createUnitGoal(area, "BUE", "Testmål");
        BigDecimal threshold = new BigDecimal(yellowThreshold);
        return new Setup(
                goalSetup.createIndicator(
                        goal,
                        "Andel",
                        Direction.HIGHER_IS_BETTER,
                        UnitOfMeasure.PERCENT,
                        new BigDecimal("100"),
                        threshold,
                        1),
                goalSetup.createIndicator(
                        goal,
                        "Antal",
                        Direction.LOWER_IS_BETTER,
                        UnitOfMeasure.COUNT,
                        new BigDecimal("5"),
                        threshold,
                        2),
                goalSetup.createIndicator(
                        goal, "Ja/nej", Direction.YES_NO, UnitOfMeasure.YES_NO, BigDecimal.ONE, threshold, 3));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            ints = {se.lagesbild.base.TextLimits.COMMENT, se.lagesbild.base.TextLimits.COMMENT + 1})
    void aCommentAtItsLimitIsSavedAndOneLongerIsRefusedInSwedish(int length) {
        Setup s = setUp(2023, length == se.lagesbild.base.TextLimits.COMMENT ? 8 : 9, "10");
        YearMonth may = YearMonth.of(2023, 5);
        long audits =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        UnitMonthEntry entry = new UnitMonthEntry(
                "BUE", may, List.of(new IndicatorEntry(s.percent(), new BigDecimal("90"), "k".repeat(length), null)));
        if (length <= se.lagesbild.base.TextLimits.COMMENT) {
            assertThat(entries.saveMonth(entry, USER)).isEqualTo(1);
            assertThat(versions(s.percent(), 2023, 5)).containsExactly(1);
            assertThat(jdbc.sql("select count(*) from audit_event")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(audits);
            return;
        }
        assertThatThrownBy(() -> entries.saveMonth(entry, USER))
                .isInstanceOf(GoalEntryException.class)
                .hasMessage("Andel: kommentaren får vara högst 4000 tecken");
        assertThat(versions(s.percent(), 2023, 5)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits);
    }

    @Test
    void twoSavesMakeVersionsOneAndTwoAndTheHistoryShowsOldToNew() {
        Setup s = setUp(2023, 1, "10");
        YearMonth march = YearMonth.of(2023, 3);
        long changesBefore = changes();
        assertThat(entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                march,
                                List.of(
                                        new IndicatorEntry(s.percent(), new BigDecimal("95"), "Bra", null),
                                        new IndicatorEntry(s.count(), new BigDecimal("2"), null, null))),
                        USER))
                .isEqualTo(2);
        assertThat(changes()).isEqualTo(changesBefore + 1);
        assertThat(entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                march,
                                List.of(
                                        new IndicatorEntry(
                                                s.percent(), new BigDecimal("80"), "Sämre, personalbrist", null),
                                        new IndicatorEntry(s.count(), new BigDecimal("2.000"), null, null))),
                        "annan"))
                .isEqualTo(1);

        assertThat(versions(s.percent(), 2023, 3)).containsExactly(1, 2);
        assertThat(versions(s.count(), 2023, 3)).containsExactly(1);
        GoalYear year = goals.year(2023);
        assertThat(year.indicator(s.percent(), 3).outcome()).isEqualByComparingTo("80");
        assertThat(year.indicator(s.percent(), 3).computed()).isEqualTo(Assessment.RED);
        assertThat(year.unitAssessment(1, "BUE", 3)).isEqualTo(Assessment.RED);

        List<HistoryEntry> history = histories.history(s.percent(), march);
        assertThat(history)
                .extracting(HistoryEntry::by, HistoryEntry::field, HistoryEntry::before, HistoryEntry::after)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("annan", Field.OUTCOME, "95", "80"),
                        org.assertj.core.groups.Tuple.tuple("annan", Field.COMMENT, "Bra", "Sämre, personalbrist"),
                        org.assertj.core.groups.Tuple.tuple(USER, Field.OUTCOME, null, "95"),
                        org.assertj.core.groups.Tuple.tuple(USER, Field.COMMENT, null, "Bra"));
        assertThat(history.getFirst().by()).isEqualTo("annan");
    }

    @Test
    void aManualColourReplacesTheComputedOneOnlyWithACommentAndBothStayVisible() {
        Setup s = setUp(2023, 2, "10");
        YearMonth april = YearMonth.of(2023, 4);
        assertThatThrownBy(() -> entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                april,
                                List.of(new IndicatorEntry(s.percent(), new BigDecimal("80"), " ", Assessment.GREEN))),
                        USER))
                .isInstanceOf(GoalEntryException.class)
                .hasMessage("Andel: en manuell bedömning kräver en kommentar.");
        assertThat(versions(s.percent(), 2023, 4)).isEmpty();

        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE",
                        april,
                        List.of(new IndicatorEntry(
                                s.percent(), new BigDecimal("80"), "Mätningen missade nyanställda", Assessment.GREEN))),
                USER);
        GoalYear.IndicatorAssessment assessment = goals.year(2023).indicator(s.percent(), 4);
        assertThat(assessment.computed()).isEqualTo(Assessment.RED);
        assertThat(assessment.manual()).isEqualTo(Assessment.GREEN);
        assertThat(assessment.effective()).isEqualTo(Assessment.GREEN);
        assertThat(assessment.differs()).isTrue();
        assertThat(goals.year(2023).unitAssessment(2, "BUE", 4)).isEqualTo(Assessment.GREEN);
        assertThat(goals.year(2023).unitDiffers(2, "BUE", 4)).isTrue();

        // Withdrawn: a new version without colour, the computed colour applies again.
        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE",
                        april,
                        List.of(new IndicatorEntry(
                                s.percent(), new BigDecimal("80"), "Mätningen missade nyanställda", null))),
                USER);
        assertThat(goals.year(2023).indicator(s.percent(), 4).effective()).isEqualTo(Assessment.RED);
        assertThat(histories.history(s.percent(), april))
                .filteredOn(h -> h.field() == Field.MANUAL)
                .extracting(HistoryEntry::before, HistoryEntry::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GREEN", null),
                        org.assertj.core.groups.Tuple.tuple(null, "GREEN"));
    }

    @Test
    void outOfRangeOutcomesAreRefusedInSwedishAndNothingIsHalfWritten() {
        Setup s = setUp(2023, 3, "10");
        YearMonth may = YearMonth.of(2023, 5);
        long changesBefore = changes();
        assertThatThrownBy(() -> entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                may,
                                List.of(
                                        new IndicatorEntry(s.percent(), new BigDecimal("90"), null, null),
                                        new IndicatorEntry(s.count(), new BigDecimal("-1"), null, null),
                                        new IndicatorEntry(s.yesNo(), new BigDecimal("2"), null, null))),
                        USER))
                .isInstanceOf(GoalEntryException.class)
                .hasMessage(
                        "Antal: utfallet måste vara ett antal, 0 eller mer. Ja/nej: utfallet måste vara ja (1) eller nej (0).")
                .satisfies(e -> assertThat(((GoalEntryException) e).problems()).hasSize(2));
        assertThatThrownBy(() -> entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                may,
                                List.of(new IndicatorEntry(s.percent(), new BigDecimal("100.5"), null, null))),
                        USER))
                .hasMessage("Andel: utfallet måste vara en procentsats mellan 0 och 100.");
        assertThatThrownBy(() -> entries.saveMonth(
                        new UnitMonthEntry(
                                "VE", may, List.of(new IndicatorEntry(s.percent(), new BigDecimal("90"), null, null))),
                        USER))
                .hasMessage("Indikatorn hör inte till enhet VE år 2023.");
        assertThat(versions(s.percent(), 2023, 5)).isEmpty();
        assertThat(changes()).isEqualTo(changesBefore);

        assertThat(entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                may,
                                List.of(
                                        new IndicatorEntry(s.percent(), new BigDecimal("100"), null, null),
                                        new IndicatorEntry(s.count(), BigDecimal.ZERO, null, null),
                                        new IndicatorEntry(s.yesNo(), BigDecimal.ONE, null, null))),
                        USER))
                .isEqualTo(3);
        // Saving the same again writes nothing and tells nobody.
        long changesAfter = changes();
        assertThat(entries.saveMonth(
                        new UnitMonthEntry(
                                "BUE",
                                may,
                                List.of(new IndicatorEntry(s.percent(), new BigDecimal("100.0"), null, null))),
                        USER))
                .isZero();
        assertThat(changes()).isEqualTo(changesAfter);
    }

    @Test
    void thresholdsAreSettingsPerIndicatorAndYear() {
        Setup strict = setUp(2024, 1, "10");
        Setup lenient = setUp(2025, 1, "20");
        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE",
                        YearMonth.of(2024, 1),
                        List.of(new IndicatorEntry(strict.percent(), new BigDecimal("85"), null, null))),
                USER);
        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE",
                        YearMonth.of(2025, 1),
                        List.of(new IndicatorEntry(lenient.percent(), new BigDecimal("85"), null, null))),
                USER);
        // 15 % short: at or above 10 % is red; under 20 % is yellow.
        assertThat(goals.year(2024).indicator(strict.percent(), 1).computed()).isEqualTo(Assessment.RED);
        assertThat(goals.year(2025).indicator(lenient.percent(), 1).computed()).isEqualTo(Assessment.YELLOW);

        goals.setIndicatorThresholds(lenient.percent(), Thresholds.ofYellowShortfallPercent("15"), USER);
        assertThat(goals.year(2025).indicator(lenient.percent(), 1).computed()).isEqualTo(Assessment.RED);
        assertThat(goals.year(2024).indicator(strict.percent(), 1).computed()).isEqualTo(Assessment.RED);
        goals.setIndicatorThresholds(strict.percent(), Thresholds.ofYellowShortfallPercent("15.01"), USER);
        assertThat(goals.year(2024).indicator(strict.percent(), 1).computed()).isEqualTo(Assessment.YELLOW);
    }

    @Test
    void aCachedYearIsReplacedWhenAnOutcomeOfThatYearIsSavedAndOtherYearsAreKept() {
        Setup s = setUp(2026, 1, "10");
        Setup other = setUp(2027, 1, "10");
        YearMonth february = YearMonth.of(2026, 2);
        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE", february, List.of(new IndicatorEntry(s.percent(), new BigDecimal("100"), null, null))),
                USER);
        GoalYear green = goals.year(2026);
        assertThat(green.unitAssessment(1, "BUE", 2)).isEqualTo(Assessment.GREEN);
        assertThat(goals.year(2026)).as("kept while nothing changed").isSameAs(green);
        GoalYear otherYear = goals.year(2027);

        entries.saveMonth(
                new UnitMonthEntry(
                        "BUE",
                        february,
                        List.of(new IndicatorEntry(s.percent(), new BigDecimal("80"), "Personalbrist", null))),
                USER);

        GoalYear red = goals.year(2026);
        assertThat(red).isNotSameAs(green);
        assertThat(red.indicator(s.percent(), 2).outcome()).isEqualByComparingTo("80");
        assertThat(red.unitAssessment(1, "BUE", 2)).isEqualTo(Assessment.RED);
        assertThat(goals.year(2027))
                .as("a change of 2026 leaves 2027 as computed")
                .isSameAs(otherYear);
        assertThat(goals.year(2027).indicator(other.percent(), 2).outcome()).isNull();

        entries.markSubmitted("BUE", february, USER);
        assertThat(goals.year(2026).submission("BUE", 2)).isPresent();
        long indicator = goalSetup.createIndicator(
                jdbc.sql("select unit_goal_id from indicator where id = ?")
                        .param(s.percent())
                        .query(Long.class)
                        .single(),
                "Ny",
                Direction.HIGHER_IS_BETTER,
                UnitOfMeasure.PERCENT,
                new BigDecimal("100"),
                BigDecimal.TEN,
                4);
        assertThat(goals.year(2026).indicatorsOf(1, "BUE"))
                .extracting(Indicator::id)
                .contains(indicator);
    }

    @Test
    void aMonthMarkedKlarIsSeenAndCanBeReopened() {
        YearMonth june = YearMonth.of(2023, 6);
        entries.markSubmitted("VE", june, USER);
        assertThat(goals.year(2023).submission("VE", 6))
                .hasValueSatisfying(s -> assertThat(s.by()).isEqualTo(USER));
        entries.reopen("VE", june, USER);
        assertThat(goals.year(2023).submission("VE", 6)).isEmpty();
        entries.markSubmitted("VE", june, USER);
        assertThat(jdbc.sql(
                                "select max(version) from unit_month_submission where unit_code = 'VE' and year = 2023 and month = 6")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theDemoCarriesTheReportsUnitColoursOfAugust2021AsReported() {
        GoalYear year = goals.year(2021);
        assertThat(year.reportedUnit(1, "BUE", 8))
                .hasValueSatisfying(r -> assertThat(r.assessment()).isEqualTo(Assessment.GREEN));
        assertThat(year.reportedUnits()).hasSize(40);
        assertThat(year.unitCodes())
                .allSatisfy(unit -> assertThat(year.unitDiffers(1, unit, 8)).isFalse());
    }

    private List<Integer> versions(long indicatorId, int year, int month) {
        return jdbc.sql(
                        "select version from indicator_outcome where indicator_id = ? and year = ? and month = ? order by version")
                .params(indicatorId, year, month)
                .query(Integer.class)
                .list();
    }

    private long changes() {
        return jdbc.sql("select count(*) from change_log").query(Long.class).single();
    }
}
