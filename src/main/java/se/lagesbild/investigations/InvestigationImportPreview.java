package se.lagesbild.investigations;

import java.util.List;

/**
 * What an import file would change, before it is saved.
 *
 * @param fileName  the uploaded file's name
 * @param refusedAt where the file holds something like a personal identity number (the whole file
 *                  is refused, nothing else is read), or null
 * @param problems  the rows that cannot be imported, by row and column; the file is imported only
 *                  without any
 * @param added     cases not stored before
 * @param changed   cases whose latest stored version differs (each becomes a new version)
 * @param unchanged the number of cases equal to their latest stored version (not stored again)
 * @param problemCount how many problems the file has ({@code problems} holds the first 200)
 */
public record InvestigationImportPreview(
        String fileName,
        InvestigationImportError refusedAt,
        List<InvestigationImportError> problems,
        List<Investigation> added,
        List<Investigation> changed,
        int unchanged,
        int problemCount) {

    public InvestigationImportPreview {
        problems = List.copyOf(problems);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }

    /** Whether the file can be saved: not refused and free of problems. */
    public boolean canApply() {
        return refusedAt == null && problems.isEmpty();
    }
}
