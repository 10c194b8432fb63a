package se.lagesbild.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.lagesbild.organisation.Activity;
import se.lagesbild.organisation.OrganisationService;
import se.lagesbild.support.LagesbildTest;

/** The economy's arithmetic and versioning on MariaDB, in 2019, a year the demo data leaves empty. */
@LagesbildTest
class EconomyServiceTest {

    @Autowired
    EconomyService economy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisation;

    @Test
    void aCorrectionIsANewVersionAndReadsTakeTheLatest() {
        record(FactKind.ACTUAL, new AmountFact(2019, 2, "EKB", "GRANTS", new BigDecimal("-100.250")));
        record(FactKind.ACTUAL, new AmountFact(2019, 2, "EKB", "GRANTS", new BigDecimal("-120.750")));
        Figures figures =
                economy.report(YearMonth.of(2019, 2)).line("EKB").orElseThrow().figures();
        assertThat(figures.actual()).isEqualByComparingTo("-120.750");
        List<Integer> versions = jdbc.sql("""
                select version from actual_fact where year = 2019 and month = 2 and activity_code = 'EKB'
                and cost_type = 'GRANTS' order by version""").query(Integer.class).list();
        assertThat(versions).containsExactly(1, 2);
        assertThat(jdbc.sql(
                                "select amount_tkr from actual_fact where year = 2019 and version = 1 and activity_code = 'EKB'")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("-100.250");
    }

    @Test
    void deviationsAndForecastChangeAreComputedFromTheFacts() {
        record(
                FactKind.BUDGET,
                new AmountFact(2019, 1, "SOCPSYK", "PERSONNEL", new BigDecimal("-1000")),
                new AmountFact(2019, 2, "SOCPSYK", "PERSONNEL", new BigDecimal("-1000")),
                new AmountFact(2019, 12, "SOCPSYK", "PERSONNEL", new BigDecimal("-1000")));
        record(
                FactKind.ACTUAL,
                new AmountFact(2019, 1, "SOCPSYK", "PERSONNEL", new BigDecimal("-900")),
                new AmountFact(2019, 2, "SOCPSYK", "PERSONNEL", new BigDecimal("-1300")),
                new AmountFact(2019, 3, "SOCPSYK", "PERSONNEL", new BigDecimal("-5000")));
        record(
                FactKind.FORECAST,
                new AmountFact(2019, 1, "SOCPSYK", "PERSONNEL", new BigDecimal("-3000")),
                new AmountFact(2019, 2, "SOCPSYK", "PERSONNEL", new BigDecimal("-3250")));

        EconomyReport february = economy.report(YearMonth.of(2019, 2));
        assertThat(february.forecastRound()).isEqualTo(2);
        assertThat(february.previousRound()).isEqualTo(1);
        Figures figures = february.line("SOCPSYK").orElseThrow().figures();
        assertThat(figures.actual()).isEqualByComparingTo("-2200");
        assertThat(figures.budget()).isEqualByComparingTo("-2000");
        assertThat(figures.deviation()).isEqualByComparingTo("-200");
        assertThat(figures.deviationPercent()).isEqualByComparingTo("-10");
        assertThat(figures.budgetYear()).isEqualByComparingTo("-3000");
        assertThat(figures.deviationYear()).isEqualByComparingTo("-250");
        assertThat(figures.forecastChange()).isEqualByComparingTo("-250");

        Figures january = economy.report(YearMonth.of(2019, 1))
                .line("SOCPSYK")
                .orElseThrow()
                .figures();
        assertThat(january.actual()).isEqualByComparingTo("-900");
        assertThat(january.previousForecast()).isNull();
        assertThat(january.forecastChange()).isNull();
    }

    @Test
    void aYearStartsFromJanuaryAndAnEmptyYearHasNoForecast() {
        EconomyReport report = economy.report(YearMonth.of(2018, 6));
        assertThat(report.forecastRound()).isNull();
        assertThat(report.committee().figures().actual()).isEqualByComparingTo("0");
        assertThat(report.committee().figures().deviationYear()).isNull();
        // January 2021 holds January only, not the end of 2020.
        Figures january2021 = economy.report(YearMonth.of(2021, 1)).committee().figures();
        Figures december2020 =
                economy.report(YearMonth.of(2020, 12)).committee().figures();
        assertThat(january2021.actual().abs().multiply(BigDecimal.valueOf(6)))
                .isLessThan(december2020.actual().abs());
    }

    @Test
    void aVerksamhetThatExistsOnlySomeYearsIsListedOnlyInThoseYears() {
        organisation.addActivity(new Activity("TILLFALLIG", "IFO", "Tillfälligt projekt", 9, 2019, 2019), "admin");
        record(FactKind.ACTUAL, new AmountFact(2019, 4, "TILLFALLIG", "PERSONNEL", new BigDecimal("-42")));
        EconomyReport in2019 = economy.report(YearMonth.of(2019, 4));
        assertThat(in2019.line("TILLFALLIG").orElseThrow().figures().actual()).isEqualByComparingTo("-42");
        assertThat(in2019.line("IFO").orElseThrow().children()).hasSize(9);
        EconomyReport in2021 = economy.report(YearMonth.of(2021, 8));
        assertThat(in2021.line("TILLFALLIG")).isEmpty();
        assertThat(in2021.line("IFO").orElseThrow().children()).hasSize(8);
    }

    private void record(FactKind kind, AmountFact... facts) {
        economy.record(kind, List.of(facts), "change.economy.actual", "test", "service test", null);
    }
}
