package io.charterline.change;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the requester that their change was approved (once its window is settled, so the notice names it), that it
 * was closed after its review, and that it ended because its project was terminated; a rejection or deferral is
 * their "Acknowledge decision" task instead. People are named as the forms name them. Recorded as notifications,
 * sent after the fact: a webhook that is down costs the notice, never the decision.
 */
@Component
class ChangeOutcomeNotice {

    static final String APPROVED = "CHANGE_APPROVED";
    static final String CLOSED = "CHANGE_CLOSED";
    static final String CANCELLED = "CHANGE_CANCELLED";
    /** The notification table's subject column. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final Notifications notifications;
    private final RecipientEmails emails;
    private final PersonNames names;

    ChangeOutcomeNotice(Notifications notifications, RecipientEmails emails, PersonNames names) {
        this.notifications = notifications;
        this.emails = emails;
        this.names = names;
    }

    /** "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 was approved by Sofia Sponsor; implementation window ...". */
    void approved(ChangeRequest changeRequest, Project project, ImplementationWindow window) {
        tellRequester(changeRequest, project, APPROVED, "APPROVED",
                "was approved " + approver(changeRequest.getDecidedBy()) + "; implementation window " + window);
    }

    /**
     * "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 is closed: Paul Office reviewed its implementation as
     * successful".
     */
    void closed(ChangeRequest changeRequest, Project project, String reviewedBy) {
        tellRequester(changeRequest, project, CLOSED, "CLOSED", "is closed: " + (reviewedBy == null ? "the review"
                : names.of(reviewedBy) + " reviewed") + " its implementation as successful");
    }

    /**
     * "CR-2026-0002 (Upgrade CRM) on PRJ-2026-0008 was cancelled: the project was terminated by Sofia Sponsor
     * (reason)"; a change already in the baseline is not implemented, but stays in the plan.
     *
     * @param terminatedBy null when the process does not know who terminated the project
     */
    void cancelled(ChangeRequest changeRequest, Project project, String terminatedBy, String reason) {
        String terminated = "the project was terminated" + (terminatedBy == null ? "" : " by " + names.of(terminatedBy))
                + " (" + reason + ")";
        tellRequester(changeRequest, project, CANCELLED, changeRequest.getStatus().name(),
                changeRequest.getAppliedBaselineVersion() == null ? "was cancelled: " + terminated
                        : "will not be implemented: " + terminated + "; the plan keeps its baseline change (v"
                                + changeRequest.getAppliedBaselineVersion() + ")");
    }

    private String approver(String decidedBy) {
        if (decidedBy == null) {
            return "as a pre-approved standard change";
        }
        return CharterlineGroups.CCB.equals(decidedBy) ? "by the change control board's vote"
                : "by " + names.of(decidedBy);
    }

    private void tellRequester(ChangeRequest changeRequest, Project project, String event, String outcome,
                               String what) {
        String requester = changeRequest.getRequesterId();
        String subject = "%s (%s) on %s %s".formatted(changeRequest.getKey(), changeRequest.getTitle(),
                project.getKey(), what);
        notifications.sendAfterTheFact(new NotificationMessage(
                "change:%s:%s".formatted(changeRequest.getKey(), event),
                event,
                project.getKey(),
                project.getName(),
                outcome,
                subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…",
                List.of(requester),
                emails.of(List.of(requester)),
                "/api/change-requests/" + changeRequest.getKey()));
    }
}
