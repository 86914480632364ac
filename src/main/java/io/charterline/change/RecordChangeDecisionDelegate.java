package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the decision on the change. A pre-approved standard change (route AUTO) is approved by the model
 * itself; every other route arrives here with the decision of a person or of the board.
 */
@Component
public class RecordChangeDecisionDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public RecordChangeDecisionDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String changeRequestId = variables.string(CHANGE_REQUEST_ID);
        if (ROUTE_AUTO.equals(variables.string(APPROVAL_ROUTE))) {
            execution.setVariable(CHANGE_DECISION, ChangeDecision.APPROVE.name());
            execution.setVariable(CHANGE_OUTCOME, "approved");
            changeControl.recordDecision(changeRequestId, ChangeDecision.APPROVE, null,
                    "Pre-approved standard change (class %s, risk %s)".formatted(
                            variables.stringOrNull(CHANGE_CLASS), variables.stringOrNull(RISK_LEVEL)));
            return;
        }
        ChangeDecision decision = ChangeDecision.valueOf(variables.string(CHANGE_DECISION));
        changeControl.recordDecision(changeRequestId, decision, variables.stringOrNull(DECIDED_BY),
                variables.stringOrNull(CHANGE_DECISION_REASON));
        execution.setVariable(CHANGE_OUTCOME, switch (decision) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case DEFER -> "deferred";
        });
    }
}
