package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.importing.ImportFiles;
import se.lagesbild.investigations.DeadlineExtension;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationRules;
import se.lagesbild.investigations.TargetGroup;
import se.lagesbild.support.LagesbildTest;

/**
 * The demo's investigations as the year pack's case export loaded them (the current version of every
 * case), built around the reference report (delårsrapport 2 2021, investigations.csv). The demo's
 * "today" is 2021-08-31, the day of the export.
 */
@LagesbildTest
class DemoInvestigationsTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 8, 31);
    private static final String EXPORT = "utredningar-2021-08-31.csv";

    @Autowired
    JdbcClient jdbc;

    private static List<Investigation> all;

    @BeforeEach
    void readStoredCases() {
        if (all == null) {
            all = stored(jdbc);
        }
    }

    /** The current version of every case the demo's case export stored, with its extensions. */
    static List<Investigation> stored(JdbcClient jdbc) {
        String fromTheExport = " from investigation i"
                + " join investigation_current c on c.investigation_id = i.id"
                + " join import_log l on l.id = i.import_id and l.file_name = :export";
        Map<Long, List<DeadlineExtension>> extensions = new HashMap<>();
        jdbc.sql("""
                        select e.investigation_id, e.decided, e.new_deadline, e.reason_code
                        from investigation_extension e
                        where e.investigation_id in (select i.id """ + fromTheExport + """
                        ) order by e.decided""")
                .param("export", EXPORT)
                .query((rs, n) -> {
                    extensions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DeadlineExtension(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    rs.getString(4)));
                    return null;
                })
                .list();
        return jdbc.sql("""
                        select i.id, i.reference, i.unit_code, i.target_group, i.opened, i.closed """ + fromTheExport)
                .param("export", EXPORT)
                .query((rs, n) -> new Investigation(
                        rs.getString(2),
                        rs.getString(3),
                        TargetGroup.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        List.copyOf(extensions.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    private List<Investigation> unit(String unitCode) {
        return all.stream().filter(i -> i.unitCode().equals(unitCode)).toList();
    }

    private long ongoing(String unitCode, String from, String to) {
        return unit(unitCode).stream()
                .filter(i -> InvestigationRules.isOpenDuring(i, LocalDate.parse(from), LocalDate.parse(to)))
                .count();
    }

    private List<Investigation> closedIn(String unitCode, YearMonth month) {
        return unit(unitCode).stream()
                .filter(i -> InvestigationRules.isClosedDuring(i, month.atDay(1), month.atEndOfMonth()))
                .toList();
    }

    /** Andel sena in % with one decimal, as the dashboard shows it. */
    private BigDecimal lateShare(String unitCode, YearMonth month) {
        List<Investigation> closed = closedIn(unitCode, month);
        long late = closed.stream().filter(InvestigationRules::isLate).count();
        return BigDecimal.valueOf(late * 100).divide(BigDecimal.valueOf(closed.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal increase(long current, long previous) {
        return BigDecimal.valueOf((current - previous) * 100)
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    @Test
    void reproducesOngoingInvestigationsOfTheReport() {
        assertThat(ongoing("BUE", "2020-01-01", "2020-08-31")).isEqualTo(612);
        assertThat(ongoing("BUE", "2021-01-01", "2021-08-31")).isEqualTo(641);
        assertThat(ongoing("VE", "2020-01-01", "2020-08-31")).isEqualTo(195);
        assertThat(ongoing("VE", "2021-01-01", "2021-08-31")).isEqualTo(233);
        assertThat(increase(641, 612)).isEqualByComparingTo("4.7");
        assertThat(increase(233, 195)).isEqualByComparingTo("19.5");
    }

    @Test
    void reproducesTheShareOfLateInvestigationsOfTheReport() {
        assertThat(lateShare("BUE", YearMonth.of(2021, 1))).isEqualByComparingTo("68.0");
        assertThat(lateShare("BUE", YearMonth.of(2021, 8))).isEqualByComparingTo("16.0");
    }

    @Test
    void theShareOfLateInvestigationsFallsThrough2021() {
        List<BigDecimal> shares = new ArrayList<>();
        for (int month = 1; month <= 8; month++) {
            shares.add(lateShare("BUE", YearMonth.of(2021, month)));
        }
        assertThat(shares).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(shares).doesNotHaveDuplicates();
    }

    @Test
    void otherMonthsArePlausible() {
        for (YearMonth month = YearMonth.of(2020, 1);
                !month.isAfter(YearMonth.of(2021, 8));
                month = month.plusMonths(1)) {
            assertThat(closedIn("BUE", month)).as("BUE avslutade %s", month).hasSizeBetween(30, 75);
            assertThat(closedIn("VE", month)).as("VE avslutade %s", month).hasSizeBetween(8, 35);
        }
        for (int month = 1; month <= 12; month++) {
            assertThat(lateShare("BUE", YearMonth.of(2020, month)))
                    .as("BUE andel sena 2020-%02d", month)
                    .isBetween(new BigDecimal("40"), new BigDecimal("80"));
        }
        for (int month = 1; month <= 8; month++) {
            assertThat(lateShare("VE", YearMonth.of(2021, month)))
                    .as("VE andel sena 2021-%02d", month)
                    .isLessThan(lateShare("VE", YearMonth.of(2020, 2)));
        }
    }

    @Test
    void everyCaseIsValidAsOfTheDemoToday() {
        assertThat(all).allSatisfy(i -> {
            assertThat(InvestigationRules.validate(i, TODAY)).as(i.reference()).isEmpty();
            assertThat(i.opened()).isBetween(LocalDate.of(2019, 9, 1), TODAY);
        });
    }

    @Test
    void referencesAreUniqueAndOpaque() {
        Pattern personalIdentityNumber = Pattern.compile("(19|20)?\\d{6}[-+]?\\d{4}");
        assertThat(all)
                .extracting(Investigation::reference)
                .doesNotHaveDuplicates()
                .allMatch(r -> r.matches("U-[0-9A-F]{8}"))
                .noneMatch(r -> personalIdentityNumber.matcher(r).find());
    }

    @Test
    void theExportIsOrderedByOpeningDayThenReference() throws IOException {
        Resource export = DemoDataLoader.yearPack().stream()
                .filter(r -> EXPORT.equals(r.getFilename()))
                .findFirst()
                .orElseThrow();
        List<List<String>> rows;
        try (InputStream in = export.getInputStream()) {
            rows = ImportFiles.rows(in.readAllBytes());
        }
        // opened (column 4), then reference (column 1), as ISO dates sort
        List<String> keys = rows.subList(1, rows.size()).stream()
                .map(r -> r.get(3) + " " + r.get(0))
                .toList();
        assertThat(keys).hasSize(all.size()).isSorted();
    }

    @Test
    void unitsHaveTheirTargetGroups() {
        assertThat(all).extracting(Investigation::unitCode).containsOnly("BUE", "VE");
        assertThat(unit("BUE")).allMatch(i -> i.targetGroup() == TargetGroup.CHILDREN_AND_YOUTH);
        assertThat(unit("VE")).allMatch(i -> i.targetGroup() == TargetGroup.ADULTS);
    }

    @Test
    void aboutOneInTwentyCasesIsExtendedBeforeItsOriginalDeadline() {
        List<Investigation> extended =
                all.stream().filter(i -> !i.extensions().isEmpty()).toList();
        assertThat(extended.size() * 100.0 / all.size()).isBetween(3.0, 7.0);
        assertThat(extended).allSatisfy(i -> {
            assertThat(i.extensions()).hasSize(1);
            DeadlineExtension extension = i.extensions().getFirst();
            LocalDate original = i.opened().plus(InvestigationRules.STATUTORY_PERIOD);
            assertThat(extension.decided()).isBefore(original);
            assertThat(extension.newDeadline()).isIn(original.plusMonths(1), original.plusMonths(2));
            assertThat(extension.reasonCode()).isIn("KOMPLETTERING", "SARSKILDA_SKAL");
        });
        assertThat(extended).anyMatch(InvestigationRules::isLate);
        assertThat(extended)
                .anyMatch(i -> i.closed() != null
                        && !InvestigationRules.isLate(i)
                        && i.closed().isAfter(i.opened().plus(InvestigationRules.STATUTORY_PERIOD)));
    }

    @Test
    void hasOpenCasesAtTheDemoToday() {
        assertThat(unit("BUE")).filteredOn(i -> i.closed() == null).hasSizeGreaterThan(50);
        assertThat(unit("VE")).filteredOn(i -> i.closed() == null).hasSizeGreaterThan(10);
        assertThat(all).anyMatch(i -> InvestigationRules.isOverdue(i, TODAY));
    }
}
