package io.charterline.monitoring;

import io.charterline.plan.ScheduleForecast;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.risk.RiskRegister;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the computing side of a status cycle and keeps its reports. */
@Service
public class StatusReportService {

    private final ProjectRegistry projects;
    private final RiskRegister register;
    private final ProjectHealthDecision healthDecision;
    private final StatusReportRepository reports;
    private final Clock clock;
    private final EarnedValueCalculator calculator = new EarnedValueCalculator();

    public StatusReportService(ProjectRegistry projects, RiskRegister register, ProjectHealthDecision healthDecision,
                               StatusReportRepository reports, Clock clock) {
        this.projects = projects;
        this.register = register;
        this.healthDecision = healthDecision;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Computes the figures of the project's next status cycle, counting its open risks and issues now, rates
     * them with {@code project-health}, and stores them with the schedule's forecast finish (null: none) as the
     * next cycle's report. Joins the caller's transaction, so in a delegate the report is stored with the engine's
     * state or not at all.
     */
    @Transactional
    public StatusReport recordStatus(String projectKey, KpiInputs inputs, ScheduleForecast forecast) {
        Project project = projects.require(projectKey);
        KpiFigures figures = calculator.calculate(inputs, register.openItems(project.getId()));
        HealthRating rating = healthDecision.rate(figures);
        int cycle = reports.lastCycleNumber(project.getId()) + 1;
        return reports.save(new StatusReport(project.getId(), cycle, figures, rating, forecast,
                Instant.now(clock)));
    }

    /**
     * Stores the figures the final report measured at closeout as the project's last snapshot, after its status
     * cycles, so its KPIs end where its report does, with the report's on-time share, actual finish and the days it
     * lies after the baseline's finish. A closeout run again replaces the earlier snapshot.
     */
    @Transactional
    public StatusReport recordCloseout(String projectKey, KpiFigures figures, BigDecimal onTimeShare,
                                       LocalDate actualFinish, Long finishLateDays) {
        Project project = projects.require(projectKey);
        reports.findByProjectIdAndCloseoutTrue(project.getId()).ifPresent(earlier -> {
            reports.delete(earlier);
            reports.flush();
        });
        int cycle = reports.lastCycleNumber(project.getId()) + 1;
        return reports.save(StatusReport.closeout(project.getId(), cycle, figures, onTimeShare, actualFinish,
                finishLateDays, Instant.now(clock)));
    }

    /** The figures of these inputs, rated by nothing and stored nowhere: the final report's KPIs at closeout. */
    @Transactional(readOnly = true)
    public KpiFigures measure(Project project, KpiInputs inputs) {
        return calculator.calculate(inputs, register.openItems(project.getId()));
    }

    @Transactional(readOnly = true)
    public Optional<StatusReport> current(String projectKey) {
        return reports.findFirstByProjectIdOrderByCycleNumberDesc(projects.require(projectKey).getId());
    }

    /** Every report of the project, oldest cycle first; an ended project's closeout snapshot last. */
    @Transactional(readOnly = true)
    public List<StatusReport> history(String projectKey) {
        return reports.findByProjectIdOrderByCycleNumber(projects.require(projectKey).getId());
    }
}
