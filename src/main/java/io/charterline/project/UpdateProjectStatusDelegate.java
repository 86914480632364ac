package io.charterline.project;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Moves the project to the status named by the model's {@code status} field. Used as a service task where the
 * status change is a business outcome (rejected) and as a listener on the flows that cross a phase gate; a status
 * that ends the project also records its day ({@link ProjectEndDay}).
 */
@Component
@Scope("prototype")
public class UpdateProjectStatusDelegate implements JavaDelegate, ExecutionListener {

    private final ProjectRegistry projects;
    private final ProjectEndDay endDay;
    private Expression status;

    public UpdateProjectStatusDelegate(ProjectRegistry projects, ProjectEndDay endDay) {
        this.projects = projects;
        this.endDay = endDay;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectKey = new ProcessVariables(execution).string(LifecycleVariables.PROJECT_KEY);
        ProjectStatus next = ProjectStatus.valueOf(status.getValue(execution).toString());
        projects.moveTo(projectKey, next);
        if (!next.isActive()) {
            endDay.record(execution);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }

    public void setStatus(Expression status) {
        this.status = status;
    }
}
