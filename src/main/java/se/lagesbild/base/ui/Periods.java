package se.lagesbild.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The period in the URL ({@code ?period=2021-08}), so that a link can be mailed and back works. */
public final class Periods {

    public static final String PARAM = "period";

    /** The first and last year a period may be in (as the economy files' years): anything else is ignored. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2099;

    private Periods() {}

    public static Optional<YearMonth> from(Location location) {
        return location.getQueryParameters().getSingleParameter(PARAM).flatMap(Periods::parse);
    }

    /** The period {@code yyyy-MM} names, if it is one in {@link #FIRST_YEAR}–{@link #LAST_YEAR} ("0000-01" is not). */
    public static Optional<YearMonth> parse(String text) {
        if (text == null || text.length() != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text))
                    .filter(period -> period.getYear() >= FIRST_YEAR && period.getYear() <= LAST_YEAR);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "augusti 2021" / "August 2021". */
    public static String label(YearMonth period, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period);
    }

    /** "jan.", "feb." … for chart and heatmap axes. */
    public static String[] shortMonths(Locale locale) {
        return java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(
                        m -> java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, locale))
                .toArray(String[]::new);
    }

    /** The query parameters with one parameter set (or removed when {@code value} is null). */
    public static QueryParameters with(QueryParameters parameters, String name, String value) {
        Map<String, List<String>> map = new HashMap<>(parameters.getParameters());
        if (value == null) {
            map.remove(name);
        } else {
            map.put(name, List.of(value));
        }
        return new QueryParameters(map);
    }
}
