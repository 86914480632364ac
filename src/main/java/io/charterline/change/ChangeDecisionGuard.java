package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server's guarantee that nobody decides on their own change request: on {@code complete} of every approval,
 * vote, classification and review task, it refuses (403) when the task's assignee or the calling user is the
 * requester. Tasks are routed so the requester is never offered one, but group tasks (PMO, emergency board) cannot
 * leave out a single member, and engine-rest can be called directly: this listener is the enforcement.
 * An unclaimed task is refused too, so every decision has a name on it.
 *
 * <p>Where the model also calls it on {@code assignment}, the requester may not even claim the task: the reviews
 * of a change (after an emergency, and after its implementation) are offered to a group the requester may be in,
 * and whoever asked for a change does not review it. The task stays with the group; any other member takes it.
 *
 * <p>The review of an emergency change after the fact is the check on a decision one board member took alone, so
 * that member may not do it: on {@code assignment} (claim) and on {@code complete} of {@value #EMERGENCY_REVIEW}
 * the emergency approver is refused as well, should an administrator hand it to them: the task is offered only to
 * the other members ({@link OfferEmergencyReviewListener}).
 */
@Component("changeDecisionGuard")
public class ChangeDecisionGuard implements TaskListener {

    static final String EMERGENCY_REVIEW = "Task_ReviewEmergencyChange";

    private final ChangeRequestRepository changeRequests;

    public ChangeDecisionGuard(ChangeRequestRepository changeRequests) {
        this.changeRequests = changeRequests;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        String caller = CurrentUser.idOrNull();
        if (EMERGENCY_REVIEW.equals(task.getTaskDefinitionKey())) {
            refuseEmergencyApprover(task, assignee, caller);
        }
        String requester = Objects.toString(task.getVariable(REQUESTER), null);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (requester != null && requester.equals(assignee)) {
                throw new AuthorizationException("'" + requester + "' requested change "
                        + task.getVariable(CHANGE_REQUEST_ID) + " and cannot take '" + task.getName()
                        + "': whoever asked for a change does not review it");
            }
            return;
        }
        if (requester != null && (requester.equals(assignee) || requester.equals(caller))) {
            throw new AuthorizationException("'" + requester + "' requested change "
                    + task.getVariable(CHANGE_REQUEST_ID) + " and cannot decide on it at '" + task.getName() + "': nobody approves their own change");
        }
        if (assignee == null) {
            throw new InvalidVariablesException("decision on '" + task.getName() + "'", List.of(new InvalidField(
                    "assignee", "is required: claim the task before deciding, so the decision has a name on it")));
        }
    }

    private void refuseEmergencyApprover(DelegateTask task, String assignee, String caller) {
        String approver = changeRequests.findByKey(Objects.toString(task.getVariable(CHANGE_REQUEST_ID), null))
                .map(ChangeRequest::getDecidedBy).orElse(null);
        if (approver != null && (approver.equals(assignee) || approver.equals(caller))) {
            throw new AuthorizationException(approver + " approved this emergency change; another board member "
                    + "reviews it");
        }
    }
}
