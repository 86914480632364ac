package io.charterline.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How an ended project ended, from its lifecycle's history: the day, the sponsor's acceptance of the deliverables
 * and where its closeout report is.
 *
 * @param endedOn        the day it closed, was terminated or rejected
 * @param acceptedBy     who accepted the deliverables; null for a project that ended without acceptance (rejected)
 * @param acceptedAt     when they did
 * @param closeoutReport the path of the closeout report (HTML; .pdf for the PDF); null without one (rejected)
 */
public record ProjectEnding(
        LocalDate endedOn,
        String acceptedBy,
        Instant acceptedAt,
        @Schema(description = "GET this path for the closeout report as HTML, or .../closeout-report.pdf for the "
                + "PDF; absent for a rejected charter, which has none")
        String closeoutReport) {
}
