package io.charterline.change;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Answers change-control's routing of the post-implementation review ({@code Gateway_ReviewerBesidesRequester}):
 * the requester may not review their own change, so a group that has nobody else cannot take the review. The
 * model decides where the review goes then; this only says whether the group can. The same holds for the review of
 * an emergency change after the fact, which neither its requester nor its approver takes ({@link #membersBesides}).
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

    /** The group's members other than {@code excluded}, by id. */
    public List<String> membersBesides(String groupId, Collection<String> excluded) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getId).filter(id -> !excluded.contains(id)).toList();
    }
}
