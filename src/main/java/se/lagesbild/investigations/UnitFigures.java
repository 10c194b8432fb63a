package se.lagesbild.investigations;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one enhet (or of all enheter together) for a month's view.
 *
 * @param unitCode           the enhet, or null for all enheter together
 * @param months             the twelve months of the period's year, January first
 * @param previousMonths     the twelve months of the year before
 * @param yearToDate         January to the period's month (pågående counted once per period)
 * @param previousYearToDate the same months a year earlier
 * @param overdue            cases open past their deadline at the end of the period's month
 *                           (or today, if earlier)
 * @param lateShareTarget    the target for andel sena in %, or null when none is set
 */
public record UnitFigures(
        String unitCode,
        List<Volumes> months,
        List<Volumes> previousMonths,
        Volumes yearToDate,
        Volumes previousYearToDate,
        int overdue,
        BigDecimal lateShareTarget) {

    public UnitFigures {
        months = List.copyOf(months);
        previousMonths = List.copyOf(previousMonths);
    }

    /** The figures of a month of the period's year, 1 = January. */
    public Volumes month(int month) {
        return months.get(month - 1);
    }

    /** The figures of the same month a year earlier. */
    public Volumes previousMonth(int month) {
        return previousMonths.get(month - 1);
    }
}
