package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends a change the emergency board judged no emergency back to classification as a NORMAL change. The board
 * member's answer is removed with it: the classification would otherwise take its author for a PMO member who
 * classified by hand, and the next approver's form would open with it chosen.
 */
@Component
public class RerouteAsNormalDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public RerouteAsNormalDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        changeControl.rerouteAsNormal(variables.string(CHANGE_REQUEST_ID), variables.stringOrNull(DECIDED_BY),
                variables.stringOrNull(CHANGE_DECISION_REASON));
        execution.setVariable(REQUESTED_TYPE, ChangeType.NORMAL.name());
        execution.removeVariable(CHANGE_DECISION);
        execution.removeVariable(CHANGE_DECISION_REASON);
        execution.removeVariable(DECIDED_BY);
    }
}
