package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.EXECUTION_SUMMARY;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.record.ProjectRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the execution summary on the acceptance task when it is created, so every round shows current figures. */
@Component("summariseExecution")
public class SummariseExecutionListener implements TaskListener {

    private final ProjectRecords records;
    private final ExecutionSummary summary = new ExecutionSummary();

    public SummariseExecutionListener(ProjectRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String projectKey = new ProcessVariables(task).string(PROJECT_KEY);
        task.setVariable(EXECUTION_SUMMARY, summary.of(records.of(projectKey)));
    }
}
