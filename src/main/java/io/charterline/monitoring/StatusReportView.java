package io.charterline.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.charterline.plan.ScheduleForecast;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
                               @Schema(description = "Closeout snapshot of a closed project only: the day its last "
                                       + "work package was done (the report's actual finish), to compare with "
                                       + "plannedFinish; null in status cycles and for a terminated project")
                               LocalDate actualFinish,
                               @Schema(description = "Closeout snapshot only: calendar days actualFinish lies after "
                                       + "the baseline's finish (plannedFinish), negative when early; SPI and "
                                       + "scheduleAdherence are 1 for every finished project however late, this is "
                                       + "how late it finished. Null where actualFinish is")
                               Long finishLateDays,
                               @Schema(description = "When the current baseline will finish as things stand on the "
                                       + "status date: its work packages scheduled again by the critical-path "
                                       + "method (the impact analysis's forecast), begun work (IN_PROGRESS, DONE) "
                                       + "on its planned dates, work not begun (PLANNED, and READY work nobody took "
                                       + "up yet) starting no earlier than the status date and pushing its "
                                       + "successors on. Compare plannedFinish. It assumes that work in progress "
                                       + "finishes on its planned dates: it does not extrapolate the SPI, so a cycle "
                                       + "rated AMBER or RED for schedule can be forecast on time; read it as the "
                                       + "finish if begun work holds its dates. Null in the closeout snapshot and in "
                                       + "reports recorded before the status cycle forecast it")
                               LocalDate forecastFinishDate,
                               @Schema(description = "Calendar days forecastFinishDate lies after the current "
                                       + "baseline's finish (a finish moved from Friday to the next Friday is 7 days "
                                       + "late); 0 when the project is forecast to finish on time. Null where "
                                       + "forecastFinishDate is")
                               Long forecastLateDays,
                               Instant createdAt) {

    static StatusReportView of(StatusReport report) {
        ScheduleForecast forecast = report.forecast();
        return new StatusReportView(report.getId(), report.getCycleNumber(), report.isCloseout(), report.getHealth(),
                report.getRecommendedAction(), report.figures(), report.getOnTimeShare(), report.getActualFinish(),
                report.getFinishLateDays(),
                forecast == null ? null : forecast.finishDate(), forecast == null ? null : forecast.lateDays(),
                report.getCreatedAt());
    }
}
