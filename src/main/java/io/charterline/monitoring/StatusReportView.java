package io.charterline.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * One status report as our API shows it: the cycle, its rating and, unwrapped, all its figures.
 *
 * @param closeout true for an ended project's final snapshot, measured on its closeout day (the statusDate) with
 *                 the figures of its closeout report; it has no health, as an ended project is not rated
 */
public record StatusReportView(Long id, int cycleNumber, boolean closeout, Health health, String recommendedAction,
                               @JsonUnwrapped KpiFigures figures, Instant createdAt) {

    static StatusReportView of(StatusReport report) {
        return new StatusReportView(report.getId(), report.getCycleNumber(), report.isCloseout(), report.getHealth(),
                report.getRecommendedAction(), report.figures(), report.getCreatedAt());
    }
}
