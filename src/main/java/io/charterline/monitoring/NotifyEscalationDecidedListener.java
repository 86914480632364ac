package io.charterline.monitoring;

import static io.charterline.project.LifecycleVariables.ESCALATION_COMMENT;
import static io.charterline.project.LifecycleVariables.ESCALATION_DECISION;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.ProjectRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Decide on escalation", after the decision was checked: tells the project manager and the sponsor
 * what the sponsor decided and why ({@link EscalationNotices#DECIDED}).
 */
@Component("notifyEscalationDecided")
public class NotifyEscalationDecidedListener implements TaskListener {

    private final ProjectRegistry projects;
    private final EscalationNotices notices;

    public NotifyEscalationDecidedListener(ProjectRegistry projects, EscalationNotices notices) {
        this.projects = projects;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        notices.decided(projects.require(variables.string(PROJECT_KEY)), task.getId(), task.getAssignee(),
                variables.string(ESCALATION_DECISION), variables.stringOrNull(ESCALATION_COMMENT));
    }
}
