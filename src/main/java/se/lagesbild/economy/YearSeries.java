package se.lagesbild.economy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year month by month for the nämnd, an area or a verksamhet: utfall (null for a month without
 * any), budget, and the full-year prognos of the forecast round made that month (null if none).
 */
public record YearSeries(int year, String scopeCode, List<Month> months) {

    public record Month(int month, BigDecimal actual, BigDecimal budget, BigDecimal forecast) {}

    public YearSeries {
        months = List.copyOf(months);
    }

    /** Cumulative utfall from January to each month that has utfall (null after the last one). */
    public List<BigDecimal> cumulativeActual() {
        List<BigDecimal> cumulative = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int last = months.stream()
                .filter(m -> m.actual() != null)
                .mapToInt(Month::month)
                .max()
                .orElse(0);
        for (Month month : months) {
            sum = month.actual() == null ? sum : sum.add(month.actual());
            cumulative.add(month.month() <= last ? sum : null);
        }
        return cumulative;
    }

    /** Cumulative budget from January to each month. */
    public List<BigDecimal> cumulativeBudget() {
        List<BigDecimal> cumulative = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Month month : months) {
            sum = sum.add(month.budget());
            cumulative.add(sum);
        }
        return cumulative;
    }

    public BigDecimal budgetYear() {
        return months.stream().map(Month::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
