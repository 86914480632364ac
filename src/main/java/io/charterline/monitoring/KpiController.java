package io.charterline.monitoring;

import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring")
class KpiController {

    /**
     * The latest report (absent before the first status cycle; an ended project's closeout snapshot), what moved the
     * plan and the register after it (absent with it) and every report, oldest first.
     */
    record KpiHistory(String projectKey, StatusReportView current, SinceStatusCycle sinceCurrent,
                      List<StatusReportView> history) {
    }

    private final StatusReportService statusReports;
    private final ProjectRegistry projects;
    private final PlanMovesSinceStatusCycle planMoves;

    KpiController(StatusReportService statusReports, ProjectRegistry projects, PlanMovesSinceStatusCycle planMoves) {
        this.statusReports = statusReports;
        this.projects = projects;
        this.planMoves = planMoves;
    }

    @GetMapping("/api/projects/{key}/kpis")
    @Operation(summary = "A project's KPIs: the current status report and the history of all status cycles",
            description = "Earned value (PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC), the approved budget on the "
                    + "status date and the forecast against it (budgetHeadroomAtCompletion = approvedBudget - EAC; "
                    + "negative when the forecast exceeds the approved money), schedule adherence, budget accuracy, "
                    + "scope stability, resource utilisation, open risks and issues by severity and the "
                    + "project-health rating of each cycle. forecastFinishDate is when the current baseline will "
                    + "finish as things stand on the status date, forecast as the change impact analysis forecasts "
                    + "it (the plan scheduled again by the critical-path method, work not begun, READY work nobody "
                    + "took up included, starting no earlier than the status date; work in progress is assumed to "
                    + "finish on its planned dates, whatever the SPI says of the work done so far, so a cycle "
                    + "behind schedule can be forecast on time); forecastLateDays the calendar "
                    + "days it lies after the baseline's finish (0 when on time, negative when begun work runs "
                    + "ahead of the dates an earlier baseline gave it); both are absent in the closeout "
                    + "snapshot and in reports recorded before the status cycle forecast the finish. cpi is absent "
                    + "while no cost is booked (AC 0): not computable, rather than 1 ('on budget'). 'current' is "
                    + "absent until the first status cycle; approvedBudget and budgetHeadroomAtCompletion are absent "
                    + "in reports recorded before the approved budget became part of the status cycle. A closed or "
                    + "terminated project's last report is its closeout snapshot (closeout = true, statusDate = the "
                    + "closeout day): the figures of its closeout report, without health, as an ended project is not "
                    + "rated; it is 'current'. Its SPI and scheduleAdherence are 1 once all work is done, however "
                    + "late: actualFinish and finishLateDays say when it finished against plannedFinish, onTimeShare "
                    + "how much of its work kept its dates. Its resourceUtilisation is the resource utilisation over "
                    + "the project's life, not the closeout week's, whose bookings are released (see the field). "
                    + "Every figure of a report is as of its statusDate, its headroom against the approvedBudget of "
                    + "that day: changes approved after a cycle enter the figures at the next "
                    + "cycle. 'sinceCurrent' says which changes were applied to the baseline or the approved budget "
                    + "(or backed out) after 'current' was recorded, and today's baseline version, its BAC and the "
                    + "approved budget; it is absent with 'current'. For a running project it also counts the "
                    + "risks and issues raised or settled since (risksRaised, risksClosed, issuesRaised, "
                    + "issuesClosed, by severity), today's open ones (openRisksToday, openIssuesToday) beside the "
                    + "cycle's, and what the project-health decision would rate them with the cycle's SPI and CPI "
                    + "(healthIfRatedToday, recommendedActionIfRatedToday): a preview, as the rating of record "
                    + "comes with the next cycle.")
    KpiHistory kpis(@PathVariable String key) {
        Project project = projects.require(key);
        List<StatusReport> reports = statusReports.history(key);
        StatusReport latest = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        return new KpiHistory(key, latest == null ? null : StatusReportView.of(latest),
                latest == null ? null : planMoves.since(project, latest),
                reports.stream().map(StatusReportView::of).toList());
    }
}
