package se.lagesbild.presentation;

import java.time.YearMonth;

/**
 * A presentation the members can follow by its short code: what it shows (a frozen version, or
 * null for the live figures of {@code period}), the presenter's current slide, and whether it has
 * ended (the presenter ended it, or has not moved for the presentation's session timeout).
 */
public record Session(String code, Long versionId, YearMonth period, int slide, boolean ended) {

    /** The presence key of the members who follow the presenter now. */
    public String followingKey() {
        return "presentation/" + code + "/following";
    }

    /** The presence key of the members who look around on their own. */
    public String lookingAroundKey() {
        return "presentation/" + code + "/looking-around";
    }
}
