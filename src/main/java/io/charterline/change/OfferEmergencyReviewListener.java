package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.CHANGE_REQUEST_ID;
import static io.charterline.change.ChangeControlVariables.PROJECT_MANAGER;
import static io.charterline.change.ChangeControlVariables.REQUESTER;
import static io.charterline.change.ChangeControlVariables.SPONSOR;

import io.charterline.platform.identity.CharterlineGroups;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Offers the review of an emergency change after the fact (on {@code create}) to the board members who may take it:
 * the check on a decision one member took alone goes to the others, so the task names them as candidate users
 * instead of offering it to the whole board, where the approver would find it in their group list too. Neither the
 * approver nor the requester is offered it. When the board has nobody else, the PMO's members but those two review
 * it, and when the PMO has nobody either, the sponsor does, or the project manager when the sponsor is one of them,
 * as for the implementation review ({@code Gateway_ReviewerBesidesRequester}). {@link ChangeDecisionGuard} still
 * refuses the approver, should anybody assign the task to them.
 */
@Component("offerEmergencyReview")
public class OfferEmergencyReviewListener implements TaskListener {

    private final ChangeReviewers reviewers;
    private final ChangeRequestRepository changeRequests;

    public OfferEmergencyReviewListener(ChangeReviewers reviewers, ChangeRequestRepository changeRequests) {
        this.reviewers = reviewers;
        this.changeRequests = changeRequests;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> excluded = new HashSet<>();
        changeRequests.findByKey(Objects.toString(task.getVariable(CHANGE_REQUEST_ID), null))
                .map(ChangeRequest::getDecidedBy).ifPresent(excluded::add);
        String requester = Objects.toString(task.getVariable(REQUESTER), null);
        if (requester != null) {
            excluded.add(requester);
        }
        List<String> candidates = reviewers.membersBesides(CharterlineGroups.CCB, excluded);
        if (candidates.isEmpty()) {
            candidates = reviewers.membersBesides(CharterlineGroups.PMO, excluded);
        }
        if (candidates.isEmpty()) {
            String sponsor = Objects.toString(task.getVariable(SPONSOR), null);
            task.setAssignee(excluded.contains(sponsor) ? Objects.toString(task.getVariable(PROJECT_MANAGER), null)
                    : sponsor);
            return;
        }
        task.addCandidateUsers(candidates);
    }
}
