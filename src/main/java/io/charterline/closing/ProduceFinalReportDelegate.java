package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Produces and stores the project's final report at closeout. The step is asynchronous in the model: a report
 * that fails to render is retried and then shows as an incident, without undoing the sponsor's acceptance.
 */
@Component
public class ProduceFinalReportDelegate implements JavaDelegate {

    private final CloseoutReports reports;

    public ProduceFinalReportDelegate(CloseoutReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        reports.produce(variables.string(PROJECT_KEY), CloseProjectDelegate.outcome(variables));
    }
}
