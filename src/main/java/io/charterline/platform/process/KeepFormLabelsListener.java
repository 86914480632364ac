package io.charterline.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On a task's completion, keeps its form's labels for the service task after it that checks what the form sent
 * ({@link FormLabels#ofCompletedTask}), so that its refusal names the fields as the person at the form sees them.
 */
@Component("keepFormLabels")
public class KeepFormLabelsListener implements TaskListener {

    private final FormLabels formLabels;

    public KeepFormLabelsListener(FormLabels formLabels) {
        this.formLabels = formLabels;
    }

    @Override
    public void notify(DelegateTask task) {
        formLabels.keepForNextStep(task);
    }
}
