package se.lagesbild.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header row as the import pipeline matches it: column positions by name, case, spacing and
 * a byte order mark ignored, looked up once per name; a column named in errors as Excel shows it,
 * with its letter ("Avslutad (E)").
 */
public final class FileHeader {

    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();

    FileHeader(List<String> cells) {
        this.names = cells.stream().map(FileHeader::normalise).toList();
    }

    /** A header name as compared: no BOM, single spaces, lower case. */
    public static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The position of the column {@code name}, or −1. */
    public int index(String name) {
        return indexes.computeIfAbsent(name, n -> names.indexOf(normalise(n)));
    }

    /** The normalised names, in the file's order. */
    public List<String> names() {
        return names;
    }

    /** The column as errors name it: "Avslutad (E)", or only the letter when it has no header. */
    public String label(String name) {
        return column(name.strip(), index(name));
    }

    /** "Avslutad (E)": a header and the column letter as Excel shows them. */
    public static String column(String header, int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return header.isEmpty() ? letters.toString() : header + " (" + letters + ")";
    }
}
