package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.GATE_LESSONS;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Keeps the lessons typed on a gate task's form (on {@code complete}) under the name of the person who completed
 * it, in the phase named by the model's {@code phase} field. A gate may have several deciders in a row (the PMO,
 * then the sponsor) or several rounds, all on the same form field: kept at each completion and then removed, no
 * one's lessons open in the next decider's field, to be typed over or stored under the wrong name. Runs after the
 * decision guard, which refuses an unclaimed task, so the assignee is the author.
 */
@Component("captureGateLessons")
@Scope("prototype")
public class CaptureGateLessonsListener implements TaskListener {

    private final LessonCaptureService lessonCapture;
    private Expression phase;

    public CaptureGateLessonsListener(LessonCaptureService lessonCapture) {
        this.lessonCapture = lessonCapture;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = new ProcessVariables(task);
        lessonCapture.captureTyped(variables.string(PROJECT_KEY), Phase.valueOf(phase.getValue(task).toString()),
                variables.stringOrNull(GATE_LESSONS), task.getAssignee());
        task.removeVariable(GATE_LESSONS);
    }

    public void setPhase(Expression phase) {
        this.phase = phase;
    }
}
