package se.lagesbild.investigations;

import java.time.YearMonth;

/**
 * The counts of one enhet over a window of consecutive months, from which the volumes of any month
 * or run of months in the window follow.
 *
 * <p>The database counts the events: {@code openAtStart}, the cases opened before the window and not
 * closed before it (open on the window's first day), and per month the cases opened in it, closed in
 * it, and closed in it after their deadline. Pågående in a run of months {@code a..b} is then, by
 * {@link InvestigationRules#isOpenDuring}, the cases open on the first day of {@code a} plus those
 * opened during {@code a..b} (two disjoint sets), and the cases open on the first day of a month are
 * those open on the first day of the month before, plus those opened, minus those closed, in it.
 */
final class MonthlyCounts {

    private final YearMonth first;
    private final int openAtStart;
    private final int[] opened;
    private final int[] closed;
    private final int[] late;

    MonthlyCounts(YearMonth first, int months) {
        this.first = first;
        this.openAtStart = 0;
        this.opened = new int[months];
        this.closed = new int[months];
        this.late = new int[months];
    }

    private MonthlyCounts(YearMonth first, int openAtStart, int[] opened, int[] closed, int[] late) {
        this.first = first;
        this.openAtStart = openAtStart;
        this.opened = opened;
        this.closed = closed;
        this.late = late;
    }

    MonthlyCounts withOpenAtStart(int count) {
        return new MonthlyCounts(first, count, opened, closed, late);
    }

    void addOpened(int month, int count) {
        opened[month] += count;
    }

    void addClosed(int month, int count, int lateCount) {
        closed[month] += count;
        late[month] += lateCount;
    }

    /** The volumes of the months {@code from..toInclusive}, both within the window. */
    Volumes volumes(YearMonth from, YearMonth toInclusive) {
        int a = index(from);
        int b = index(toInclusive);
        int open = openAtStart;
        for (int m = 0; m < a; m++) {
            open += opened[m] - closed[m];
        }
        int openedSum = 0;
        int closedSum = 0;
        int lateSum = 0;
        for (int m = a; m <= b; m++) {
            openedSum += opened[m];
            closedSum += closed[m];
            lateSum += late[m];
        }
        return new Volumes(open + openedSum, openedSum, closedSum, lateSum);
    }

    private int index(YearMonth month) {
        int index = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
        if (index < 0 || index >= opened.length) {
            throw new IllegalArgumentException(month + " is outside the window from " + first);
        }
        return index;
    }
}
