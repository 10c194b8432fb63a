package se.lagesbild.kolada;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key figure for the kommun beside the places it is compared with, year by year.
 *
 * @param years the years any of them has a value for, in order
 * @param series the kommun first, then the comparisons in the order chosen; the values per year of
 *               {@code years}, null where there is none
 * @param genders the kommun's values for women and men, where Kolada divides the figure by gender
 */
public record Comparison(Kpi kpi, List<Integer> years, List<Series> series, List<Series> genders) {

    /**
     * @param kind a group's values are the unweighted mean of its members' ("ovägt medel")
     * @param home whether this is the kommun itself
     */
    public record Series(String placeId, String name, Place.Kind kind, boolean home, List<BigDecimal> values) {}

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
