package io.charterline.monitoring;

import static io.charterline.project.LifecycleVariables.KPI_SUMMARY;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.text.Money;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * One status cycle: earned-value figures from the project's data, rated by the project-health decision,
 * stored as the next status report. The rating lands on the lifecycle instance, where the escalation gateway and
 * the Cockpit projects view read it. A RED cycle also names the open critical issues and high risks, keeps on the
 * cycle's own scope what its sponsor's form shows (summary, recommended action, register) and why it is RED (its
 * escalation task carries that to the closeout lesson), and tells the project manager.
 */
@Component
public class ComputeKpisDelegate implements JavaDelegate {

    private final ProjectProgress progress;
    private final StatusReportService statusReports;
    private final ProjectRegistry projects;
    private final EscalationBriefing briefing;
    private final EscalationNotices notices;

    public ComputeKpisDelegate(ProjectProgress progress, StatusReportService statusReports, ProjectRegistry projects,
                               EscalationBriefing briefing, EscalationNotices notices) {
        this.progress = progress;
        this.statusReports = statusReports;
        this.projects = projects;
        this.briefing = briefing;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectKey = new ProcessVariables(execution).string(PROJECT_KEY);
        ProjectProgress.StatusMeasurement measurement = progress.statusMeasurement(projectKey);
        StatusReport report = statusReports.recordStatus(projectKey, measurement.inputs(), measurement.forecast());
        execution.getProcessInstance().setVariables(HealthVariables.write(report));
        KpiFigures figures = report.figures();
        String kpiSummary = """
                Status cycle %d on %s: planned value %s, earned value %s, actual cost %s.
                SPI %s, CPI %s; estimate at completion %s against a budget at completion of %s.
                Approved budget %s: headroom at completion %s.
                Open high risks: %d; open critical issues: %d."""
                .formatted(report.getCycleNumber(), figures.statusDate(), money(figures.plannedValue()),
                        money(figures.earnedValue()), money(figures.actualCost()), figures.spi(),
                        figures.cpi() == null ? "n/a (no cost booked yet)" : figures.cpi(),
                        money(figures.estimateAtCompletion()), money(figures.budgetAtCompletion()),
                        money(figures.approvedBudget()), money(figures.budgetHeadroomAtCompletion()),
                        figures.openRisks().highOrAbove(), figures.openIssues().critical());
        execution.getProcessInstance().setVariable(KPI_SUMMARY, kpiSummary);
        if (report.getHealth() == Health.RED) {
            String cause = briefing.cause(projectKey, figures);
            String register = briefing.register(projectKey);
            execution.getProcessInstance().setVariable(HealthVariables.ESCALATION_REGISTER, register);
            // A later RED cycle, open beside this one, overwrites the process's figures: the sponsor's form reads
            // this cycle's own copies first, so each escalation shows the figures it was raised with.
            execution.setVariablesLocal(Variables.createVariables()
                    .putValue(KPI_SUMMARY, kpiSummary)
                    .putValue(HealthVariables.RECOMMENDED_ACTION, report.getRecommendedAction())
                    .putValue(HealthVariables.ESCALATION_REGISTER, register)
                    .putValue(HealthVariables.RED_CAUSE, cause));
            Project project = projects.require(projectKey);
            notices.redRated(project, report.getCycleNumber(), cause);
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "n/a" : Money.of(amount);
    }
}
