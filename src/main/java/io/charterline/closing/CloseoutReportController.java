package io.charterline.closing;

import io.charterline.time.HoursAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's final report, HTML to read, PDF to download. It names who worked how many hours against their plan,
 * so it is for the project's people, as its time entries are ({@link HoursAccess}).
 */
@RestController
@Tag(name = "Closeout reports")
@RequestMapping("/api/projects/{key}")
class CloseoutReportController {

    /** The report carries no script and loads nothing: only its own styles and embedded chart images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private static final String READERS = " Read by the project's team, its manager and sponsor, the PMO and "
            + "administrators (it names people's hours); anyone else gets 403 naming them.";
    private static final String WHAT = "closeout report";

    private final CloseoutReports reports;
    private final HoursAccess access;

    CloseoutReportController(CloseoutReports reports, HoursAccess access) {
        this.reports = reports;
        this.access = access;
    }

    /** HTML unless the client asks for a PDF by name: a browser's or curl's {@code *}{@code /*} gets the page. */
    @GetMapping("/closeout-report")
    @Operation(summary = "The project's final report as HTML",
            description = "Produced at closeout; 404 until then. Send Accept: application/pdf for the PDF." + READERS)
    ResponseEntity<?> report(@PathVariable String key,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                             Authentication user) {
        if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return pdf(key, user);
        }
        access.requireProjectReader(key, WHAT, user);
        return ResponseEntity.ok()
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(reports.html(key));
    }

    @GetMapping("/closeout-report.pdf")
    @Operation(summary = "The project's final report as a PDF download", description = "404 until closeout." + READERS)
    ResponseEntity<byte[]> pdf(@PathVariable String key, Authentication user) {
        access.requireProjectReader(key, WHAT, user);
        byte[] pdf = reports.pdf(key);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(key + "-closeout-report.pdf").build().toString())
                .body(pdf);
    }
}
