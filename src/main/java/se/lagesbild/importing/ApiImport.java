package se.lagesbild.importing;

import java.util.List;
import java.util.Set;

/**
 * An import the endpoint ({@code POST /api/import/{scope}}) runs for a scheduled job: the economy
 * files (economy.imports.EconomyImport) and the investigations case export (investigations.InvestigationImport):
 * each feature owns its import and plugs it in here.
 */
public interface ApiImport {

    /** The scopes whose files this import reads. */
    Set<ImportScope> scopes();

    /**
     * Imports a job's file, all or nothing, logged and audited as {@link ApiTokens.ApiToken#recordedAs()};
     * refused unless the token is scoped to {@code scope}.
     */
    ApiImportResult importFile(ApiTokens.ApiToken token, ImportScope scope, String fileName, byte[] bytes);

    /**
     * What the endpoint answers: how it ended (applied, rejected for row errors, refused as a whole), the
     * import log's id, the counts, the (first) errors with their file, row and column, and how many
     * errors the file has in all.
     */
    record ApiImportResult(
            ImportStatus status,
            Long importId,
            int added,
            int corrected,
            int unchanged,
            List<ImportError> errors,
            int errorCount) {

        public ApiImportResult {
            errors = List.copyOf(errors);
            errorCount = Math.max(errorCount, errors.size());
        }

        /** An import that lists all its errors. */
        public ApiImportResult(
                ImportStatus status, Long importId, int added, int corrected, int unchanged, List<ImportError> errors) {
            this(status, importId, added, corrected, unchanged, errors, errors.size());
        }
    }
}
