package io.charterline.project;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Moves the project to the status named by the model's {@code status} field, e.g. at a phase gate. */
@Component
@Scope("prototype")
public class UpdateProjectStatusDelegate implements JavaDelegate {

    private final ProjectRegistry projects;
    private Expression status;

    public UpdateProjectStatusDelegate(ProjectRegistry projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectKey = new ProcessVariables(execution).string(LifecycleVariables.PROJECT_KEY);
        projects.moveTo(projectKey, ProjectStatus.valueOf(status.getValue(execution).toString()));
    }

    public void setStatus(Expression status) {
        this.status = status;
    }
}
