package se.lagesbild.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import se.lagesbild.investigations.DeadlineExtension;
import se.lagesbild.investigations.Investigation;
import se.lagesbild.investigations.InvestigationRules;
import se.lagesbild.investigations.TargetGroup;

/**
 * Deterministic demo investigations for two units, built around the reference report
 * (delårsrapport 2 2021, {@code reference/dr2-2021/investigations.csv}).
 *
 * <p>Demo "today" is {@link #TODAY} (2021-08-31): nothing is opened, closed or decided after it,
 * and cases still open then stay open. Cases are opened from {@link #FIRST_OPENED} so that early
 * 2020 has open cases carried over from 2019.
 *
 * <p>By the definitions in {@link InvestigationRules}, the data reproduces the report exactly:
 * <ul>
 *   <li>BUE (Barn- och ungdomsenheten) pågående January–August: 612 in 2020, 641 in 2021;</li>
 *   <li>VE (Vuxenenheten) pågående January–August: 195 in 2020, 233 in 2021;</li>
 *   <li>BUE andel sena: 68 % (34 of 50) in January 2021 and 16 % (8 of 50) in August 2021,
 *       falling month by month in between.</li>
 * </ul>
 * The other months are synthetic but plausible: the BUE 2021 months follow the report's falling
 * curve (68, 61, 55, 47, 40, 33, 24, 16 %); 2020 and VE stay within loose bands (a month that
 * cannot be moved into its band without changing another figure keeps its natural share).
 *
 * <p>How: a natural-looking set is drawn first (monthly openings with a July dip, durations,
 * about 5 % extensions), then adjusted deterministically: closing counts of the two exact months,
 * the two period counts (by adding or removing a few short or recently opened cases), and the late
 * shares (by moving the opening day of a few cases across the four-month line, without changing
 * any other figure). The result is checked at the end, so a change that breaks a reference figure
 * fails with {@link IllegalStateException} instead of going unnoticed.
 */
public final class DemoInvestigations {

    /** The demo's "today". */
    public static final LocalDate TODAY = LocalDate.of(2021, 8, 31);
    /** The first opening day in the demo data. */
    public static final LocalDate FIRST_OPENED = LocalDate.of(2019, 9, 1);
    /** Barn- och ungdomsenheten. */
    public static final String CHILDREN_UNIT = "BUE";
    /** Vuxenenheten. */
    public static final String ADULTS_UNIT = "VE";

    private static final long SEED = 2021;
    private static final YearMonth FIRST_MONTH = YearMonth.from(FIRST_OPENED);
    private static final YearMonth LAST_MONTH = YearMonth.from(TODAY);
    private static final int MONTHS = (int) ChronoUnit.MONTHS.between(FIRST_MONTH, LAST_MONTH) + 1;

    private static final LocalDate PERIOD_2020_FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate PERIOD_2020_TO = LocalDate.of(2020, 8, 31);
    private static final LocalDate PERIOD_2021_FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate PERIOD_2021_TO = LocalDate.of(2021, 8, 31);

    private static final double EXTENSION_SHARE = 0.065;
    private static final double NaN = Double.NaN;

    /** An exact late-share figure: this many closed in the month, of which this many late. */
    private record Exact(int closed, int late) {}

    /**
     * The parameters of one unit. Arrays are indexed by month from {@link #FIRST_MONTH}
     * (September 2019 = 0, August 2021 = 23).
     *
     * @param openings      expected number of investigations opened per month
     * @param lateByOpening the chance that a case opened in the month ends up late (natural draw)
     * @param quickShare    of the cases closed in time, the share closed within 7-44 days
     * @param middleShare   of the cases closed in time, the share closed within 45-94 days; the rest
     *                      take from 95 days up to the deadline
     * @param closedLow     the fewest cases closed per month, from March 2020 on (a soft bound)
     * @param closedHigh    the most cases closed per month, from March 2020 on
     * @param lateShareLow  the lowest acceptable share of late cases among those closed in the
     *                      month, in %; NaN for no bound
     * @param lateShareHigh the highest acceptable share, in %; NaN for no bound
     * @param exact         months whose late share must hold exactly
     */
    private record Profile(
            String unitCode,
            TargetGroup group,
            double[] openings,
            double[] lateByOpening,
            double quickShare,
            double middleShare,
            int closedLow,
            int closedHigh,
            double[] lateShareLow,
            double[] lateShareHigh,
            int ongoing2020,
            int ongoing2021,
            Map<YearMonth, Exact> exact) {}

    /**
     * Barn- och ungdomsenheten. Autumn 2019 brings a peak of new investigations after the school
     * start that builds the backlog carried into 2020; about two in three are late through 2020; the
     * 2021 measurement (68 % in January, 16 % in August) follows the falling curve of the report.
     */
    private static final Profile CHILDREN = new Profile(
            CHILDREN_UNIT,
            TargetGroup.CHILDREN_AND_YOUTH,
            new double[] {
                // 2019: Sep-Dec
                78,
                64,
                55,
                46,
                // 2020: Jan-Dec
                54,
                52,
                55,
                50,
                52,
                48,
                33,
                50,
                56,
                57,
                54,
                45,
                // 2021: Jan-Aug
                55,
                52,
                54,
                56,
                58,
                56,
                38,
                56
            },
            new double[] {
                0.85, 0.78, 0.68, 0.66, 0.66, 0.66, 0.66, 0.66, 0.66, 0.66, 0.66, 0.66, 0.68, 0.64, 0.58, 0.50, 0.42,
                0.34, 0.26, 0.18, 0.13, 0.10, 0.10, 0.10
            },
            0.25,
            0.45,
            40,
            68,
            new double[] {
                NaN, NaN, NaN, NaN, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 55, 68, 61, 55, 47, 40, 33, 24, 16
            },
            new double[] {
                NaN, NaN, NaN, NaN, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 75, 68, 61, 55, 47, 40, 33, 24, 16
            },
            612,
            641,
            Map.of(YearMonth.of(2021, 1), new Exact(50, 34), YearMonth.of(2021, 8), new Exact(50, 8)));

    /** Vuxenenheten: about a third late early 2020, falling to about a fifth in 2021. */
    private static final Profile ADULTS = new Profile(
            ADULTS_UNIT,
            TargetGroup.ADULTS,
            new double[] {24, 20, 18, 15, 18, 18, 19, 17, 18, 16, 11, 17, 19, 20, 19, 16, 22, 22, 23, 22, 23, 21, 15, 22
            },
            new double[] {
                0.50, 0.40, 0.36, 0.36, 0.36, 0.36, 0.35, 0.34, 0.32, 0.30, 0.28, 0.26, 0.24, 0.22, 0.21, 0.20, 0.20,
                0.20, 0.20, 0.20, 0.20, 0.20, 0.20, 0.20
            },
            0.08,
            0.27,
            10,
            26,
            new double[] {
                NaN, NaN, NaN, NaN, 28, 28, 28, 26, 26, 24, 22, 22, 20, 18, 18, 16, 14, 14, 14, 14, 14, 14, 14, 14
            },
            new double[] {
                NaN, NaN, NaN, NaN, 45, 45, 42, 42, 40, 40, 38, 36, 34, 32, 30, 30, 27, 27, 27, 27, 27, 27, 27, 27
            },
            195,
            233,
            Map.of());

    private DemoInvestigations() {}

    /**
     * The demo investigations of both units, ordered by opening day, then reference. Deterministic:
     * every call returns an equal list.
     *
     * @throws IllegalStateException if the generated data does not reproduce the reference figures
     */
    public static List<Investigation> generate() {
        SplittableRandom root = new SplittableRandom(SEED);
        References references = new References(root.split());
        List<Investigation> all = new ArrayList<>();
        for (Profile profile : List.of(CHILDREN, ADULTS)) {
            all.addAll(generate(profile, root.split(), references));
        }
        all.sort(Comparator.comparing(Investigation::opened).thenComparing(Investigation::reference));
        verify(all);
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------------------------------------
    // Generation

    private static List<Investigation> generate(Profile profile, SplittableRandom rnd, References references) {
        SplittableRandom natural = rnd.split();
        SplittableRandom adjust = rnd.split();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = FIRST_MONTH.plusMonths(i);
            int count = (int) Math.round(profile.openings()[i] * (0.92 + 0.16 * natural.nextDouble()));
            for (int n = 0; n < count; n++) {
                LocalDate opened = randomWeekday(natural, month.atDay(1), min(month.atEndOfMonth(), TODAY));
                drafts.add(naturalCase(natural, profile, references.next(), opened));
            }
        }
        smoothClosedCounts(profile, drafts, adjust);
        // Closing counts of the exact months first: they only move closing days within 2021 (or to
        // "still open"), which changes neither period count.
        profile.exact().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> fixClosedCount(drafts, e.getKey(), e.getValue().closed(), adjust));
        fixOngoing2020(profile, drafts, adjust, references);
        fixOngoing2021(profile, drafts, adjust, references);
        // Late shares last: moving an opening day keeps every closing day and period membership.
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = FIRST_MONTH.plusMonths(i);
            Exact exact = profile.exact().get(month);
            if (exact != null) {
                fixLateCount(drafts, month, exact.late(), true, adjust);
            } else if (!Double.isNaN(profile.lateShareLow()[i])) {
                List<Draft> closed = closedIn(drafts, month);
                int late = (int) closed.stream().filter(Draft::isLate).count();
                int low = (int) Math.ceil(closed.size() * profile.lateShareLow()[i] / 100.0 - 1e-9);
                int high = (int) Math.floor(closed.size() * profile.lateShareHigh()[i] / 100.0 + 1e-9);
                int target = low <= high
                        ? Math.clamp(late, low, high)
                        : (int) Math.round(
                                closed.size() * (profile.lateShareLow()[i] + profile.lateShareHigh()[i]) / 200.0);
                fixLateCount(drafts, month, target, profile.lateShareLow()[i] == profile.lateShareHigh()[i], adjust);
            }
        }
        return drafts.stream().map(d -> d.toInvestigation(profile)).toList();
    }

    /** A case as the real world might produce it: a duration, sometimes late, sometimes extended. */
    private static Draft naturalCase(SplittableRandom rnd, Profile profile, String reference, LocalDate opened) {
        double lateProbability = profile.lateByOpening()[monthIndex(YearMonth.from(opened))];
        Draft draft = new Draft(reference, opened);
        LocalDate statutory = opened.plus(InvestigationRules.STATUTORY_PERIOD);
        if (rnd.nextDouble() < EXTENSION_SHARE) {
            LocalDate earliest = opened.plusDays(60);
            LocalDate latest = min(statutory.minusDays(1), TODAY);
            if (!earliest.isAfter(latest)) {
                LocalDate decided = randomWeekday(rnd, earliest, latest);
                LocalDate newDeadline = statutory.plusMonths(1 + rnd.nextInt(2));
                String reason = rnd.nextDouble() < 0.6 ? "KOMPLETTERING" : "SARSKILDA_SKAL";
                draft.extension = new DeadlineExtension(decided, newDeadline, reason);
                double r = rnd.nextDouble();
                LocalDate closed;
                if (r < 0.15) {
                    closed = randomWeekday(rnd, decided.plusDays(1), statutory);
                } else if (r < 0.70) {
                    closed = randomWeekday(rnd, statutory.plusDays(1), newDeadline);
                } else {
                    closed = nextWeekday(newDeadline.plusDays(1 + rnd.nextInt(40)));
                }
                draft.closed = closed.isAfter(TODAY) ? null : closed;
                return draft;
            }
        }
        LocalDate closed;
        if (rnd.nextDouble() < lateProbability) {
            double r = rnd.nextDouble();
            int overrun = r < 0.6 ? 1 + rnd.nextInt(30) : r < 0.9 ? 31 + rnd.nextInt(30) : 61 + rnd.nextInt(40);
            closed = nextWeekday(statutory.plusDays(overrun));
        } else {
            long max = ChronoUnit.DAYS.between(opened, statutory);
            double r = rnd.nextDouble();
            long days = r < profile.quickShare()
                    ? 7 + rnd.nextInt(38)
                    : r < profile.quickShare() + profile.middleShare()
                            ? 45 + rnd.nextInt(50)
                            : 95 + rnd.nextLong(max - 94);
            closed = max(opened, previousWeekday(opened.plusDays(days)));
        }
        if (closed.getMonth() == Month.JULY && rnd.nextDouble() < 0.3) {
            closed = nextWeekday(closed.plusDays(7 + rnd.nextInt(15))); // holidays: closed after the summer
        }
        draft.closed = closed.isAfter(TODAY) ? null : closed;
        return draft;
    }

    /**
     * Evens out the natural monthly closing counts into {@code closedLow..closedHigh} by moving a
     * few closing days into the adjacent month. Never across a year end, so no period count changes.
     */
    private static void smoothClosedCounts(Profile profile, List<Draft> drafts, SplittableRandom rnd) {
        for (YearMonth month = YearMonth.of(2020, 3); month.isBefore(LAST_MONTH); month = month.plusMonths(1)) {
            if (month.getMonth() == Month.DECEMBER) {
                continue;
            }
            YearMonth current = month;
            YearMonth next = month.plusMonths(1);
            while (closedIn(drafts, current).size() > profile.closedHigh()) {
                Draft draft = pick(drafts, d -> d.extension == null && d.isClosedIn(current), rnd, current);
                draft.closed = randomWeekday(rnd, next.atDay(1), next.atDay(10));
            }
            LocalDate latestOpened = current.atEndOfMonth().minusDays(17);
            while (closedIn(drafts, current).size() < profile.closedLow()
                    && closedIn(drafts, next).size() > profile.closedLow()) {
                Draft draft = pick(
                        drafts,
                        d -> d.extension == null && d.isClosedIn(next) && !d.opened.isAfter(latestOpened),
                        rnd,
                        current);
                LocalDate from =
                        max(draft.opened.plusDays(7), current.atEndOfMonth().minusDays(9));
                draft.closed = randomWeekday(rnd, from, current.atEndOfMonth());
            }
        }
    }

    /** Moves closing days into or out of the month until exactly {@code target} cases close in it. */
    private static void fixClosedCount(List<Draft> drafts, YearMonth month, int target, SplittableRandom rnd) {
        boolean lastMonth = month.equals(LAST_MONTH);
        YearMonth next = month.plusMonths(1);
        LocalDate latestOpened = month.atEndOfMonth().minusDays(10);
        while (true) {
            int closed = closedIn(drafts, month).size();
            if (closed == target) {
                return;
            }
            if (closed > target) {
                Draft draft = pick(drafts, d -> d.extension == null && d.isClosedIn(month), rnd, month);
                draft.closed = lastMonth ? null : randomWeekday(rnd, next.atDay(1), next.atDay(14));
            } else {
                Predicate<Draft> candidate = lastMonth
                        ? d -> d.extension == null && d.closed == null
                        : d -> d.extension == null && d.isClosedIn(next);
                Draft draft = pick(drafts, candidate.and(d -> !d.opened.isAfter(latestOpened)), rnd, month);
                LocalDate from = max(draft.opened.plusDays(7), month.atDay(1));
                draft.closed = randomWeekday(rnd, from, min(month.atEndOfMonth(), TODAY));
            }
        }
    }

    /** Adds or removes cases opened and closed in 2020 until the 2020 period count holds. */
    private static void fixOngoing2020(Profile profile, List<Draft> drafts, SplittableRandom rnd, References refs) {
        LocalDate endOf2020 = LocalDate.of(2020, 12, 31);
        while (true) {
            int ongoing = ongoing(drafts, PERIOD_2020_FROM, PERIOD_2020_TO);
            if (ongoing == profile.ongoing2020()) {
                return;
            }
            if (ongoing > profile.ongoing2020()) {
                drafts.remove(pick(
                        drafts,
                        d -> d.extension == null
                                && !d.opened.isBefore(PERIOD_2020_FROM)
                                && !d.opened.isAfter(PERIOD_2020_TO)
                                && d.closed != null
                                && !d.closed.isAfter(endOf2020),
                        rnd,
                        YearMonth.of(2020, 1)));
            } else {
                Draft added = null;
                for (int attempt = 0; attempt < 1000 && added == null; attempt++) {
                    LocalDate opened = randomWeekday(rnd, LocalDate.of(2020, 1, 15), LocalDate.of(2020, 8, 20));
                    Draft draft = naturalCase(rnd, profile, "", opened);
                    if (draft.extension == null && draft.closed != null && !draft.closed.isAfter(endOf2020)) {
                        added = new Draft(refs.next(), opened);
                        added.closed = draft.closed;
                    }
                }
                if (added == null) {
                    throw new IllegalStateException("Could not add a 2020 case for " + profile.unitCode());
                }
                drafts.add(added);
            }
        }
    }

    /** Adds or removes recently opened, still open cases until the 2021 period count holds. */
    private static void fixOngoing2021(Profile profile, List<Draft> drafts, SplittableRandom rnd, References refs) {
        while (true) {
            int ongoing = ongoing(drafts, PERIOD_2021_FROM, PERIOD_2021_TO);
            if (ongoing == profile.ongoing2021()) {
                return;
            }
            if (ongoing > profile.ongoing2021()) {
                drafts.remove(pick(
                        drafts,
                        d -> d.extension == null && d.closed == null && !d.opened.isBefore(LocalDate.of(2021, 5, 1)),
                        rnd,
                        LAST_MONTH));
            } else {
                Draft added = new Draft(refs.next(), randomWeekday(rnd, LocalDate.of(2021, 6, 1), TODAY));
                drafts.add(added);
            }
        }
    }

    /**
     * Moves the opening day of cases closed in the month across the four-month line until exactly
     * {@code target} of them are late. Closing days stay, and so does membership of the 2020
     * period (opened on or before 2020-08-31), so no other figure changes. When no case can be
     * moved, a strict target fails; a loose one (a range of plausible shares) stays as close as it got.
     */
    private static void fixLateCount(
            List<Draft> drafts, YearMonth month, int target, boolean strict, SplittableRandom rnd) {
        while (true) {
            List<Draft> closed = closedIn(drafts, month);
            int late = (int) closed.stream().filter(Draft::isLate).count();
            if (late == target) {
                return;
            }
            boolean makeLate = late < target;
            List<Draft> candidates = new ArrayList<>(closed.stream()
                    .filter(d -> d.extension == null && d.isLate() != makeLate)
                    .toList());
            shuffle(candidates, rnd);
            boolean flipped = false;
            for (Draft draft : candidates) {
                if (flipOpened(draft, makeLate, rnd)) {
                    flipped = true;
                    break;
                }
            }
            if (!flipped && !strict) {
                return;
            }
            if (!flipped) {
                throw new IllegalStateException("Cannot reach " + target + " late cases in " + month);
            }
        }
    }

    private static boolean flipOpened(Draft draft, boolean makeLate, SplittableRandom rnd) {
        LocalDate closed = draft.closed;
        LocalDate from;
        LocalDate to;
        if (makeLate) {
            from = max(FIRST_OPENED, closed.minusMonths(4).minusDays(50));
            to = closed.minusMonths(4).minusDays(1);
        } else {
            from = max(FIRST_OPENED, closed.minusMonths(4));
            to = closed.minusDays(14);
        }
        // Keep membership of the 2020 period: opened on or before its last day, or after it.
        boolean in2020 = !draft.opened.isAfter(PERIOD_2020_TO);
        if (in2020) {
            to = min(to, PERIOD_2020_TO);
        } else {
            from = max(from, PERIOD_2020_TO.plusDays(1));
        }
        if (from.isAfter(to)) {
            return false;
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            LocalDate opened = randomWeekday(rnd, from, to);
            boolean late = closed.isAfter(opened.plus(InvestigationRules.STATUTORY_PERIOD));
            if (late == makeLate && in2020 == !opened.isAfter(PERIOD_2020_TO)) {
                draft.opened = opened;
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // Verification

    private static void verify(List<Investigation> all) {
        List<String> failures = new ArrayList<>();
        for (Profile profile : List.of(CHILDREN, ADULTS)) {
            List<Investigation> unit = all.stream()
                    .filter(i -> i.unitCode().equals(profile.unitCode()))
                    .toList();
            check(
                    failures,
                    profile.unitCode() + " pågående 2020-01..2020-08",
                    countOngoing(unit, PERIOD_2020_FROM, PERIOD_2020_TO),
                    profile.ongoing2020());
            check(
                    failures,
                    profile.unitCode() + " pågående 2021-01..2021-08",
                    countOngoing(unit, PERIOD_2021_FROM, PERIOD_2021_TO),
                    profile.ongoing2021());
            profile.exact().forEach((month, exact) -> {
                List<Investigation> closed = unit.stream()
                        .filter(i -> InvestigationRules.isClosedDuring(i, month.atDay(1), month.atEndOfMonth()))
                        .toList();
                check(failures, profile.unitCode() + " avslutade " + month, closed.size(), exact.closed());
                check(
                        failures,
                        profile.unitCode() + " sena " + month,
                        (int) closed.stream().filter(InvestigationRules::isLate).count(),
                        exact.late());
            });
        }
        Set<String> references = new HashSet<>();
        for (Investigation investigation : all) {
            if (!references.add(investigation.reference())) {
                failures.add("duplicate reference " + investigation.reference());
            }
            List<InvestigationRules.Problem> problems = InvestigationRules.validate(investigation, TODAY);
            if (!problems.isEmpty()) {
                failures.add(investigation.reference() + ": " + problems);
            }
            if (investigation.opened().isBefore(FIRST_OPENED)) {
                failures.add(investigation.reference() + ": opened before " + FIRST_OPENED);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Demo investigations do not match the reference figures: " + failures);
        }
    }

    private static void check(List<String> failures, String what, int actual, int expected) {
        if (actual != expected) {
            failures.add(what + " is " + actual + ", expected " + expected);
        }
    }

    private static int countOngoing(List<Investigation> unit, LocalDate from, LocalDate to) {
        return (int) unit.stream()
                .filter(i -> InvestigationRules.isOpenDuring(i, from, to))
                .count();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** A case while it is being generated and adjusted. */
    private static final class Draft {
        final String reference;
        LocalDate opened;
        LocalDate closed;
        DeadlineExtension extension;

        Draft(String reference, LocalDate opened) {
            this.reference = reference;
            this.opened = opened;
        }

        boolean isClosedIn(YearMonth month) {
            return closed != null && YearMonth.from(closed).equals(month);
        }

        boolean isLate() {
            LocalDate deadline =
                    InvestigationRules.deadline(opened, extension == null ? List.of() : List.of(extension));
            return closed != null && closed.isAfter(deadline);
        }

        boolean isOpenDuring(LocalDate from, LocalDate to) {
            return !opened.isAfter(to) && (closed == null || !closed.isBefore(from));
        }

        Investigation toInvestigation(Profile profile) {
            return new Investigation(
                    reference,
                    profile.unitCode(),
                    profile.group(),
                    opened,
                    closed,
                    extension == null ? List.of() : List.of(extension));
        }
    }

    /** Opaque, unique references: "U-" and eight hexadecimal digits, at least two of them letters. */
    private static final class References {
        private final SplittableRandom rnd;
        private final Set<String> used = new HashSet<>();

        References(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        String next() {
            while (true) {
                String hex = String.format("%08X", rnd.nextLong(1L << 32));
                // At least two letters, so a reference can never read as a date or a number.
                if (hex.chars().filter(Character::isLetter).count() >= 2 && used.add(hex)) {
                    return "U-" + hex;
                }
            }
        }
    }

    private static List<Draft> closedIn(List<Draft> drafts, YearMonth month) {
        return drafts.stream().filter(d -> d.isClosedIn(month)).toList();
    }

    private static int ongoing(List<Draft> drafts, LocalDate from, LocalDate to) {
        return (int) drafts.stream().filter(d -> d.isOpenDuring(from, to)).count();
    }

    private static Draft pick(List<Draft> drafts, Predicate<Draft> filter, SplittableRandom rnd, YearMonth month) {
        List<Draft> candidates = drafts.stream().filter(filter).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No case to adjust near " + month);
        }
        return candidates.get(rnd.nextInt(candidates.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    private static int monthIndex(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(FIRST_MONTH, month);
    }

    /** A random weekday in {@code from..to}; {@code to} itself when the range has no weekday. */
    private static LocalDate randomWeekday(SplittableRandom rnd, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(from + " is after " + to);
        }
        List<LocalDate> weekdays =
                from.datesUntil(to.plusDays(1)).filter(d -> !isWeekend(d)).toList();
        return weekdays.isEmpty() ? to : weekdays.get(rnd.nextInt(weekdays.size()));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate previousWeekday(LocalDate day) {
        while (isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
