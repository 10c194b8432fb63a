package se.lagesbild.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one line of the report, in tkr, as exact sums of facts. The deviations are derived
 * here and nowhere else (positive = better than budget, since costs are negative):
 * avvikelse = utfall − budget, helårsavvikelse = prognos − helårsbudget,
 * prognosförändring = prognos − föregående prognos. Forecast figures are null when no round exists.
 */
public record Figures(
        BigDecimal actual, BigDecimal budget, BigDecimal forecast, BigDecimal budgetYear, BigDecimal previousForecast) {

    public static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null);

    /** Avvikelse for the period: utfall − budget. */
    public BigDecimal deviation() {
        return actual.subtract(budget);
    }

    /** Helårsavvikelse: prognos − helårsbudget; null without a forecast. */
    public BigDecimal deviationYear() {
        return forecast == null ? null : forecast.subtract(budgetYear);
    }

    /** Prognosförändring: prognos − föregående prognos; null without both rounds. */
    public BigDecimal forecastChange() {
        return forecast == null || previousForecast == null ? null : forecast.subtract(previousForecast);
    }

    /** Avvikelse as % of the period budget's magnitude; null when the budget is zero. */
    public BigDecimal deviationPercent() {
        return percentOf(deviation(), budget);
    }

    /** Helårsavvikelse as % of the full-year budget's magnitude. */
    public BigDecimal deviationYearPercent() {
        return deviationYear() == null ? null : percentOf(deviationYear(), budgetYear);
    }

    public Figures plus(Figures other) {
        return new Figures(
                actual.add(other.actual),
                budget.add(other.budget),
                add(forecast, other.forecast),
                budgetYear.add(other.budgetYear),
                add(previousForecast, other.previousForecast));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }

    private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole.abs(), 6, RoundingMode.HALF_UP);
    }
}
