package io.charterline.closing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's final report, for everyone signed in: HTML to read, PDF to download. */
@RestController
@Tag(name = "Closeout reports")
@RequestMapping("/api/projects/{key}")
class CloseoutReportController {

    /** The report carries no script and loads nothing: only its own styles and embedded chart images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private final CloseoutReports reports;

    CloseoutReportController(CloseoutReports reports) {
        this.reports = reports;
    }

    /** HTML unless the client asks for a PDF by name: a browser's or curl's {@code *}{@code /*} gets the page. */
    @GetMapping("/closeout-report")
    @Operation(summary = "The project's final report as HTML",
            description = "Produced at closeout; 404 until then. Send Accept: application/pdf for the PDF.")
    ResponseEntity<?> report(@PathVariable String key,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return pdf(key);
        }
        return ResponseEntity.ok()
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(reports.html(key));
    }

    @GetMapping("/closeout-report.pdf")
    @Operation(summary = "The project's final report as a PDF download", description = "404 until closeout.")
    ResponseEntity<byte[]> pdf(@PathVariable String key) {
        byte[] pdf = reports.pdf(key);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(key + "-closeout-report.pdf").build().toString())
                .body(pdf);
    }
}
