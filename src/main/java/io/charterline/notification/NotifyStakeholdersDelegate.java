package io.charterline.notification;

import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the project's sponsor and manager what happened, through {@link Notifications}. The model makes this step
 * asynchronous with retries: a webhook that is down delays the message, it never undoes the step before it.
 * The event comes from the task's input parameter {@value #EVENT}, not from an injected field, because this
 * bean is shared by every execution at once.
 */
@Component
public class NotifyStakeholdersDelegate implements JavaDelegate {

    public static final String EVENT = "notificationEvent";

    private final Notifications notifications;
    private final ProjectRegistry projects;
    private final RecipientEmails emails;

    public NotifyStakeholdersDelegate(Notifications notifications, ProjectRegistry projects,
            RecipientEmails emails) {
        this.notifications = notifications;
        this.projects = projects;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String event = new ProcessVariables(execution).string(EVENT);
        Project project = projects.require(new ProcessVariables(execution).string(PROJECT_KEY));
        List<String> recipients = Stream.of(project.getSponsorId(), project.getManagerId())
                .filter(Objects::nonNull).distinct().toList();
        notifications.send(new NotificationMessage(
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId(),
                event,
                project.getKey(),
                project.getName(),
                project.getStatus().name(),
                "%s %s is %s".formatted(project.getKey(), project.getName(), project.getStatus().name().toLowerCase()),
                recipients,
                emails.of(recipients),
                "/api/projects/%s/closeout-report".formatted(project.getKey())));
    }
}
