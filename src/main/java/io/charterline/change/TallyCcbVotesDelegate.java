package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.ProcessVariables;
import java.util.Collection;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the board's votes into the change decision; the board as a whole is the decider. Its reason gives each
 * member's vote and reason by name, so that the requester of a rejected change and the PMO deciding on a window read
 * why, not only how many.
 */
@Component
public class TallyCcbVotesDelegate implements JavaDelegate {

    /** The change request's decision reason column. */
    private static final int MAX_REASON_LENGTH = 4000;

    private final ChangeControlService changeControl;
    private final PersonNames names;

    public TallyCcbVotesDelegate(ChangeControlService changeControl, PersonNames names) {
        this.changeControl = changeControl;
        this.names = names;
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
                : cut("Board vote: " + tally.describe() + ". " + reasons(variables.string(CHANGE_REQUEST_ID))));
        execution.setVariable(DECIDED_BY, CharterlineGroups.CCB);
    }

    /** "Carla Board rejected: Not worth it now; Chen Board rejected: Agree", oldest vote first. */
    private String reasons(String changeRequestId) {
        return changeControl.votes(changeRequestId).stream()
                .map(vote -> names.of(vote.getVoterId()) + " " + switch (vote.getVote()) {
                    case APPROVE -> "approved";
                    case REJECT -> "rejected";
                    case DEFER -> "deferred";
                } + ": " + vote.getReason())
                .collect(Collectors.joining("; "));
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
