package se.lagesbild.investigations;

import java.time.LocalDate;

/**
 * One case behind a figure, as the drill lists it.
 *
 * @param reference         the opaque case reference
 * @param unitCode          the enhet
 * @param opened            the opening day
 * @param deadline          the deadline ({@link InvestigationRules#deadline})
 * @param closed            the closing day, or null while open
 * @param daysOverDeadline  days past the deadline: closing day minus deadline, or for a case open at
 *                          the end of the listed period that day minus deadline; null when not past
 * @param extendedTo        the new deadline of the latest extension, or null without extension
 * @param extensionReason   that extension's reason code, or null
 */
public record CaseLine(
        String reference,
        String unitCode,
        LocalDate opened,
        LocalDate deadline,
        LocalDate closed,
        Integer daysOverDeadline,
        LocalDate extendedTo,
        String extensionReason) {}
