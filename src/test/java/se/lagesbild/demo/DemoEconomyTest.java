package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.lagesbild.economy.AmountFact;

/** The synthetic months are consistent with the August 2021 figures they are spread from. */
class DemoEconomyTest {

    private final DemoEconomy.Facts facts = DemoEconomy.generate();
    private final List<DemoEconomy.Cell> august = DemoEconomy.august2021();

    @Test
    void monthlyUtfallAddsUpToTheCumulativeAugustFigure() {
        Map<String, BigDecimal> janAug = sum(facts.actuals(), f -> f.year() == 2021 && f.month() <= 8);
        for (DemoEconomy.Cell cell : august) {
            assertThat(janAug.getOrDefault(key(cell), BigDecimal.ZERO))
                    .as(key(cell))
                    .isEqualByComparingTo(cell.actualJanAug());
        }
        assertThat(facts.actuals()).noneMatch(f -> f.year() == 2021 && f.month() > 8);
    }

    @Test
    void ifoBudgetIsLinearAndCaisHasAProfile() {
        for (DemoEconomy.Cell cell : august) {
            List<BigDecimal> months = facts.budgets().stream()
                    .filter(f -> f.year() == 2021 && key(f).equals(key(cell)))
                    .sorted(java.util.Comparator.comparingInt(AmountFact::month))
                    .map(AmountFact::amountTkr)
                    .toList();
            if (cell.budgetYear().signum() == 0) {
                assertThat(months).isEmpty();
                continue;
            }
            assertThat(months.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(cell.budgetYear());
            boolean cai = List.of("ARBETSMARKNAD", "INTEGRATION").contains(cell.activity());
            if (cai) {
                assertThat(months.stream().distinct().count()).as(key(cell)).isGreaterThan(3);
            } else {
                BigDecimal twelfth =
                        cell.budgetYear().divide(BigDecimal.valueOf(12), 3, java.math.RoundingMode.HALF_UP);
                // a twelfth to the kronor: the remainder of the division lands in single months
                assertThat(months)
                        .as(key(cell))
                        .allSatisfy(m ->
                                assertThat(m.subtract(twelfth).abs()).isLessThanOrEqualTo(new BigDecimal("0.005")));
            }
        }
    }

    @Test
    void forecastRoundsEndInTheJulyAndAugustForecastsAndKeepTheirSign() {
        for (DemoEconomy.Cell cell : august) {
            Map<Integer, BigDecimal> rounds = facts.forecasts().stream()
                    .filter(f -> f.year() == 2021 && key(f).equals(key(cell)))
                    .collect(Collectors.toMap(AmountFact::month, AmountFact::amountTkr));
            if (cell.forecastAug().signum() != 0) {
                assertThat(rounds.get(8)).isEqualByComparingTo(cell.forecastAug());
            }
            if (cell.forecastJul().signum() != 0) {
                assertThat(rounds.get(7)).isEqualByComparingTo(cell.forecastJul());
            }
            assertThat(rounds.values())
                    .allSatisfy(v ->
                            assertThat(v.signum() * cell.budgetYear().signum()).isNotNegative());
        }
        assertThat(facts.forecasts().stream()
                        .filter(f -> f.year() == 2020)
                        .map(AmountFact::month)
                        .distinct())
                .hasSize(12);
    }

    @Test
    void isDeterministic() {
        assertThat(DemoEconomy.generate()).isEqualTo(facts);
    }

    private static Map<String, BigDecimal> sum(List<AmountFact> list, java.util.function.Predicate<AmountFact> filter) {
        return list.stream()
                .filter(filter)
                .collect(Collectors.toMap(DemoEconomyTest::key, AmountFact::amountTkr, BigDecimal::add));
    }

    private static String key(AmountFact fact) {
        return fact.activityCode() + "/" + fact.costTypeCode();
    }

    private static String key(DemoEconomy.Cell cell) {
        return cell.activity() + "/" + cell.costType();
    }
}
