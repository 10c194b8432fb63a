package se.lagesbild.base;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where a feature has data: the months a user may choose, and the one to show first. */
public interface PeriodSource {

    /** The latest month with data: the period a view shows when the URL names none. */
    Optional<YearMonth> latestPeriod();

    /** The months a user may choose from. */
    List<YearMonth> periods();
}
