package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.process.ProcessVariables;
import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the board's votes into the change decision; the board as a whole is the decider. */
@Component
public class TallyCcbVotesDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public TallyCcbVotesDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        Object voters = execution.getVariable(CCB_VOTERS);
        int voterCount = voters instanceof Collection<?> list ? list.size() : 0;
        VoteTally tally = changeControl.tally(variables.string(CHANGE_REQUEST_ID), voterCount);
        execution.setVariable(CHANGE_DECISION, tally.outcome().name());
        execution.setVariable(CHANGE_DECISION_REASON, voterCount == 0
                ? "No board member other than the requester could vote; bring the change back to the board later"
                : "Board vote: " + tally.describe());
        execution.setVariable(DECIDED_BY, CharterlineGroups.CCB);
    }
}
