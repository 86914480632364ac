package io.charterline.resource;

import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Frees the capacity the project's people were booked for, so other projects can plan with it. */
@Component
public class ReleaseResourcesDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    public ReleaseResourcesDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.release(new ProcessVariables(execution).string(PROJECT_KEY));
    }
}
