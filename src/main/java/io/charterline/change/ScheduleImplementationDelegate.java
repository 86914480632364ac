package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Schedules the approved change in its requested window, or reports the conflicts and the next free window. */
@Component
public class ScheduleImplementationDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public ScheduleImplementationDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        WindowProposal proposal = changeControl.schedule(variables.string(CHANGE_REQUEST_ID),
                variables.string(IMPLEMENTER));
        execution.setVariable(WINDOW_CONFLICTS, !proposal.conflictFree());
        scheduled(execution, proposal.conflictFree() ? proposal.requested() : null);
        execution.setVariable(SCHEDULE_SUMMARY, proposal.conflictFree()
                ? "Requested window " + proposal.requested() + " is free."
                : ChangeControlService.describe(proposal));
        boolean proposed = proposal.proposed() != null;
        execution.setVariable(PROPOSED_WINDOW_START, proposed ? proposal.proposed().start().toString() : null);
        execution.setVariable(PROPOSED_WINDOW_END, proposed ? proposal.proposed().end().toString() : null);
        execution.setVariable(WINDOW_AFTER_FINISH, proposal.conflictFree() ? null : WindowAfterFinish.inWords(
                proposal, changeControl.plannedFinishWithChange(variables.string(CHANGE_REQUEST_ID))));
    }

    /** The window for the implementer's form and as the implementation task's follow-up and due dates. */
    static void scheduled(DelegateExecution execution, ImplementationWindow window) {
        execution.setVariable(SCHEDULED_WINDOW, window == null ? null : window.toString());
        execution.setVariable(SCHEDULED_WINDOW_START, window == null ? null : Date.from(window.start()));
        execution.setVariable(SCHEDULED_WINDOW_END, window == null ? null : Date.from(window.end()));
    }
}
