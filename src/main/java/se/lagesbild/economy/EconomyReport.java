package se.lagesbild.economy;

import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Budgetavvikelse per verksamhet for a period: cumulative from January to the period's month, and
 * the full year by the latest forecast round made by then ({@code forecastRound}), compared with
 * the round before it ({@code previousRound}).
 */
public record EconomyReport(YearMonth period, Integer forecastRound, Integer previousRound, EconomyLine committee) {

    /** Every line, depth first: the nämnd, each area followed by its verksamheter. */
    public Stream<EconomyLine> lines() {
        return flatten(committee);
    }

    /** The verksamheter, in the report's order (the bars of the deviation chart). */
    public java.util.List<EconomyLine> activities() {
        return lines().filter(l -> l.level() == EconomyLine.Level.ACTIVITY).toList();
    }

    public Optional<EconomyLine> line(String code) {
        return lines().filter(l -> l.code().equals(code)).findFirst();
    }

    private static Stream<EconomyLine> flatten(EconomyLine line) {
        return Stream.concat(Stream.of(line), line.children().stream().flatMap(EconomyReport::flatten));
    }
}
