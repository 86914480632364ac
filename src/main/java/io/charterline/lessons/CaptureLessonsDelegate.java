package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.GATE_DECIDED_BY;
import static io.charterline.project.LifecycleVariables.GATE_LESSONS;
import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Captures the lessons of the phase gate named by the model's {@code phase} field: those typed on the gate
 * form and those derived from the project's data. The typed lessons are
 * removed from the process afterwards, so the next gate does not capture them a second time.
 */
@Component
@Scope("prototype")
public class CaptureLessonsDelegate implements JavaDelegate {

    private final LessonCaptureService lessonCapture;
    private Expression phase;

    public CaptureLessonsDelegate(LessonCaptureService lessonCapture) {
        this.lessonCapture = lessonCapture;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        lessonCapture.captureGate(variables.string(PROJECT_KEY), Phase.valueOf(phase.getValue(execution).toString()),
                variables.stringOrNull(GATE_LESSONS), variables.stringOrNull(GATE_DECIDED_BY));
        execution.removeVariable(GATE_LESSONS);
    }

    public void setPhase(Expression phase) {
        this.phase = phase;
    }
}
