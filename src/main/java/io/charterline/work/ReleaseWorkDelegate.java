package io.charterline.work;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts execution: every work package without open predecessors becomes a task for its assignee. */
@Component
public class ReleaseWorkDelegate implements JavaDelegate {

    private final WorkRelease workRelease;

    public ReleaseWorkDelegate(WorkRelease workRelease) {
        this.workRelease = workRelease;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workRelease.releaseReady(new ProcessVariables(execution).string(LifecycleVariables.PROJECT_KEY));
    }
}
