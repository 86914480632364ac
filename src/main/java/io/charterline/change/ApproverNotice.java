package io.charterline.change;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
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
    /** The notification table's subject column. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final Notifications notifications;
    private final RecipientEmails emails;
    private final PersonNames names;

    ApproverNotice(Notifications notifications, RecipientEmails emails, PersonNames names) {
        this.notifications = notifications;
        this.emails = emails;
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
        String subject = "%s (%s) on %s %s".formatted(changeRequest.getKey(), changeRequest.getTitle(),
                project.getKey(), what);
        notifications.sendAfterTheFact(new NotificationMessage(
                "change:%s:%s".formatted(changeRequest.getKey(), event),
                event,
                project.getKey(),
                project.getName(),
                outcome,
                subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…",
                recipients,
                emails.of(recipients),
                "/api/change-requests/" + changeRequest.getKey()));
    }
}
