package io.charterline.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One status report as our API shows it: the cycle, its rating and, unwrapped, all its figures.
 *
 * @param closeout true for an ended project's final snapshot, measured on its closeout day (the statusDate) with
 *                 the figures of its closeout report; it has no health, as an ended project is not rated
 * @param onTimeShare the closeout snapshot's share of the done work packages that finished by their planned finish
 *                    (the report's "on-time share"), leaving out those completed before their planned start;
 *                    null in status cycles and when no other package was done; unlike
 *                    {@code scheduleAdherence} (packages due that are done), which is 1 once all work is done
 *                    however late it finished
 */
public record StatusReportView(Long id, int cycleNumber, boolean closeout, Health health, String recommendedAction,
                               @JsonUnwrapped KpiFigures figures,
                               @Schema(description = "Closeout snapshot only: share of the done work packages that "
                                       + "finished by their planned finish (the report's on-time share), leaving out "
                                       + "those completed before their planned start; null in status cycles. Not "
                                       + "schedule adherence (scheduleAdherence)")
                               BigDecimal onTimeShare,
                               Instant createdAt) {

    static StatusReportView of(StatusReport report) {
        return new StatusReportView(report.getId(), report.getCycleNumber(), report.isCloseout(), report.getHealth(),
                report.getRecommendedAction(), report.figures(), report.getOnTimeShare(), report.getCreatedAt());
    }
}
