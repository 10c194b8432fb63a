package se.lagesbild.importing;

import java.util.ArrayList;
import java.util.List;
import se.lagesbild.base.TextLimits;

/**
 * A file's errors as an import collects them: every one counted, the first
 * {@link TextLimits#SHOWN_ERRORS} kept (what the answer, the dialog and the log show). A file of
 * 90 MiB with an error on every row costs a counter, not a list of millions.
 */
public final class ImportErrors {

    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    public void add(ImportError error) {
        count++;
        if (kept.size() < TextLimits.SHOWN_ERRORS) {
            kept.add(error);
        }
    }

    /** How many errors the file has. */
    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The first errors, in the order found. */
    public List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
