package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Rejects the approved change as the PMO decided on its conflicting window: no window fits it. Sets the decision
 * the requester's notice reads, so the change ends on the same path as a rejection by its approvers. Runs in the
 * PMO task's transaction, so rejecting while a free window was proposed refuses the task completion, in the words
 * of the PMO's form (its labels, kept by the task's {@code keepFormLabels}) and with the window as a date.
 */
@Component
public class RejectForNoWindowDelegate implements JavaDelegate {

    /** The outcome the requester's notice shows: the approvers had approved the change. */
    static final String OUTCOME = "rejected at the window decision: no window fits";

    private final ChangeControlService changeControl;
    private final FormLabels formLabels;

    public RejectForNoWindowDelegate(ChangeControlService changeControl, FormLabels formLabels) {
        this.changeControl = changeControl;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String proposedStart = variables.stringOrNull(PROPOSED_WINDOW_START);
        if (proposedStart != null) {
            ImplementationWindow proposed = new ImplementationWindow(Instant.parse(proposedStart),
                    Instant.parse(variables.string(PROPOSED_WINDOW_END)));
            throw new InvalidVariablesException("window decision", List.of(new InvalidField(WINDOW_DECISION,
                    "a free window exists, " + proposed + ", so the change cannot be rejected for lack of one: choose '"
                            + option(execution, WINDOW_ACCEPT_PROPOSED) + "' or '"
                            + option(execution, WINDOW_OVERRIDE) + "'")), formLabels.ofCompletedTask(execution));
        }
        String reason = variables.string(WINDOW_OVERRIDE_REASON).strip();
        changeControl.rejectForNoWindow(variables.string(CHANGE_REQUEST_ID), variables.stringOrNull(DECIDED_BY),
                reason);
        execution.setVariable(CHANGE_DECISION, ChangeDecision.REJECT.name());
        execution.setVariable(CHANGE_DECISION_REASON, reason);
        execution.setVariable(CHANGE_OUTCOME, OUTCOME);
    }

    private String option(DelegateExecution execution, String decision) {
        return formLabels.optionOfCompletedTask(execution, WINDOW_DECISION, decision);
    }
}
