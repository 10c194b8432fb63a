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

    private Periods() {}

    public static Optional<YearMonth> from(Location location) {
        return location.getQueryParameters().getSingleParameter(PARAM).flatMap(Periods::parse);
    }

    public static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
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
