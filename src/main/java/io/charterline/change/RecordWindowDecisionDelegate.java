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
 * Schedules the change as the PMO decided on its conflicting window: in the proposed free window, or in the
 * requested one with the override reason logged (a rejection takes its own path, {@link RejectForNoWindowDelegate}).
 * Runs in the PMO task's transaction, so an impossible choice refuses the task completion, in the words of the
 * PMO's form (its labels, kept by the task's {@code keepFormLabels}).
 */
@Component
public class RecordWindowDecisionDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;
    private final FormLabels formLabels;

    public RecordWindowDecisionDelegate(ChangeControlService changeControl, FormLabels formLabels) {
        this.changeControl = changeControl;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String changeRequestId = variables.string(CHANGE_REQUEST_ID);
        String decidedBy = variables.stringOrNull(DECIDED_BY);
        String implementer = variables.string(IMPLEMENTER);
        if (WINDOW_ACCEPT_PROPOSED.equals(variables.string(WINDOW_DECISION))) {
            String start = variables.stringOrNull(PROPOSED_WINDOW_START);
            if (start == null) {
                throw new InvalidVariablesException("window decision", List.of(new InvalidField(WINDOW_DECISION,
                        "no free window was found within 90 days, so the change cannot be moved to one: choose '"
                                + option(execution, WINDOW_OVERRIDE) + "' or '" + option(execution, WINDOW_REJECT)
                                + "', and give your reason")), formLabels.ofCompletedTask(execution));
            }
            ImplementationWindow proposed = new ImplementationWindow(Instant.parse(start),
                    Instant.parse(variables.string(PROPOSED_WINDOW_END)));
            changeControl.decideWindow(changeRequestId, proposed, null, decidedBy, implementer);
            ScheduleImplementationDelegate.scheduled(execution, proposed);
            return;
        }
        ChangeProposal proposal = changeControl.require(changeRequestId).proposal();
        ImplementationWindow requested = new ImplementationWindow(proposal.windowStart(), proposal.windowEnd());
        changeControl.decideWindow(changeRequestId, requested, variables.string(WINDOW_OVERRIDE_REASON).strip(),
                decidedBy, implementer);
        ScheduleImplementationDelegate.scheduled(execution, requested);
    }

    private String option(DelegateExecution execution, String decision) {
        return formLabels.optionOfCompletedTask(execution, WINDOW_DECISION, decision);
    }
}
