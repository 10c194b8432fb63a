package se.lagesbild.economy;

import java.time.YearMonth;
import java.util.List;

/**
 * Resultaträkning for the nämnd, a verksamhetsområde or a verksamhet: one line per top-level
 * kostnadsslag (with its children, e.g. the specification of övriga kostnader), the sum of costs
 * and the result.
 */
public record IncomeStatement(
        YearMonth period, String scopeCode, List<EconomyLine> lines, Figures totalCosts, Figures result) {

    public IncomeStatement {
        lines = List.copyOf(lines);
    }
}
