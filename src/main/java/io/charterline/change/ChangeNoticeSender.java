package io.charterline.change;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.project.Project;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records a notice about one change request, "CR-2026-0005 (Upgrade CRM) on PRJ-2026-0004 ...", linking to the
 * change. Sent after the fact: a webhook that is down costs the notice, never what it tells of.
 */
@Component
class ChangeNoticeSender {

    /** The notification table's subject column. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final Notifications notifications;
    private final RecipientEmails emails;

    ChangeNoticeSender(Notifications notifications, RecipientEmails emails) {
        this.notifications = notifications;
        this.emails = emails;
    }

    /** @param what what happened to the change, after its key, title and project */
    void send(ChangeRequest changeRequest, Project project, String event, String outcome, String what,
              List<String> recipients) {
        send(changeRequest, project, event, null, outcome, what, recipients);
    }

    /**
     * @param occurrence which of several notices of the same event on the change this is (the second question,
     *                   say), so that each has an idempotency key of its own; null for an event that happens once
     */
    void send(ChangeRequest changeRequest, Project project, String event, String occurrence, String outcome,
              String what, List<String> recipients) {
        String subject = "%s (%s) on %s %s".formatted(changeRequest.getKey(), changeRequest.getTitle(),
                project.getKey(), what);
        notifications.sendAfterTheFact(new NotificationMessage(
                "change:%s:%s%s".formatted(changeRequest.getKey(), event,
                        occurrence == null ? "" : ":" + occurrence),
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
