package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.PROJECT_KEY;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Captures the lessons Charterline derives from the project's data at the phase gate named by the model's
 * {@code phase} field, once the gate is passed. The lessons people typed on the gate's forms are already kept,
 * each under its author, by {@link CaptureGateLessonsListener}.
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
        lessonCapture.captureDerived(new ProcessVariables(execution).string(PROJECT_KEY),
                Phase.valueOf(phase.getValue(execution).toString()));
    }

    public void setPhase(Expression phase) {
        this.phase = phase;
    }
}
