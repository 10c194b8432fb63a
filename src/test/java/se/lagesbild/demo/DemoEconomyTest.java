package se.lagesbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lagesbild.economy.AmountFact;
import se.lagesbild.economy.EconomyService;
import se.lagesbild.economy.FactKind;
import se.lagesbild.support.LagesbildTest;
import se.lagesbild.support.ReferenceCsv;

/**
 * The demo economy as the year pack loaded it: the synthetic months are consistent with the exact
 * August 2021 figures they were spread from (demo/economy-2021-08.csv, tools/demo-economy/solve.py).
 */
@LagesbildTest
class DemoEconomyTest {

    /** One row of the solver's August 2021 output: cumulative and full-year amounts of a cell. */
    record Cell(
            String activity,
            String costType,
            BigDecimal actualJanAug,
            BigDecimal budgetJanAug,
            BigDecimal budgetYear,
            BigDecimal forecastAug,
            BigDecimal forecastJul) {}

    @Autowired
    EconomyService economy;

    private final List<Cell> august = ReferenceCsv.read("/demo/economy-2021-08.csv").stream()
            .map(r -> new Cell(
                    r.get("activity"),
                    r.get("cost_type"),
                    new BigDecimal(r.get("actual_jan_aug")),
                    new BigDecimal(r.get("budget_jan_aug")),
                    new BigDecimal(r.get("budget_year")),
                    new BigDecimal(r.get("forecast_aug")),
                    new BigDecimal(r.get("forecast_jul"))))
            .toList();

    @Test
    void monthlyUtfallAddsUpToTheCumulativeAugustFigure() {
        Map<AmountFact.Key, BigDecimal> actuals = economy.current(FactKind.ACTUAL, 2021);
        Map<String, BigDecimal> janAug = sum(actuals, k -> k.month() <= 8);
        for (Cell cell : august) {
            assertThat(janAug.getOrDefault(key(cell), BigDecimal.ZERO))
                    .as(key(cell))
                    .isEqualByComparingTo(cell.actualJanAug());
        }
        assertThat(actuals.keySet()).noneMatch(k -> k.month() > 8);
    }

    @Test
    void ifoBudgetIsLinearAndCaisHasAProfile() {
        Map<AmountFact.Key, BigDecimal> budgets = economy.current(FactKind.BUDGET, 2021);
        for (Cell cell : august) {
            List<BigDecimal> months = budgets.entrySet().stream()
                    .filter(e -> key(e.getKey()).equals(key(cell)))
                    .sorted(Comparator.comparingInt(e -> e.getKey().month()))
                    .map(Map.Entry::getValue)
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
                BigDecimal twelfth = cell.budgetYear().divide(BigDecimal.valueOf(12), 3, RoundingMode.HALF_UP);
                // a twelfth to the kronor: the remainder of the division lands in single months
                assertThat(months)
                        .as(key(cell))
                        .hasSize(12)
                        .allSatisfy(m ->
                                assertThat(m.subtract(twelfth).abs()).isLessThanOrEqualTo(new BigDecimal("0.005")));
            }
        }
    }

    @Test
    void forecastRoundsEndInTheJulyAndAugustForecastsAndKeepTheirSign() {
        Map<AmountFact.Key, BigDecimal> forecasts = economy.current(FactKind.FORECAST, 2021);
        for (Cell cell : august) {
            Map<Integer, BigDecimal> rounds = forecasts.entrySet().stream()
                    .filter(e -> key(e.getKey()).equals(key(cell)))
                    .collect(Collectors.toMap(e -> e.getKey().month(), Map.Entry::getValue));
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
        assertThat(economy.current(FactKind.FORECAST, 2020).keySet().stream()
                        .map(AmountFact.Key::month)
                        .distinct())
                .hasSize(12);
    }

    private static Map<String, BigDecimal> sum(
            Map<AmountFact.Key, BigDecimal> facts, Predicate<AmountFact.Key> filter) {
        return facts.entrySet().stream()
                .filter(e -> filter.test(e.getKey()))
                .collect(Collectors.toMap(e -> key(e.getKey()), Map.Entry::getValue, BigDecimal::add));
    }

    private static String key(AmountFact.Key key) {
        return key.activityCode() + "/" + key.costTypeCode();
    }

    private static String key(Cell cell) {
        return cell.activity() + "/" + cell.costType();
    }
}
