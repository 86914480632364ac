package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;
import static io.charterline.change.ChangeControlVariables.DECIDED_BY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a change whose implementation the review found successful; the reviewer is the latest decider. */
@Component
public class CloseChangeDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public CloseChangeDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        changeControl.close(variables.string(CHANGE_REQUEST_ID), variables.stringOrNull(DECIDED_BY));
    }
}
