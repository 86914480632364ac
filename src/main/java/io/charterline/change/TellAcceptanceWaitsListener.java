package io.charterline.change;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the lifecycle's "All work packages done" is reached: tells the project manager, the sponsor and the
 * implementers which open changes the project's acceptance now waits for ({@link AcceptanceWaits#workCompleted}).
 */
@Component("tellAcceptanceWaits")
public class TellAcceptanceWaitsListener implements ExecutionListener {

    private final AcceptanceWaits acceptanceWaits;

    public TellAcceptanceWaitsListener(AcceptanceWaits acceptanceWaits) {
        this.acceptanceWaits = acceptanceWaits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        acceptanceWaits.workCompleted(new ProcessVariables(execution).string(LifecycleVariables.PROJECT_KEY));
    }
}
