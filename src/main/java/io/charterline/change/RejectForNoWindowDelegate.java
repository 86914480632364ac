package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Rejects the approved change as the PMO decided on its conflicting window: no window fits it. Sets the decision
 * the requester's notice reads, so the change ends on the same path as a rejection by its approvers. Runs in the
 * PMO task's transaction, so rejecting while a free window was proposed refuses the task completion.
 */
@Component
public class RejectForNoWindowDelegate implements JavaDelegate {

    /** The outcome the requester's notice shows: the approvers had approved the change. */
    static final String OUTCOME = "rejected at the window decision: no window fits";

    private final ChangeControlService changeControl;

    public RejectForNoWindowDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String proposedStart = variables.stringOrNull(PROPOSED_WINDOW_START);
        if (proposedStart != null) {
            throw new InvalidVariablesException("window decision", List.of(new InvalidField(WINDOW_DECISION,
                    "a free window was proposed from " + proposedStart + ", so a window fits; move the change there"
                            + " (ACCEPT_PROPOSED) or keep the requested window (OVERRIDE)")));
        }
        String reason = variables.string(WINDOW_OVERRIDE_REASON).strip();
        changeControl.rejectForNoWindow(variables.string(CHANGE_REQUEST_ID), variables.stringOrNull(DECIDED_BY),
                reason);
        execution.setVariable(CHANGE_DECISION, ChangeDecision.REJECT.name());
        execution.setVariable(CHANGE_DECISION_REASON, reason);
        execution.setVariable(CHANGE_OUTCOME, OUTCOME);
    }
}
