package io.charterline.change;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Answers change-control's routing of the post-implementation review ({@code Gateway_ReviewerBesidesRequester}):
 * the requester may not review their own change, so a group that has nobody else cannot take the review. The
 * model decides where the review goes then; this only says whether the group can.
 */
@Component("changeReviewers")
public class ChangeReviewers {

    private final IdentityService identityService;

    public ChangeReviewers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether the group has a member other than the requester. */
    public boolean groupHasMemberBesides(String groupId, String requester) {
        long members = identityService.createUserQuery().memberOfGroup(groupId).count();
        long requesterInGroup = requester == null ? 0
                : identityService.createUserQuery().memberOfGroup(groupId).userId(requester).count();
        return members > requesterInGroup;
    }
}
