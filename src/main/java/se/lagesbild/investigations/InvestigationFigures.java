package se.lagesbild.investigations;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Utredningar view shows for a month: per enhet the months of the year and of the
 * year before, the period January–month and the same period a year earlier, and the cases open
 * past their deadline.
 *
 * @param period the month the figures are for
 * @param units  one entry per enhet with cases, ordered by code
 */
public record InvestigationFigures(YearMonth period, List<UnitFigures> units) {

    public InvestigationFigures {
        units = List.copyOf(units);
    }

    public Optional<UnitFigures> unit(String unitCode) {
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    }

    /**
     * All enheter together. A case belongs to one enhet, so counts add up; the target is the
     * enheter's common target, or null when they differ.
     */
    public UnitFigures total() {
        List<Volumes> months = new ArrayList<>();
        List<Volumes> previous = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            months.add(units.stream().map(u -> u.month(month)).reduce(Volumes.ZERO, Volumes::plus));
            previous.add(units.stream().map(u -> u.previousMonth(month)).reduce(Volumes.ZERO, Volumes::plus));
        }
        List<BigDecimal> targets = units.stream()
                .map(UnitFigures::lateShareTarget)
                .filter(Objects::nonNull)
                .map(BigDecimal::stripTrailingZeros)
                .distinct()
                .toList();
        return new UnitFigures(
                null,
                months,
                previous,
                units.stream().map(UnitFigures::yearToDate).reduce(Volumes.ZERO, Volumes::plus),
                units.stream().map(UnitFigures::previousYearToDate).reduce(Volumes.ZERO, Volumes::plus),
                units.stream().mapToInt(UnitFigures::overdue).sum(),
                targets.size() == 1 ? targets.getFirst() : null);
    }
}
