package io.charterline.change;

import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells a change's approvers what concerns their tasks: that the change was withdrawn (their task on it is gone),
 * or, to board members who have not voted, that their vote is due. Recorded as notifications, sent after the fact:
 * a webhook that is down costs the notice, never the withdrawal.
 */
@Component
class ApproverNotice {

    static final String WITHDRAWN = "CHANGE_WITHDRAWN";
    static final String VOTE_DUE = "CHANGE_VOTE_DUE";

    private final ChangeNoticeSender sender;
    private final PersonNames names;

    ApproverNotice(ChangeNoticeSender sender, PersonNames names) {
        this.sender = sender;
        this.names = names;
    }

    /**
     * "CR-2026-0005 (Upgrade CRM) on PRJ-2026-0004 was withdrawn by Rita Requester before it was decided (reason);
     * your task on it is closed".
     */
    void withdrawn(ChangeRequest changeRequest, Project project, String withdrawnBy, String reason,
                   List<String> approvers) {
        tell(changeRequest, project, WITHDRAWN, "WITHDRAWN", "was withdrawn by " + names.of(withdrawnBy)
                + " before it was decided (" + reason + "); your task on it is closed", approvers);
    }

    /** "CR-2026-0005 (Upgrade CRM) on PRJ-2026-0004 waits for your vote, due 2026-11-27 22:00 UTC". */
    void voteDue(ChangeRequest changeRequest, Project project, String due, List<String> voters) {
        tell(changeRequest, project, VOTE_DUE, "VOTE_DUE", "waits for your vote in Tasklist (\"Vote on change\"), due "
                + due, voters);
    }

    private void tell(ChangeRequest changeRequest, Project project, String event, String outcome, String what,
                      List<String> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        sender.send(changeRequest, project, event, outcome, what, recipients);
    }
}
