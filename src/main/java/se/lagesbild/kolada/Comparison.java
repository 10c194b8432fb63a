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
 * @param units the kommun's own enheter with values of the figure (Kolada's organisational units)
 */
public record Comparison(Kpi kpi, List<Integer> years, List<Series> series, List<Series> genders, List<Series> units) {

    /**
     * @param kind a group's values are the unweighted mean of its members' ("ovägt medel")
     * @param home whether this is the kommun itself
     */
    public record Series(String placeId, String name, Place.Kind kind, boolean home, List<BigDecimal> values) {}

    public boolean isEmpty() {
        return years.isEmpty();
    }

    /** As many decimals as Kolada gives for the places themselves (at most two): 812 kr/inv, 20,4 %. */
    public int decimals() {
        return series.stream()
                .filter(s -> s.kind() != Place.Kind.GROUP)
                .flatMap(s -> s.values().stream())
                .filter(java.util.Objects::nonNull)
                .mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale()))
                .max()
                .stream()
                .map(d -> Math.min(d, 2))
                .findFirst()
                .orElse(1);
    }

    /** The latest year up to {@code atMost} in which the kommun (the first series) has a value. */
    public java.util.OptionalInt latestYear(int atMost) {
        List<BigDecimal> home = series.getFirst().values();
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i) <= atMost && home.get(i) != null) {
                return java.util.OptionalInt.of(years.get(i));
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** Each series' value in {@code year} (null where none), in the order of the series. */
    public List<BigDecimal> valuesIn(int year) {
        int index = years.indexOf(year);
        return series.stream()
                .map(s -> index < 0 ? null : s.values().get(index))
                .toList();
    }
}
