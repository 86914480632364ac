package io.charterline.monitoring;

import static io.charterline.project.LifecycleVariables.KPI_SUMMARY;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One status cycle: earned-value figures from the project's data, rated by the project-health decision,
 * stored as the next status report. The rating lands on the lifecycle instance, where the escalation gateway,
 * the sponsor's form and the Cockpit projects view read it.
 */
@Component
public class ComputeKpisDelegate implements JavaDelegate {

    private final ProjectProgress progress;
    private final StatusReportService statusReports;

    public ComputeKpisDelegate(ProjectProgress progress, StatusReportService statusReports) {
        this.progress = progress;
        this.statusReports = statusReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectKey = new ProcessVariables(execution).string(PROJECT_KEY);
        StatusReport report = statusReports.recordStatus(projectKey, progress.inputs(projectKey));
        execution.getProcessInstance().setVariables(HealthVariables.write(report));
        KpiFigures figures = report.figures();
        execution.getProcessInstance().setVariable(KPI_SUMMARY, """
                Status cycle %d on %s: planned value %s, earned value %s, actual cost %s.
                SPI %s, CPI %s; estimate at completion %s against a budget at completion of %s.
                Approved budget %s: headroom at completion %s.
                Open high risks: %d; open critical issues: %d."""
                .formatted(report.getCycleNumber(), figures.statusDate(), figures.plannedValue(),
                        figures.earnedValue(), figures.actualCost(), figures.spi(),
                        figures.cpi() == null ? "n/a (no cost booked yet)" : figures.cpi(),
                        figures.estimateAtCompletion(), figures.budgetAtCompletion(), figures.approvedBudget(),
                        figures.budgetHeadroomAtCompletion(), figures.openRisks().highOrAbove(),
                        figures.openIssues().critical()));
    }
}
