package se.lagesbild.economy.imports;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import se.lagesbild.organisation.OrganisationService;

/** The known name a misspelt one most likely means: the nearest by edit distance, if near enough. */
final class ClosestName {

    private ClosestName() {}

    static Optional<String> to(String wanted, Collection<String> names) {
        String normalisedWanted = OrganisationService.normalise(wanted);
        int limit = Math.max(2, normalisedWanted.length() / 4);
        return names.stream()
                .map(name -> new Candidate(name, distance(normalisedWanted, OrganisationService.normalise(name))))
                .filter(candidate -> candidate.distance() <= limit)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {}

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
