package se.lagesbild.presentation;

import java.time.YearMonth;

/**
 * A presentation the members can follow by its short code: what it shows (a frozen version, or
 * null for the live figures of {@code period}) and the presenter's current slide.
 */
public record Session(String code, Long versionId, YearMonth period, int slide) {
}
