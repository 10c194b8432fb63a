package se.lagesbild.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A year's kontoplan: which kostnadsslag each account is summed into and which verksamhet each ansvar
 * and/or verksamhetskod belongs to. Ranges of a year never overlap ({@link #overlaps()}).
 */
public record Kontoplan(int year, List<AccountRange> ranges, List<ActivityRule> activities) {

    public Kontoplan {
        ranges = ranges.stream()
                .sorted(Comparator.comparingLong((AccountRange r) -> AccountRange.low(r.first())))
                .toList();
        activities = List.copyOf(activities);
    }

    /** The kostnadsslag an account is summed into, if any range holds it. */
    public Optional<String> costType(String account) {
        if (!AccountRange.validAccount(account)) {
            return Optional.empty();
        }
        long value = AccountRange.low(account);
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            AccountRange range = ranges.get(middle);
            if (value < AccountRange.low(range.first())) {
                high = middle - 1;
            } else if (value > AccountRange.high(range.last())) {
                low = middle + 1;
            } else {
                return Optional.of(range.costTypeCode());
            }
        }
        return Optional.empty();
    }

    /** The verksamhet of an ansvar and verksamhetskod: both, then ansvar alone, then verksamhetskod alone. */
    public Optional<String> activity(String ansvar, String verksamhetskod) {
        return Optional.ofNullable(activityResolver()
                .activity(ansvar == null ? "" : ansvar.strip(), verksamhetskod == null ? "" : verksamhetskod.strip()));
    }

    private Map<String, String> index() {
        Map<String, String> index = new HashMap<>();
        activities.forEach(r -> index.put(r.ansvar() + '\u0000' + r.verksamhetskod(), r.activityCode()));
        return index;
    }

    /** A resolver for many rows (the index built once). */
    public ActivityResolver activityResolver() {
        Map<String, String> rules = index();
        return (ansvar, verksamhetskod) -> {
            String found = null;
            if (!ansvar.isEmpty() && !verksamhetskod.isEmpty()) {
                found = rules.get(ansvar + '\u0000' + verksamhetskod);
            }
            if (found == null && !ansvar.isEmpty()) {
                found = rules.get(ansvar + '\u0000');
            }
            if (found == null && !verksamhetskod.isEmpty()) {
                found = rules.get('\u0000' + verksamhetskod);
            }
            return found;
        };
    }

    /** Finds the verksamhet of an ansvar and verksamhetskod, or null. */
    @FunctionalInterface
    public interface ActivityResolver {
        String activity(String ansvar, String verksamhetskod);
    }

    /** Each pair of ranges that overlap, as "4500–4599 och 4511". */
    public List<String> overlaps() {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    overlaps.add(ranges.get(i).label() + " / " + ranges.get(j).label());
                }
            }
        }
        return overlaps;
    }

    static String dimensionLabel(String ansvar, String verksamhetskod) {
        if (verksamhetskod.isEmpty()) {
            return "ansvar " + ansvar;
        }
        return ansvar.isEmpty()
                ? "verksamhetskod " + verksamhetskod
                : "ansvar " + ansvar + ", verksamhetskod " + verksamhetskod;
    }
}
