package io.charterline.work;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a package is done: release its successors, and tell the lifecycle when all work is done. */
@Component
public class ReleaseFollowOnWorkDelegate implements JavaDelegate {

    private final WorkRelease workRelease;

    public ReleaseFollowOnWorkDelegate(WorkRelease workRelease) {
        this.workRelease = workRelease;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workRelease.afterCompletion(new ProcessVariables(execution).string(WorkPackageVariables.PROJECT_KEY));
    }
}
