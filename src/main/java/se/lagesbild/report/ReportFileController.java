package se.lagesbild.report;

import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lagesbild.reportdata.Chapter;

/**
 * The report's stable download addresses for a signed-in user who may read reports (the session's
 * sign-in; {@link ReportService#checkMayView} decides): {@code /rapport/2021-08.pdf} and
 * {@code /rapport/2021-08.docx} (the live report of the period, every chapter or those named in
 * {@code ?kapitel=handelser,ekonomi}), {@code /rapport/version/{id}.pdf|.docx} (a frozen version).
 */
@RestController
class ReportFileController {

    private final ReportService reports;

    ReportFileController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/rapport/{period:\\d{4}-\\d{2}}.{format:pdf|docx}")
    ResponseEntity<byte[]> live(
            @PathVariable String period,
            @PathVariable String format,
            @RequestParam(value = "kapitel", required = false) String chapters,
            Principal principal) {
        String user = user(principal);
        reports.checkMayView(user);
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            return ResponseEntity.notFound().build();
        }
        Set<Chapter> chosen = chapters(chapters);
        ReportSnapshot snapshot;
        try {
            snapshot = reports.live(month, chosen);
        } catch (ReportService.NothingToReportException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String name = chosen.size() == Chapter.values().length
                ? ReportDocument.defaultName(month)
                : se.lagesbild.base.SwedishTexts.swedish("reportdata.name.monthly", ReportService.periodLabel(month));
        return file(ReportDocument.live(name, snapshot, Instant.now()), format);
    }

    @GetMapping("/rapport/version/{id:\\d{1,18}}.{format:pdf|docx}")
    ResponseEntity<byte[]> version(@PathVariable long id, @PathVariable String format, Principal principal) {
        reports.checkMayView(user(principal));
        Optional<ReportVersion> version = reports.version(id);
        return version.map(v -> file(ReportDocument.of(v), format))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> file(ReportDocument document, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean pdf = format.equals("pdf");
        if (pdf) {
            ReportPdf.write(document, out);
        } else {
            ReportDocx.write(document, out);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, pdf ? ReportPdf.CONTENT_TYPE : ReportDocx.CONTENT_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName() + "." + format, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    /** The chapters named in {@code kapitel} (their keys, comma-separated), every chapter when none. */
    static Set<Chapter> chapters(String keys) {
        if (keys == null || keys.isBlank()) {
            return EnumSet.allOf(Chapter.class);
        }
        Set<Chapter> chosen = EnumSet.noneOf(Chapter.class);
        Arrays.stream(keys.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .forEach(k -> Chapter.of(k).ifPresent(chosen::add));
        return chosen;
    }

    private static String user(Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return principal.getName();
    }
}
