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
import org.springframework.stereotype.Component;

/**
 * One status cycle: earned-value figures from the project's data, rated by the project-health decision,
 * stored as the next status report. The rating lands on the lifecycle instance, where the escalation gateway,
 * the sponsor's form and the Cockpit projects view read it. A RED cycle also names the open critical issues and
 * high risks for the sponsor's form, keeps why it is RED on the cycle's own scope (its escalation task carries it
 * to the closeout lesson) and tells the project manager.
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
        StatusReport report = statusReports.recordStatus(projectKey, progress.inputs(projectKey),
                progress.forecast(projectKey));
        execution.getProcessInstance().setVariables(HealthVariables.write(report));
        KpiFigures figures = report.figures();
        execution.getProcessInstance().setVariable(KPI_SUMMARY, """
                Status cycle %d on %s: planned value %s, earned value %s, actual cost %s.
                SPI %s, CPI %s; estimate at completion %s against a budget at completion of %s.
                Approved budget %s: headroom at completion %s.
                Open high risks: %d; open critical issues: %d."""
                .formatted(report.getCycleNumber(), figures.statusDate(), money(figures.plannedValue()),
                        money(figures.earnedValue()), money(figures.actualCost()), figures.spi(),
                        figures.cpi() == null ? "n/a (no cost booked yet)" : figures.cpi(),
                        money(figures.estimateAtCompletion()), money(figures.budgetAtCompletion()),
                        money(figures.approvedBudget()), money(figures.budgetHeadroomAtCompletion()),
                        figures.openRisks().highOrAbove(), figures.openIssues().critical()));
        if (report.getHealth() == Health.RED) {
            String cause = briefing.cause(projectKey, figures);
            execution.getProcessInstance().setVariable(HealthVariables.ESCALATION_REGISTER,
                    briefing.register(projectKey));
            execution.setVariableLocal(HealthVariables.RED_CAUSE, cause);
            Project project = projects.require(projectKey);
            notices.redRated(project, report.getCycleNumber(), cause);
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "n/a" : Money.of(amount);
    }
}
