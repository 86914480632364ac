package io.charterline.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** One status report as our API shows it: the cycle, its rating and, unwrapped, all its figures. */
public record StatusReportView(Long id, int cycleNumber, Health health, String recommendedAction,
                               @JsonUnwrapped KpiFigures figures, Instant createdAt) {

    static StatusReportView of(StatusReport report) {
        return new StatusReportView(report.getId(), report.getCycleNumber(), report.getHealth(),
                report.getRecommendedAction(), report.figures(), report.getCreatedAt());
    }
}
