package se.lagesbild.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.support.LagesbildTest;

/**
 * The SQL of {@link InvestigationRepository} against {@link InvestigationRules} applied in Java:
 * over the demo cases for every month of 2020–2021, and over boundary cases inserted for 2023–2025
 * (years the demo data does not use).
 */
@LagesbildTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationServiceTest {

    private static final List<String> UNITS = List.of("BUE", "VE");

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    InvestigationService service;

    @Autowired
    InvestigationRepository repository;

    @BeforeAll
    void insertBoundaryCases() {
        if (!repository.current(List.of("T-SAMEDAY")).isEmpty()) {
            return;
        }
        List<Investigation> cases = List.of(
                // opened and closed the same day, the last of a month
                bue("T-SAMEDAY", "2024-03-31", "2024-03-31"),
                // closed exactly on the deadline (2024-05-15): in time; a day later: late
                bue("T-ONDEADLINE", "2024-01-15", "2024-05-15"),
                bue("T-DAYAFTER", "2024-01-15", "2024-05-16"),
                // leap year: opened 2023-10-31, deadline 2024-02-29
                bue("T-LEAP-INTIME", "2023-10-31", "2024-02-29"),
                bue("T-LEAP-LATE", "2023-10-31", "2024-03-01"),
                // month ends: opened on the last day of April, closed on the first of June
                bue("T-MONTHEND", "2024-04-30", "2024-06-01"),
                // spanning the year end
                bue("T-YEAREND", "2024-11-15", "2025-02-03"),
                bue("T-DEC31", "2024-12-31", "2025-01-01"),
                // still open, past its deadline from 2025-05-03
                bue("T-OPEN", "2025-01-02", null),
                // extensions: in time by the extension, late after it, two extensions in order
                new Investigation(
                        "T-EXT-INTIME",
                        "VE",
                        TargetGroup.ADULTS,
                        d("2024-01-10"),
                        d("2024-07-10"),
                        List.of(new DeadlineExtension(d("2024-04-01"), d("2024-07-10"), "KOMPLETTERING"))),
                new Investigation(
                        "T-EXT-LATE",
                        "VE",
                        TargetGroup.ADULTS,
                        d("2024-01-10"),
                        d("2024-07-11"),
                        List.of(new DeadlineExtension(d("2024-04-01"), d("2024-07-10"), null))),
                new Investigation(
                        "T-EXT-TWICE",
                        "VE",
                        TargetGroup.ADULTS,
                        d("2024-02-01"),
                        d("2024-08-20"),
                        List.of(
                                new DeadlineExtension(d("2024-05-20"), d("2024-07-01"), "KOMPLETTERING"),
                                new DeadlineExtension(d("2024-06-25"), d("2024-08-20"), "SARSKILDA_SKAL"))),
                new Investigation(
                        "T-EXT-OPEN",
                        "VE",
                        TargetGroup.ADULTS,
                        d("2024-10-01"),
                        null,
                        List.of(new DeadlineExtension(d("2025-01-20"), d("2025-04-01"), "SARSKILDA_SKAL"))));
        service.record(cases, "change.investigations.import", "test", "boundary cases", null);
        // a re-sent case is a new version; only the latest counts
        service.record(
                List.of(bue("T-RESENT", "2024-06-03", "2024-06-04")),
                "change.investigations.import",
                "test",
                "v1",
                null);
        service.record(
                List.of(bue("T-RESENT", "2024-06-03", "2024-12-20")),
                "change.investigations.import",
                "test",
                "v2",
                null);
        // a re-sent case may move to another enhet and month, and from late to in time
        service.record(
                List.of(new Investigation(
                        "T-MOVED", "VE", TargetGroup.ADULTS, d("2024-02-05"), d("2024-09-30"), List.of())),
                "change.investigations.import",
                "test",
                "v1",
                null);
        service.record(
                List.of(bue("T-MOVED", "2024-03-05", "2024-04-01")),
                "change.investigations.import",
                "test",
                "v2",
                null);
    }

    @Test
    void monthlyVolumesEqualTheRulesForEveryMonthOfTheDemoYears() {
        compareMonths(YearMonth.of(2020, 1), YearMonth.of(2021, 12));
    }

    @Test
    void monthlyVolumesEqualTheRulesForTheBoundaryCases() {
        compareMonths(YearMonth.of(2023, 10), YearMonth.of(2025, 12));
    }

    @Test
    void theMonthlyEventsKeptWithEveryVersionEqualACountOfTheCurrentCases() {
        String counted = """
                select unit_code, month, sum(opened) opened, sum(closed) closed, sum(late) late
                  from (select unit_code, year(opened) * 12 + month(opened) - 1 month, 1 opened, 0 closed, 0 late
                          from investigation_current
                        union all
                        select unit_code, year(closed) * 12 + month(closed) - 1, 0, 1, closed > deadline
                          from investigation_current where closed is not null) events
                 group by unit_code, month having opened <> 0 or closed <> 0 or late <> 0
                 order by unit_code, month""";
        String kept = """
                select unit_code, month, opened, closed, late from investigation_month
                 where opened <> 0 or closed <> 0 or late <> 0 order by unit_code, month""";
        org.springframework.jdbc.core.RowMapper<String> row = (rs, i) ->
                String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        assertThat(jdbc.sql(kept).query(row).list())
                .isNotEmpty()
                .isEqualTo(jdbc.sql(counted).query(row).list());
        // the bound the drill lists read closed cases within
        assertThat(jdbc.sql("""
                select count(*) from investigation_current c
                  left join investigation_month m
                    on m.unit_code = c.unit_code and m.month = year(c.opened) * 12 + month(c.opened) - 1
                 where c.closed is not null and datediff(c.closed, c.opened) > coalesce(m.longest_span, -1)""").query(Integer.class).single()).isZero();
    }

    @Test
    void periodsAndOverdueEqualTheRules() {
        List<Investigation> all = repository.all();
        for (int year : List.of(2020, 2021, 2024, 2025)) {
            for (int month = 1; month <= 12; month++) {
                YearMonth period = YearMonth.of(year, month);
                InvestigationFigures figures = service.figures(period);
                for (String unit : UNITS) {
                    LocalDate from = LocalDate.of(year, 1, 1);
                    UnitFigures f = figures.unit(unit).orElseThrow();
                    assertThat(f.yearToDate())
                            .as("%s %s", unit, period)
                            .isEqualTo(expected(all, unit, from, period.atEndOfMonth()));
                    assertThat(f.previousYearToDate())
                            .as("%s %s previous", unit, period)
                            .isEqualTo(expected(
                                    all,
                                    unit,
                                    from.minusYears(1),
                                    period.minusYears(1).atEndOfMonth()));
                    assertThat(f.month(month)).isEqualTo(service.month(unit, period));
                    assertThat(f.previousMonth(month)).isEqualTo(service.month(unit, period.minusYears(1)));
                    LocalDate day = InvestigationService.overdueDay(period);
                    assertThat(f.overdue())
                            .as("%s overdue %s", unit, day)
                            .isEqualTo(all.stream()
                                    .filter(i -> i.unitCode().equals(unit))
                                    .filter(i -> InvestigationRules.isOverdue(i, day))
                                    .count());
                    assertThat(service.overdue(unit, day)).isEqualTo(f.overdue());
                }
            }
        }
    }

    @Test
    void theDrillListsExactlyTheCasesBehindEachFigure() {
        List<Investigation> all = repository.all();
        for (YearMonth month : List.of(
                YearMonth.of(2020, 3),
                YearMonth.of(2021, 1),
                YearMonth.of(2021, 8),
                YearMonth.of(2024, 2),
                YearMonth.of(2024, 3),
                YearMonth.of(2024, 7),
                YearMonth.of(2025, 1),
                YearMonth.of(2025, 6))) {
            for (Measure measure : Measure.values()) {
                for (String unit : java.util.Arrays.asList("BUE", "VE", null)) {
                    LocalDate from = month.atDay(1);
                    LocalDate to =
                            measure == Measure.OVERDUE ? InvestigationService.overdueDay(month) : month.atEndOfMonth();
                    List<String> expected = all.stream()
                            .filter(i -> unit == null || i.unitCode().equals(unit))
                            .filter(i -> measure.holds(i, from, to))
                            .map(Investigation::reference)
                            .sorted()
                            .toList();
                    assertThat(service.cases(unit, measure, month, month).stream()
                                    .map(CaseLine::reference)
                                    .sorted())
                            .as("%s %s %s", unit, measure, month)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
        List<String> ytd = service.cases("BUE", Measure.OPEN, YearMonth.of(2021, 1), YearMonth.of(2021, 8)).stream()
                .map(CaseLine::reference)
                .toList();
        assertThat(ytd).hasSize(641).doesNotHaveDuplicates();
    }

    @Test
    void theDemoDataGivesTheReportsFigures() {
        InvestigationFigures figures = service.figures(YearMonth.of(2021, 8));
        UnitFigures bue = figures.unit("BUE").orElseThrow();
        UnitFigures ve = figures.unit("VE").orElseThrow();
        assertThat(bue.yearToDate().open()).isEqualTo(641);
        assertThat(bue.previousYearToDate().open()).isEqualTo(612);
        assertThat(ve.yearToDate().open()).isEqualTo(233);
        assertThat(ve.previousYearToDate().open()).isEqualTo(195);
        assertThat(bue.month(1).lateSharePercent()).isEqualByComparingTo("68");
        assertThat(bue.month(8).lateSharePercent()).isEqualByComparingTo("16");
        assertThat(bue.month(8).closed()).isEqualTo(50);
        assertThat(service.cases("BUE", Measure.LATE, YearMonth.of(2021, 8), YearMonth.of(2021, 8)))
                .hasSize(8);
        assertThat(figures.total().yearToDate().open()).isEqualTo(641 + 233);
        assertThat(bue.lateShareTarget()).isEqualByComparingTo("10");
    }

    @Test
    void boundaryCasesCountAsDefined() {
        assertThat(service.month("BUE", YearMonth.of(2024, 5)))
                .extracting(Volumes::closedLate)
                .isEqualTo(1);
        List<CaseLine> late = service.cases("BUE", Measure.LATE, YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        assertThat(late)
                .extracting(CaseLine::reference)
                .contains("T-DAYAFTER", "T-LEAP-LATE", "T-RESENT")
                .doesNotContain("T-ONDEADLINE", "T-LEAP-INTIME", "T-SAMEDAY");
        CaseLine dayAfter = late.stream()
                .filter(c -> c.reference().equals("T-DAYAFTER"))
                .findFirst()
                .orElseThrow();
        assertThat(dayAfter.deadline()).isEqualTo(d("2024-05-15"));
        assertThat(dayAfter.daysOverDeadline()).isEqualTo(1);
        assertThat(late.stream()
                        .filter(c -> c.reference().equals("T-LEAP-LATE"))
                        .findFirst()
                        .orElseThrow()
                        .deadline())
                .isEqualTo(d("2024-02-29"));
        List<CaseLine> ve = service.cases("VE", Measure.CLOSED, YearMonth.of(2024, 7), YearMonth.of(2024, 8));
        assertThat(ve)
                .extracting(
                        CaseLine::reference,
                        CaseLine::extendedTo,
                        CaseLine::extensionReason,
                        CaseLine::daysOverDeadline)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("T-EXT-INTIME", d("2024-07-10"), "KOMPLETTERING", null),
                        org.assertj.core.groups.Tuple.tuple("T-EXT-LATE", d("2024-07-10"), null, 1),
                        org.assertj.core.groups.Tuple.tuple("T-EXT-TWICE", d("2024-08-20"), "SARSKILDA_SKAL", null));
        List<CaseLine> overdue = service.cases("BUE", Measure.OVERDUE, YearMonth.of(2025, 6), YearMonth.of(2025, 6));
        assertThat(overdue).extracting(CaseLine::reference).contains("T-OPEN");
        assertThat(overdue.stream()
                        .filter(c -> c.reference().equals("T-OPEN"))
                        .findFirst()
                        .orElseThrow()
                        .daysOverDeadline())
                .isEqualTo(59); // 2025-06-30 minus the deadline 2025-05-02
        assertThat(service.cases("BUE", Measure.OPEN, YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
                .extracting(CaseLine::reference)
                .contains("T-YEAREND", "T-DEC31", "T-OPEN");
        assertThat(service.cases("BUE", Measure.OPENED, YearMonth.of(2024, 5), YearMonth.of(2024, 5)))
                .extracting(CaseLine::reference)
                .doesNotContain("T-MONTHEND");
        assertThat(service.cases("BUE", Measure.OPEN, YearMonth.of(2024, 5), YearMonth.of(2024, 5)))
                .extracting(CaseLine::reference)
                .contains("T-MONTHEND");
    }

    private void compareMonths(YearMonth first, YearMonth last) {
        List<Investigation> all = repository.all();
        List<String> mismatches = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            InvestigationFigures figures = service.figures(YearMonth.of(year, 12));
            for (String unit : UNITS) {
                for (int m = 1; m <= 12; m++) {
                    YearMonth month = YearMonth.of(year, m);
                    if (month.isBefore(first) || month.isAfter(last)) {
                        continue;
                    }
                    Volumes expected = expected(all, unit, month.atDay(1), month.atEndOfMonth());
                    Volumes actual = figures.unit(unit)
                            .map(f -> f.month(month.getMonthValue()))
                            .orElse(Volumes.ZERO);
                    if (!expected.equals(actual) || !expected.equals(service.month(unit, month))) {
                        mismatches.add(unit + " " + month + ": " + actual + " != " + expected);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static Volumes expected(List<Investigation> all, String unit, LocalDate from, LocalDate to) {
        List<Investigation> mine =
                all.stream().filter(i -> i.unitCode().equals(unit)).toList();
        return new Volumes(
                (int) mine.stream()
                        .filter(i -> InvestigationRules.isOpenDuring(i, from, to))
                        .count(),
                (int) mine.stream()
                        .filter(i -> InvestigationRules.isOpenedDuring(i, from, to))
                        .count(),
                (int) mine.stream()
                        .filter(i -> InvestigationRules.isClosedDuring(i, from, to))
                        .count(),
                (int) mine.stream().filter(i -> Measure.LATE.holds(i, from, to)).count());
    }

    @Test
    void theDemoCasesAreStoredAsTheYearPacksCaseExportHasThem() throws IOException {
        List<List<String>> rows =
                ImportFiles.rows(Files.readAllBytes(Path.of("docs/examples/arspaket/utredningar-2021-08-31.csv")));
        assertThat(rows.getFirst())
                .containsExactly(
                        "Ärende",
                        "Enhet",
                        "Målgrupp",
                        "Inledd",
                        "Avslutad",
                        "Beslutsdatum 1",
                        "Förlängd till 1",
                        "Skäl 1");
        List<Investigation> exported = rows.subList(1, rows.size()).stream()
                .map(r -> new Investigation(
                        r.get(0),
                        switch (r.get(1)) {
                            case "Barn- och ungdomsenheten" -> "BUE";
                            case "Vuxenenheten" -> "VE";
                            default -> throw new AssertionError("Unexpected enhet " + r.get(1));
                        },
                        r.get(2).equals("vuxna") ? TargetGroup.ADULTS : TargetGroup.CHILDREN_AND_YOUTH,
                        d(r.get(3)),
                        cell(r, 4).isEmpty() ? null : d(cell(r, 4)),
                        cell(r, 5).isEmpty()
                                ? List.of()
                                : List.of(new DeadlineExtension(d(cell(r, 5)), d(cell(r, 6)), cell(r, 7)))))
                .toList();
        assertThat(exported).hasSize(1739);
        List<Investigation> stored =
                repository
                        .current(exported.stream().map(Investigation::reference).toList())
                        .values()
                        .stream()
                        .map(InvestigationRepository.Stored::investigation)
                        .toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(exported);
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private static Investigation bue(String reference, String opened, String closed) {
        return new Investigation(
                reference,
                "BUE",
                TargetGroup.CHILDREN_AND_YOUTH,
                d(opened),
                closed == null ? null : d(closed),
                List.of());
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
