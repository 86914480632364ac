package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.CHARTER_COMMENT;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.CharterDecision;
import io.charterline.project.CharterDecisionRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sponsor's charter decision and its reason on the project's record when the review completes, so the
 * charter's author can read why it was sent back or rejected after the lifecycle has ended. Runs after
 * {@code requireDecision}, which has refused a decision without its required comment.
 */
@Component("recordCharterDecision")
public class RecordCharterDecisionListener implements TaskListener {

    private final CharterDecisionRepository decisions;
    private final Clock clock;

    public RecordCharterDecisionListener(CharterDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        String comment = variables.stringOrNull(CHARTER_COMMENT);
        decisions.record(variables.string(PROJECT_KEY), new CharterDecision(variables.string(CHARTER_DECISION),
                comment == null || comment.isBlank() ? null : comment.strip(), task.getAssignee(), clock.instant()));
    }
}
