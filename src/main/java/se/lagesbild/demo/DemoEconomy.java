package se.lagesbild.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import se.lagesbild.economy.AmountFact;

/**
 * The demo economy 2020–2021. August 2021 comes from {@code demo/economy-2021-08.csv}: exact
 * amounts (kronor precision) that reproduce every figure of the reference report when rounded to
 * tkr (see tools/demo-economy/solve.py). All other months are spread from it deterministically:
 * cumulative sums add up to the August figures, forecast rounds move towards the July and August
 * rounds, IFO's budget is linear and CAI's has a seasonal profile. 2020 is derived from 2021.
 */
public final class DemoEconomy {

    /** The facts of one kind, ready to record. */
    public record Facts(List<AmountFact> actuals, List<AmountFact> budgets, List<AmountFact> forecasts) {}

    /** One row of the August 2021 resource: cumulative and full-year amounts of a cell. */
    record Cell(
            String activity,
            String costType,
            BigDecimal actualJanAug,
            BigDecimal budgetJanAug,
            BigDecimal budgetYear,
            BigDecimal forecastAug,
            BigDecimal forecastJul) {}

    private static final Set<String> SEASONAL_BUDGET_ACTIVITIES = Set.of("ARBETSMARKNAD", "INTEGRATION");
    private static final double[] CAI_BUDGET_PROFILE = {
        1.00, 0.95, 1.05, 1.00, 1.00, 1.10, 0.70, 0.90, 1.05, 1.05, 1.05, 1.25
    };
    private static final int SCALE = 3;

    private DemoEconomy() {}

    public static Facts generate() {
        List<AmountFact> actuals = new ArrayList<>();
        List<AmountFact> budgets = new ArrayList<>();
        List<AmountFact> forecasts = new ArrayList<>();
        for (Cell cell : august2021()) {
            year2021(cell, actuals, budgets, forecasts);
            year2020(cell, actuals, budgets, forecasts);
        }
        return new Facts(List.copyOf(actuals), List.copyOf(budgets), List.copyOf(forecasts));
    }

    private static void year2021(
            Cell cell, List<AmountFact> actuals, List<AmountFact> budgets, List<AmountFact> forecasts) {
        SplittableRandom random = random(cell, 2021);
        double[] profile = budgetProfile(cell.activity());
        add(budgets, 2021, 1, cell, spread(cell.budgetJanAug(), slice(profile, 0, 8)));
        add(budgets, 2021, 9, cell, spread(cell.budgetYear().subtract(cell.budgetJanAug()), slice(profile, 8, 12)));
        add(actuals, 2021, 1, cell, spread(cell.actualJanAug(), noisy(random, slice(profile, 0, 8), 0.12)));
        List<BigDecimal> rounds = new ArrayList<>();
        for (int round = 1; round <= 6; round++) {
            double progress = round / 7.0;
            rounds.add(towards(cell.budgetYear(), cell.forecastJul(), progress, random, 0.004 * (1 - progress)));
        }
        rounds.add(cell.forecastJul());
        rounds.add(cell.forecastAug());
        add(forecasts, 2021, 1, cell, rounds);
    }

    private static void year2020(
            Cell cell, List<AmountFact> actuals, List<AmountFact> budgets, List<AmountFact> forecasts) {
        SplittableRandom random = random(cell, 2020);
        BigDecimal budgetYear = kronor(cell.budgetYear().multiply(BigDecimal.valueOf(0.96)));
        BigDecimal actualYear = kronor(budgetYear.multiply(BigDecimal.valueOf(1 + random.nextDouble(-0.04, 0.06))));
        double[] profile = budgetProfile(cell.activity());
        add(budgets, 2020, 1, cell, spread(budgetYear, profile));
        add(actuals, 2020, 1, cell, spread(actualYear, noisy(random, profile, 0.12)));
        List<BigDecimal> rounds = new ArrayList<>();
        for (int round = 1; round <= 12; round++) {
            double progress = Math.pow(round / 12.0, 0.7);
            rounds.add(towards(budgetYear, actualYear, progress, random, 0.004 * (1 - progress)));
        }
        add(forecasts, 2020, 1, cell, rounds);
    }

    /** A forecast between {@code from} and {@code to}, with relative noise. */
    private static BigDecimal towards(
            BigDecimal from, BigDecimal to, double progress, SplittableRandom random, double noise) {
        BigDecimal step = to.subtract(from).multiply(BigDecimal.valueOf(progress));
        BigDecimal jitter = from.abs().multiply(BigDecimal.valueOf(random.nextDouble(-noise, noise + 1e-12)));
        BigDecimal value = kronor(from.add(step).add(jitter));
        // A forecast keeps the sign of the cell: income stays income and costs stay costs.
        return value.signum() * to.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : value;
    }

    private static double[] budgetProfile(String activity) {
        return SEASONAL_BUDGET_ACTIVITIES.contains(activity) ? CAI_BUDGET_PROFILE.clone() : flat(12);
    }

    /** Splits {@code total} over the weights, to the kronor, so that the parts add up exactly. */
    static List<BigDecimal> spread(BigDecimal total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < weights.length - 1; i++) {
            BigDecimal part = kronor(total.multiply(BigDecimal.valueOf(weights[i] / sum)));
            parts.add(part);
            assigned = assigned.add(part);
        }
        parts.add(total.subtract(assigned).setScale(SCALE, RoundingMode.UNNECESSARY));
        return parts;
    }

    private static void add(List<AmountFact> facts, int year, int firstMonth, Cell cell, List<BigDecimal> amounts) {
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).signum() != 0) {
                facts.add(new AmountFact(year, firstMonth + i, cell.activity(), cell.costType(), amounts.get(i)));
            }
        }
    }

    private static double[] noisy(SplittableRandom random, double[] weights, double amplitude) {
        double[] result = weights.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= 1 + random.nextDouble(-amplitude, amplitude);
        }
        return result;
    }

    private static double[] slice(double[] values, int from, int to) {
        return java.util.Arrays.copyOfRange(values, from, to);
    }

    private static double[] flat(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, 1.0);
        return values;
    }

    private static BigDecimal kronor(BigDecimal tkr) {
        return tkr.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static SplittableRandom random(Cell cell, int year) {
        return new SplittableRandom((cell.activity() + "/" + cell.costType() + "/" + year).hashCode());
    }

    static List<Cell> august2021() {
        try (InputStream in = DemoEconomy.class.getResourceAsStream("/demo/economy-2021-08.csv")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource demo/economy-2021-08.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        String[] f = line.split(",");
                        return new Cell(
                                f[0],
                                f[1],
                                new BigDecimal(f[2]),
                                new BigDecimal(f[3]),
                                new BigDecimal(f[4]),
                                new BigDecimal(f[5]),
                                new BigDecimal(f[6]));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
