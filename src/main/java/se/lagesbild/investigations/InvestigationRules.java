package se.lagesbild.investigations;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The definitions behind the investigation figures (analyses 2 "Utredningsvolymer" and 3 "Sena
 * utredningar" in PRODUCT.md). This is the one place they live: views, services, imports and the
 * demo data all count through these methods.
 *
 * <p>All periods are closed intervals of whole days: {@code from} and {@code toInclusive} both
 * belong to the period. A month is {@code ym.atDay(1)..ym.atEndOfMonth()}.
 */
public final class InvestigationRules {

    /**
     * The statutory period within which an investigation must be completed: four months from the
     * day it was opened.
     *
     * <p>Definition: socialtjänstlagen (2001:453) 11 kap. 2 §, "ska bedrivas skyndsamt och vara
     * slutförd senast inom fyra månader", unless the nämnd decides on an extension for special
     * reasons. The statute speaks of investigations concerning children; like the reference report
     * (delårsrapport 2 2021), Lägesbild measures every unit against the same four months.
     */
    public static final Period STATUTORY_PERIOD = Period.ofMonths(4);

    /** Order in which extensions replace each other: by decision date, ties by new deadline. */
    private static final Comparator<DeadlineExtension> DECISION_ORDER =
            Comparator.comparing(DeadlineExtension::decided).thenComparing(DeadlineExtension::newDeadline);

    private InvestigationRules() {}

    /** A data problem found by {@link #validate(Investigation, LocalDate)}. */
    public enum Problem {
        /** The investigation is closed before the day it was opened. */
        CLOSED_BEFORE_OPENED,
        /** The opening day lies after "today". */
        OPENED_IN_FUTURE,
        /** The closing day lies after "today". */
        CLOSED_IN_FUTURE,
        /** An extension is decided before the investigation was opened. */
        EXTENSION_DECIDED_BEFORE_OPENED,
        /** An extension is decided after "today". */
        EXTENSION_DECIDED_IN_FUTURE,
        /** An extension's new deadline is not after the deadline it replaces. */
        EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE
    }

    /**
     * The deadline (sista dag för utredningen) of an investigation.
     *
     * <p>Definition: without extensions, {@code opened + 4 months} ({@link #STATUTORY_PERIOD}),
     * with java.time's month arithmetic, which clamps to the month end: opened 2021-10-31 gives
     * 2022-02-28, opened 2019-10-31 gives 2020-02-29. With extensions, the new deadline of the
     * latest extension by decision date; of two decided the same day, the later new deadline.
     *
     * @param opened     the opening day
     * @param extensions the extension decisions, in any order; may be empty
     * @return the last day on which closing the investigation is in time
     */
    public static LocalDate deadline(LocalDate opened, List<DeadlineExtension> extensions) {
        Objects.requireNonNull(opened, "opened");
        if (extensions == null || extensions.isEmpty()) {
            return opened.plus(STATUTORY_PERIOD);
        }
        return extensions.stream().max(DECISION_ORDER).orElseThrow().newDeadline();
    }

    /**
     * Whether an investigation is late (sen utredning).
     *
     * <p>Definition (analysis 3): the investigation is closed, and closed strictly after its
     * {@linkplain #deadline(LocalDate, List) deadline}. Closed on the deadline itself is in time.
     * An open investigation is never late by this definition; see {@link #isOverdue}.
     * The share of late investigations for a unit and month is the number of late ones among those
     * {@linkplain #isClosedDuring closed during} the month, divided by all closed during the month.
     */
    public static boolean isLate(Investigation investigation) {
        return isLate(investigation.closed(), investigation.deadline());
    }

    /** {@link #isLate(Investigation)} from a case's closing day (null while open) and deadline. */
    public static boolean isLate(LocalDate closed, LocalDate deadline) {
        return closed != null && closed.isAfter(deadline);
    }

    /**
     * Whether an investigation is ongoing (pågående) in a period.
     *
     * <p>Definition (analysis 2): open on at least one day of the period, that is, opened on or
     * before the period's last day and either still open or closed on or after its first day.
     * Holds for a month as well as for a multi-month period such as January–August, where each
     * investigation counts once however many months it spans.
     */
    public static boolean isOpenDuring(Investigation investigation, LocalDate from, LocalDate toInclusive) {
        LocalDate closed = investigation.closed();
        return !investigation.opened().isAfter(toInclusive) && (closed == null || !closed.isBefore(from));
    }

    /**
     * Whether an investigation was opened (inledd) in a period.
     *
     * <p>Definition (analysis 2): its opening day lies in {@code from..toInclusive}.
     */
    public static boolean isOpenedDuring(Investigation investigation, LocalDate from, LocalDate toInclusive) {
        return within(investigation.opened(), from, toInclusive);
    }

    /**
     * Whether an investigation was closed (avslutad) in a period.
     *
     * <p>Definition (analysis 2): it is closed and its closing day lies in {@code from..toInclusive}.
     */
    public static boolean isClosedDuring(Investigation investigation, LocalDate from, LocalDate toInclusive) {
        return investigation.closed() != null && within(investigation.closed(), from, toInclusive);
    }

    /**
     * Whether an investigation is overdue (pågår efter sista dag) on a given day.
     *
     * <p>Definition: it is still open on {@code asOf} (opened on or before it, and not closed or
     * closed after it) and {@code asOf} is after its deadline. Such an investigation will be late
     * when it is closed.
     */
    public static boolean isOverdue(Investigation investigation, LocalDate asOf) {
        LocalDate closed = investigation.closed();
        boolean openOnDay = !investigation.opened().isAfter(asOf) && (closed == null || closed.isAfter(asOf));
        return openOnDay && asOf.isAfter(investigation.deadline());
    }

    /**
     * Checks an investigation for data problems, for the import to report row by row.
     *
     * <p>Definition of a valid investigation: not closed before it was opened; nothing opened,
     * closed or decided after {@code today}; no extension decided before the opening; and every
     * extension, taken in decision order, moves the deadline it replaces (the statutory deadline, or
     * the previous extension's) to a later day.
     *
     * @return the problems found, in the enum's order, each once; empty when valid
     */
    public static List<Problem> validate(Investigation investigation, LocalDate today) {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        LocalDate opened = investigation.opened();
        LocalDate closed = investigation.closed();
        if (closed != null && closed.isBefore(opened)) {
            problems.add(Problem.CLOSED_BEFORE_OPENED);
        }
        if (opened.isAfter(today)) {
            problems.add(Problem.OPENED_IN_FUTURE);
        }
        if (closed != null && closed.isAfter(today)) {
            problems.add(Problem.CLOSED_IN_FUTURE);
        }
        LocalDate replaced = opened.plus(STATUTORY_PERIOD);
        for (DeadlineExtension extension :
                investigation.extensions().stream().sorted(DECISION_ORDER).toList()) {
            if (extension.decided().isBefore(opened)) {
                problems.add(Problem.EXTENSION_DECIDED_BEFORE_OPENED);
            }
            if (extension.decided().isAfter(today)) {
                problems.add(Problem.EXTENSION_DECIDED_IN_FUTURE);
            }
            if (!extension.newDeadline().isAfter(replaced)) {
                problems.add(Problem.EXTENSION_NOT_LATER_THAN_REPLACED_DEADLINE);
            }
            replaced = extension.newDeadline();
        }
        return List.copyOf(problems);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate toInclusive) {
        return !day.isBefore(from) && !day.isAfter(toInclusive);
    }
}
