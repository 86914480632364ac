package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.ACCEPTANCE_WAITS;
import static io.charterline.change.ChangeControlVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of "Implement change" after all planned work of the project is done: tells the implementer that the
 * project's acceptance waits for this change ({@link AcceptanceWaits#forImplementer}). A task created while work
 * is open learns it when the last package is done.
 */
@Component("showAcceptanceWaits")
public class ShowAcceptanceWaitsListener implements TaskListener {

    private final AcceptanceWaits acceptanceWaits;

    public ShowAcceptanceWaitsListener(AcceptanceWaits acceptanceWaits) {
        this.acceptanceWaits = acceptanceWaits;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(ACCEPTANCE_WAITS,
                acceptanceWaits.forImplementer(new ProcessVariables(task).string(PROJECT_KEY)));
    }
}
