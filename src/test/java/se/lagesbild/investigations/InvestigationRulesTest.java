package se.lagesbild.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lagesbild.investigations.InvestigationRules.Problem.CLOSED_BEFORE_OPENED;
import static se.lagesbild.investigations.InvestigationRules.Problem.CLOSED_IN_FUTURE;
import static se.lagesbild.investigations.InvestigationRules.Problem.EXTENSION_DECIDED_BEFORE_OPENED;
import static se.lagesbild.investigations.InvestigationRules.Problem.EXTENSION_DECIDED_IN_FUTURE;
import static se.lagesbild.investigations.InvestigationRules.Problem.EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE;
import static se.lagesbild.investigations.InvestigationRules.Problem.OPENED_IN_FUTURE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvestigationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 8, 31);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Investigation investigation(String opened, String closed, DeadlineExtension... extensions) {
        return new Investigation(
                "U-0000ABCD",
                "BUE",
                TargetGroup.CHILDREN_AND_YOUTH,
                day(opened),
                closed == null ? null : day(closed),
                List.of(extensions));
    }

    private static DeadlineExtension extension(String decided, String newDeadline) {
        return new DeadlineExtension(day(decided), day(newDeadline), "KOMPLETTERING");
    }

    @Nested
    class Deadline {

        @Test
        void statutoryPeriodIsFourMonths() {
            assertThat(InvestigationRules.STATUTORY_PERIOD).isEqualTo(Period.ofMonths(4));
        }

        @Test
        void isFourMonthsAfterOpening() {
            assertThat(investigation("2021-01-15", null).deadline()).isEqualTo(day("2021-05-15"));
        }

        @Test
        void clampsToTheMonthEnd() {
            assertThat(InvestigationRules.deadline(day("2021-10-31"), List.of()))
                    .isEqualTo(day("2022-02-28"));
            assertThat(InvestigationRules.deadline(day("2020-10-31"), List.of()))
                    .isEqualTo(day("2021-02-28"));
            assertThat(InvestigationRules.deadline(day("2021-05-31"), List.of()))
                    .isEqualTo(day("2021-09-30"));
        }

        @Test
        void clampsToTheLeapDay() {
            assertThat(InvestigationRules.deadline(day("2019-10-31"), List.of()))
                    .isEqualTo(day("2020-02-29"));
            assertThat(InvestigationRules.deadline(day("2019-10-29"), List.of()))
                    .isEqualTo(day("2020-02-29"));
        }

        @Test
        void isMovedByAnExtension() {
            Investigation extended = investigation("2021-01-10", null, extension("2021-04-01", "2021-06-10"));
            assertThat(extended.deadline()).isEqualTo(day("2021-06-10"));
        }

        @Test
        void followsTheLatestDecisionWhateverTheOrder() {
            DeadlineExtension first = extension("2021-04-01", "2021-07-10");
            DeadlineExtension second = extension("2021-06-01", "2021-08-10");
            assertThat(investigation("2021-01-10", null, first, second).deadline())
                    .isEqualTo(day("2021-08-10"));
            assertThat(investigation("2021-01-10", null, second, first).deadline())
                    .isEqualTo(day("2021-08-10"));
        }

        @Test
        void followsTheLatestDecisionEvenWhenItShortensTheDeadline() {
            DeadlineExtension longer = extension("2021-04-01", "2021-08-10");
            DeadlineExtension laterButShorter = extension("2021-06-01", "2021-07-10");
            assertThat(investigation("2021-01-10", null, longer, laterButShorter)
                            .deadline())
                    .isEqualTo(day("2021-07-10"));
        }

        @Test
        void takesTheLaterNewDeadlineOfTwoDecisionsTheSameDay() {
            DeadlineExtension shorter = extension("2021-04-01", "2021-06-10");
            DeadlineExtension longer = extension("2021-04-01", "2021-07-10");
            assertThat(investigation("2021-01-10", null, longer, shorter).deadline())
                    .isEqualTo(day("2021-07-10"));
            assertThat(investigation("2021-01-10", null, shorter, longer).deadline())
                    .isEqualTo(day("2021-07-10"));
        }
    }

    @Nested
    class Late {

        @Test
        void closedTheDayItWasOpenedIsNotLate() {
            assertThat(InvestigationRules.isLate(investigation("2021-03-03", "2021-03-03")))
                    .isFalse();
        }

        @Test
        void closedOnTheDeadlineIsNotLate() {
            assertThat(InvestigationRules.isLate(investigation("2021-01-15", "2021-05-15")))
                    .isFalse();
        }

        @Test
        void closedTheDayAfterTheDeadlineIsLate() {
            assertThat(InvestigationRules.isLate(investigation("2021-01-15", "2021-05-16")))
                    .isTrue();
        }

        @Test
        void usesTheClampedDeadlineAtMonthEnds() {
            assertThat(InvestigationRules.isLate(investigation("2021-10-31", "2022-02-28")))
                    .isFalse();
            assertThat(InvestigationRules.isLate(investigation("2021-10-31", "2022-03-01")))
                    .isTrue();
            assertThat(InvestigationRules.isLate(investigation("2019-10-31", "2020-02-29")))
                    .isFalse();
            assertThat(InvestigationRules.isLate(investigation("2019-10-31", "2020-03-01")))
                    .isTrue();
        }

        @Test
        void isJudgedAgainstTheExtendedDeadline() {
            DeadlineExtension extension = extension("2021-04-01", "2021-06-10");
            assertThat(InvestigationRules.isLate(investigation("2021-01-10", "2021-05-20", extension)))
                    .isFalse();
            assertThat(InvestigationRules.isLate(investigation("2021-01-10", "2021-06-10", extension)))
                    .isFalse();
            assertThat(InvestigationRules.isLate(investigation("2021-01-10", "2021-06-11", extension)))
                    .isTrue();
        }

        @Test
        void isJudgedAgainstTheLatestOfTwoExtensions() {
            DeadlineExtension first = extension("2021-04-01", "2021-06-10");
            DeadlineExtension second = extension("2021-06-01", "2021-07-10");
            assertThat(InvestigationRules.isLate(investigation("2021-01-10", "2021-07-10", first, second)))
                    .isFalse();
            assertThat(InvestigationRules.isLate(investigation("2021-01-10", "2021-07-12", second, first)))
                    .isTrue();
        }

        @Test
        void anOpenInvestigationIsNeverLate() {
            assertThat(InvestigationRules.isLate(investigation("2019-09-02", null)))
                    .isFalse();
        }
    }

    @Nested
    class Overdue {

        private final Investigation open = investigation("2021-01-15", null);

        @Test
        void notOnTheDeadlineButTheDayAfter() {
            assertThat(InvestigationRules.isOverdue(open, day("2021-05-15"))).isFalse();
            assertThat(InvestigationRules.isOverdue(open, day("2021-05-16"))).isTrue();
        }

        @Test
        void whenClosedLaterThanTheDay() {
            Investigation closedLater = investigation("2021-01-15", "2021-06-30");
            assertThat(InvestigationRules.isOverdue(closedLater, day("2021-06-29")))
                    .isTrue();
            assertThat(InvestigationRules.isOverdue(closedLater, day("2021-06-30")))
                    .isFalse();
            assertThat(InvestigationRules.isOverdue(closedLater, day("2021-07-01")))
                    .isFalse();
        }

        @Test
        void notWhenClosedInTime() {
            assertThat(InvestigationRules.isOverdue(investigation("2021-01-15", "2021-03-01"), day("2021-08-31")))
                    .isFalse();
        }

        @Test
        void respectsExtensions() {
            Investigation extended = investigation("2021-01-15", null, extension("2021-04-01", "2021-07-15"));
            assertThat(InvestigationRules.isOverdue(extended, day("2021-07-15")))
                    .isFalse();
            assertThat(InvestigationRules.isOverdue(extended, day("2021-07-16")))
                    .isTrue();
        }
    }

    @Nested
    class OpenDuring {

        private final LocalDate from = day("2021-01-01");
        private final LocalDate to = day("2021-08-31");

        @Test
        void whenOpenedOnTheLastDay() {
            assertThat(InvestigationRules.isOpenDuring(investigation("2021-08-31", null), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isOpenDuring(investigation("2021-09-01", null), from, to))
                    .isFalse();
        }

        @Test
        void whenClosedOnTheFirstDay() {
            assertThat(InvestigationRules.isOpenDuring(investigation("2020-10-01", "2021-01-01"), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isOpenDuring(investigation("2020-10-01", "2020-12-31"), from, to))
                    .isFalse();
        }

        @Test
        void whenOpenedAndClosedTheSameDayInside() {
            Investigation sameDay = investigation("2021-03-03", "2021-03-03");
            assertThat(InvestigationRules.isOpenDuring(sameDay, from, to)).isTrue();
            assertThat(InvestigationRules.isOpenDuring(sameDay, day("2021-03-03"), day("2021-03-03")))
                    .isTrue();
            assertThat(InvestigationRules.isOpenDuring(sameDay, day("2021-03-04"), day("2021-03-31")))
                    .isFalse();
            assertThat(InvestigationRules.isOpenedDuring(sameDay, day("2021-03-01"), day("2021-03-31")))
                    .isTrue();
            assertThat(InvestigationRules.isClosedDuring(sameDay, day("2021-03-01"), day("2021-03-31")))
                    .isTrue();
        }

        @Test
        void aCaseSpanningTheYearEndCountsInBothYearsPeriods() {
            Investigation spanning = investigation("2020-08-15", "2021-01-20");
            assertThat(InvestigationRules.isOpenDuring(spanning, day("2020-01-01"), day("2020-08-31")))
                    .isTrue();
            assertThat(InvestigationRules.isOpenDuring(spanning, from, to)).isTrue();
            assertThat(InvestigationRules.isOpenDuring(spanning, day("2020-12-01"), day("2020-12-31")))
                    .isTrue();
        }

        @Test
        void aStillOpenCaseCountsInEveryPeriodFromItsOpening() {
            Investigation open = investigation("2020-06-10", null);
            assertThat(InvestigationRules.isOpenDuring(open, day("2020-01-01"), day("2020-08-31")))
                    .isTrue();
            assertThat(InvestigationRules.isOpenDuring(open, from, to)).isTrue();
            assertThat(InvestigationRules.isOpenDuring(open, day("2020-01-01"), day("2020-06-09")))
                    .isFalse();
            assertThat(InvestigationRules.isClosedDuring(open, from, to)).isFalse();
        }

        @Test
        void countsOnceInAMultiMonthPeriodButInEachMonth() {
            List<Investigation> cases =
                    List.of(investigation("2021-02-01", "2021-05-20"), investigation("2021-04-12", null));
            assertThat(cases.stream().filter(i -> InvestigationRules.isOpenDuring(i, from, to)))
                    .hasSize(2);
            assertThat(cases.stream()
                            .filter(i -> InvestigationRules.isOpenDuring(i, day("2021-04-01"), day("2021-04-30"))))
                    .hasSize(2);
            assertThat(cases.stream()
                            .filter(i -> InvestigationRules.isOpenDuring(i, day("2021-03-01"), day("2021-03-31"))))
                    .hasSize(1);
        }
    }

    @Nested
    class OpenedAndClosedDuring {

        @Test
        void includeBothEndsOfThePeriod() {
            LocalDate from = day("2021-03-01");
            LocalDate to = day("2021-03-31");
            assertThat(InvestigationRules.isOpenedDuring(investigation("2021-03-01", null), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isOpenedDuring(investigation("2021-03-31", null), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isOpenedDuring(investigation("2021-02-28", null), from, to))
                    .isFalse();
            assertThat(InvestigationRules.isOpenedDuring(investigation("2021-04-01", null), from, to))
                    .isFalse();
            assertThat(InvestigationRules.isClosedDuring(investigation("2021-01-01", "2021-03-01"), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isClosedDuring(investigation("2021-01-01", "2021-03-31"), from, to))
                    .isTrue();
            assertThat(InvestigationRules.isClosedDuring(investigation("2021-01-01", "2021-02-28"), from, to))
                    .isFalse();
            assertThat(InvestigationRules.isClosedDuring(investigation("2021-01-01", "2021-04-01"), from, to))
                    .isFalse();
        }
    }

    @Nested
    class Validate {

        @Test
        void acceptsAValidInvestigation() {
            assertThat(InvestigationRules.validate(
                            investigation("2021-01-10", "2021-06-01", extension("2021-04-01", "2021-06-10")), TODAY))
                    .isEmpty();
            assertThat(InvestigationRules.validate(investigation("2021-08-31", null), TODAY))
                    .isEmpty();
            assertThat(InvestigationRules.validate(investigation("2021-03-03", "2021-03-03"), TODAY))
                    .isEmpty();
        }

        @Test
        void findsClosedBeforeOpened() {
            assertThat(InvestigationRules.validate(investigation("2021-03-03", "2021-03-02"), TODAY))
                    .containsExactly(CLOSED_BEFORE_OPENED);
        }

        @Test
        void findsDatesInTheFuture() {
            assertThat(InvestigationRules.validate(investigation("2021-09-01", null), TODAY))
                    .containsExactly(OPENED_IN_FUTURE);
            assertThat(InvestigationRules.validate(investigation("2021-06-01", "2021-09-01"), TODAY))
                    .containsExactly(CLOSED_IN_FUTURE);
            assertThat(InvestigationRules.validate(
                            investigation("2021-06-01", null, extension("2021-09-01", "2021-11-01")), TODAY))
                    .containsExactly(EXTENSION_DECIDED_IN_FUTURE);
        }

        @Test
        void findsAnExtensionDecidedBeforeOpening() {
            assertThat(InvestigationRules.validate(
                            investigation("2021-03-01", null, extension("2021-02-01", "2021-08-01")), TODAY))
                    .containsExactly(EXTENSION_DECIDED_BEFORE_OPENED);
        }

        @Test
        void findsAnExtensionThatDoesNotMoveTheDeadlineLater() {
            // Statutory deadline 2021-05-10: a new deadline on or before it extends nothing.
            assertThat(InvestigationRules.validate(
                            investigation("2021-01-10", null, extension("2021-04-01", "2021-05-10")), TODAY))
                    .containsExactly(EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE);
            assertThat(InvestigationRules.validate(
                            investigation("2021-01-10", null, extension("2021-04-01", "2021-05-11")), TODAY))
                    .isEmpty();
        }

        @Test
        void comparesASecondExtensionWithTheFirst() {
            DeadlineExtension first = extension("2021-04-01", "2021-07-10");
            assertThat(InvestigationRules.validate(
                            investigation("2021-01-10", null, extension("2021-06-01", "2021-07-10"), first), TODAY))
                    .containsExactly(EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE);
            assertThat(InvestigationRules.validate(
                            investigation("2021-01-10", null, extension("2021-06-01", "2021-08-10"), first), TODAY))
                    .isEmpty();
        }

        @Test
        void reportsSeveralProblemsOnceEach() {
            assertThat(InvestigationRules.validate(
                            investigation(
                                    "2021-09-10",
                                    "2021-09-01",
                                    extension("2021-09-05", "2021-09-06"),
                                    extension("2021-09-07", "2021-09-06")),
                            TODAY))
                    .containsExactly(
                            CLOSED_BEFORE_OPENED,
                            OPENED_IN_FUTURE,
                            CLOSED_IN_FUTURE,
                            EXTENSION_DECIDED_BEFORE_OPENED,
                            EXTENSION_DECIDED_IN_FUTURE,
                            EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE);
        }
    }

    @Nested
    class InvestigationRecord {

        @Test
        void copiesTheExtensions() {
            List<DeadlineExtension> extensions = new ArrayList<>(List.of(extension("2021-04-01", "2021-06-10")));
            Investigation investigation = new Investigation(
                    "U-0000ABCD", "BUE", TargetGroup.CHILDREN_AND_YOUTH, day("2021-01-10"), null, extensions);
            extensions.add(extension("2021-05-01", "2021-08-10"));
            assertThat(investigation.extensions()).hasSize(1);
            assertThat(investigation.deadline()).isEqualTo(day("2021-06-10"));
        }

        @Test
        void readsNoExtensionsAsEmpty() {
            Investigation investigation =
                    new Investigation("U-0000ABCD", "VE", TargetGroup.ADULTS, day("2021-01-10"), null, null);
            assertThat(investigation.extensions()).isEmpty();
            assertThat(investigation.deadline()).isEqualTo(day("2021-05-10"));
        }

        @Test
        void targetGroupsHaveSwedishLabels() {
            assertThat(TargetGroup.CHILDREN_AND_YOUTH.swedishLabel()).isEqualTo("barn och unga");
            assertThat(TargetGroup.ADULTS.swedishLabel()).isEqualTo("vuxna");
        }
    }
}
