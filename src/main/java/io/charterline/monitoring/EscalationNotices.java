package io.charterline.monitoring;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Tells the project manager that a status cycle rated the project RED and went to the sponsor, and the manager and
 * the sponsor what the sponsor decided: otherwise the decision lives only in process history. Sent after the fact:
 * a webhook that is down costs the notice, never the status report or the decision.
 */
@Component
public class EscalationNotices {

    public static final String ESCALATED = "PROJECT_ESCALATED";
    public static final String DECIDED = "ESCALATION_DECIDED";
    /** The notification table's subject column. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final Notifications notifications;
    private final RecipientEmails emails;
    private final PersonNames names;

    public EscalationNotices(Notifications notifications, RecipientEmails emails, PersonNames names) {
        this.notifications = notifications;
        this.emails = emails;
        this.names = names;
    }

    /** "PRJ-2026-0004 (Mobile app) is RED at status cycle 4 because of ...; Sofia Sponsor decides on it". */
    void redRated(Project project, int cycle, String cause) {
        String sponsor = project.getSponsorId() == null ? "the sponsor" : names.of(project.getSponsorId());
        send(project, "escalation:%s:cycle-%d".formatted(project.getKey(), cycle), ESCALATED, "RED",
                ("%s (%s) is RED at status cycle %d because of %s; %s decides whether it continues, is re-planned "
                        + "or terminated").formatted(project.getKey(), project.getName(), cycle, cause, sponsor),
                Stream.of(project.getManagerId()));
    }

    /**
     * "Sofia Sponsor decided on the RED status of PRJ-2026-0004 (Mobile app): continue (Server is back)".
     *
     * @param taskId the decision task's id, so that each escalation's decision is told once
     */
    void decided(Project project, String taskId, String decidedBy, String decision, String comment) {
        String reason = comment == null || comment.isBlank() ? "no reason given" : comment.strip();
        send(project, "escalation-decided:" + taskId, DECIDED, decision,
                "%s decided on the RED status of %s (%s): %s (%s)".formatted(
                        decidedBy == null ? "The sponsor" : names.of(decidedBy), project.getKey(), project.getName(),
                        wording(decision), reason),
                Stream.of(project.getManagerId(), project.getSponsorId()));
    }

    private static String wording(String decision) {
        return switch (decision) {
            case "CONTINUE" -> "continue as planned";
            case "REPLAN" -> "re-plan through a change request";
            case "TERMINATE" -> "terminate the project";
            default -> decision;
        };
    }

    private void send(Project project, String key, String event, String outcome, String subject,
                      Stream<String> people) {
        List<String> recipients = people.filter(Objects::nonNull).distinct().toList();
        if (recipients.isEmpty()) {
            return;
        }
        notifications.sendAfterTheFact(new NotificationMessage(key, event, project.getKey(), project.getName(),
                outcome,
                subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…",
                recipients, emails.of(recipients), "/api/projects/%s/kpis".formatted(project.getKey())));
    }
}
