package io.charterline.risk;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells a project's manager that someone else raised a risk or issue, so a team member's entry is triaged rather
 * than found at the next status cycle. Sent after the entry is stored: a webhook that is down costs the notice,
 * never the entry the user just raised.
 */
@Component
class RaisedEntryNotice {

    private final Notifications notifications;
    private final ProjectRegistry projects;
    private final RecipientEmails emails;
    private final PersonNames names;

    RaisedEntryNotice(Notifications notifications, ProjectRegistry projects, RecipientEmails emails,
                      PersonNames names) {
        this.notifications = notifications;
        this.projects = projects;
        this.emails = emails;
        this.names = names;
    }

    void riskRaised(RiskView risk) {
        tellManager(risk.projectKey(), "risk", risk.id(), risk.severity(), risk.title(), risk.raisedBy());
    }

    void issueRaised(IssueView issue) {
        tellManager(issue.projectKey(), "issue", issue.id(), issue.severity(), issue.title(), issue.raisedBy());
    }

    private void tellManager(String projectKey, String kind, long id, Severity severity, String title,
                             String raisedBy) {
        Project project = projects.require(projectKey);
        String manager = project.getManagerId();
        if (manager == null || raisedBy == null || manager.equals(raisedBy)) {
            return;
        }
        String path = "/api/projects/%s/%ss/%d".formatted(projectKey, kind, id);
        NotificationMessage message = new NotificationMessage(
                "register:%s:%s:%d".formatted(projectKey, kind, id),
                kind.toUpperCase() + "_RAISED",
                projectKey,
                project.getName(),
                severity.name(),
                "%s raised a %s %s on %s: %s".formatted(names.of(raisedBy), severity, kind, projectKey, title),
                List.of(manager),
                emails.of(List.of(manager)),
                path);
        notifications.sendAfterTheFact(message);
    }
}
