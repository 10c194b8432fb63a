package se.lagesbild.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.lagesbild.base.SwedishTexts;
import se.lagesbild.base.TextLimits;

/**
 * The import endpoint for scheduled jobs: {@code POST /api/import/{utfall|budget|prognos|utredningar}}
 * with {@code Authorization: Bearer <token>}, the file as multipart field {@code file} or as the raw
 * body (its name from {@code X-File-Name} or {@code Content-Disposition}). Answers 200 when applied,
 * 422 with the row errors when rejected (or the one place of a personnummer when refused), 401
 * without a token scoped to the kind, 404 for an unknown kind. The imports themselves are the
 * {@link ApiImport}s: economy files here, the investigations export in its package.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    /** The answer: status, the import log's id, counts and row errors. */
    record Answer(
            String status,
            Long importId,
            String kind,
            int added,
            int corrected,
            int unchanged,
            int errorCount,
            List<ErrorAnswer> errors) {}

    record ErrorAnswer(String file, Integer row, String column, String message) {}

    private static final String UNNAMED = ImportFiles.UNNAMED;

    private final List<ApiImport> imports;
    private final ApiTokens tokens;
    private final long maxBytes;

    ImportController(List<ApiImport> imports, ApiTokens tokens, ImportSettings settings) {
        this.imports = imports;
        this.tokens = tokens;
        this.maxBytes = settings.maxFileSize().toBytes();
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Answer> importMultipart(
            @PathVariable String kind,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        String fileName = file == null
                        || file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank()
                ? UNNAMED
                : file.getOriginalFilename();
        return importFile(kind, authorization, fileName, file == null ? new byte[0] : file.getBytes());
    }

    @PostMapping(path = "/{kind}")
    ResponseEntity<Answer> importBody(
            @PathVariable String kind,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(value = "X-File-Name", required = false) String fileNameHeader,
            @RequestHeader(value = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
            HttpServletRequest request)
            throws IOException {
        String fileName = Optional.ofNullable(fileNameHeader)
                .filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(disposition).map(ImportController::fileName))
                .orElse(UNNAMED);
        byte[] body = body(request);
        if (body == null) {
            return tooLarge(ImportFiles.fileName(fileName));
        }
        return importFile(kind, authorization, fileName, body);
    }

    /**
     * The raw body, or null when it is larger than the setting: refused by its declared length before
     * anything is read, or as soon as more than the limit has arrived (a body sent in chunks).
     */
    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return read.length > maxBytes ? null : read;
        }
    }

    private ResponseEntity<Answer> tooLarge(String fileName) {
        return tooLarge(fileName, maxBytes);
    }

    /** 413 in Swedish, with the limit. */
    static ResponseEntity<Answer> tooLarge(String fileName, long maxBytes) {
        return answer(
                HttpStatus.CONTENT_TOO_LARGE,
                "CONTENT_TOO_LARGE",
                fileName,
                "import.api.tooLarge",
                DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
    }

    /**
     * A form post (what {@code curl --data-binary} sends unless told otherwise) cannot carry a file
     * byte for byte: the servlet container decodes it as form fields. Refused with what to send.
     */
    @PostMapping(path = "/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Answer> refuseForm(@PathVariable String kind) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", UNNAMED, "import.api.form", kind);
    }

    private ResponseEntity<Answer> importFile(String kindPath, String authorization, String givenName, byte[] bytes) {
        String fileName = ImportFiles.fileName(givenName);
        Optional<ImportScope> scope = ImportScope.fromPath(kindPath);
        if (scope.isEmpty()) {
            return answer(HttpStatus.NOT_FOUND, "NOT_FOUND", fileName, "import.api.unknownKind", kindPath);
        }
        Optional<ApiTokens.ApiToken> token = tokens.authorise(authorization, scope.get());
        if (token.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(answer(
                                    HttpStatus.UNAUTHORIZED,
                                    "UNAUTHORIZED",
                                    fileName,
                                    "import.api.unauthorized",
                                    scope.get().path())
                            .getBody());
        }
        ApiImport.ApiImportResult result;
        try {
            result = imports.stream()
                    .filter(i -> i.scopes().contains(scope.get()))
                    .findFirst()
                    .orElseThrow()
                    .importFile(token.get(), scope.get(), fileName, bytes);
        } catch (DataAccessException | TransactionException e) {
            // the transaction was rolled back (conflicts were retried already): nothing of the file is stored
            log.warn("Import of {} ({}) failed in the database: {}", fileName, scope.get(), e.getMessage());
            return answer(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "DATABASE_UNAVAILABLE",
                    fileName,
                    "import.api.databaseFailed",
                    fileName);
        } catch (RuntimeException e) {
            // logged and audited by the import (ImportLog.recordFailure); the answer names no exception
            log.warn("Import of {} ({}) failed unexpectedly", fileName, scope.get(), e);
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "FAILED", fileName, "import.error.unexpected", fileName);
        }
        List<ErrorAnswer> errors = result.errors().stream()
                .limit(TextLimits.SHOWN_ERRORS)
                .map(e -> new ErrorAnswer(e.file(), e.row(), e.column(), e.message()))
                .toList();
        return ResponseEntity.status(
                        result.status() == ImportStatus.APPLIED ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new Answer(
                        result.status().name(),
                        result.importId(),
                        scope.get().path(),
                        result.added(),
                        result.corrected(),
                        result.unchanged(),
                        result.errorCount(),
                        errors));
    }

    private static ResponseEntity<Answer> answer(
            HttpStatus status, String name, String fileName, String key, String arg) {
        return ResponseEntity.status(status)
                .body(new Answer(
                        name,
                        null,
                        null,
                        0,
                        0,
                        0,
                        1,
                        List.of(new ErrorAnswer(fileName, null, null, SwedishTexts.swedish(key, List.of(arg))))));
    }

    private static String fileName(String disposition) {
        try {
            return ContentDisposition.parse(disposition).getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
