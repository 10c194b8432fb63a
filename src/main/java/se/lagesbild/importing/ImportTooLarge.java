package se.lagesbild.importing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart file to the import endpoint larger than {@code lagesbild.import.max-file-size} (which
 * spring.servlet.multipart.max-file-size follows): the same Swedish 413 as for a raw body. The
 * multipart request fails before a handler is chosen, so this is advice, not the controller's own.
 */
@RestControllerAdvice
class ImportTooLarge {

    private final long maxBytes;

    ImportTooLarge(ImportSettings settings) {
        this.maxBytes = settings.maxFileSize().toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ImportController.Answer> tooLarge(HttpServletRequest request, MaxUploadSizeExceededException e)
            throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/import/")) {
            throw e;
        }
        return ImportController.tooLarge(ImportFiles.UNNAMED, maxBytes);
    }
}
