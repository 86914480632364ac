package io.charterline.work;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** On termination: the open work-package tasks end and their packages are cancelled. */
@Component
public class CancelOpenWorkDelegate implements JavaDelegate {

    private final WorkRelease workRelease;

    public CancelOpenWorkDelegate(WorkRelease workRelease) {
        this.workRelease = workRelease;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workRelease.cancelOpenWork(new ProcessVariables(execution).string(LifecycleVariables.PROJECT_KEY));
        execution.setVariable(LifecycleVariables.TERMINATED, true);
    }
}
