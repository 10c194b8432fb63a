package se.lagesbild.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One investigation (utredning) from the pseudonymised case-level export.
 *
 * @param reference   the opaque case reference; never a personal identity number
 * @param unitCode    the code of the unit (enhet) running the investigation, e.g. "BUE"
 * @param targetGroup the unit's target group
 * @param opened      the day the investigation was opened (inledd)
 * @param closed      the day it was closed (avslutad), or {@code null} while it is still open
 * @param extensions  the deadline extension decisions, in any order; {@code null} is read as none
 */
public record Investigation(
        String reference,
        String unitCode,
        TargetGroup targetGroup,
        LocalDate opened,
        LocalDate closed,
        List<DeadlineExtension> extensions) {

    public Investigation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(opened, "opened");
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /**
     * The deadline that applies to this investigation.
     *
     * @see InvestigationRules#deadline(LocalDate, List)
     */
    public LocalDate deadline() {
        return InvestigationRules.deadline(opened, extensions);
    }
}
