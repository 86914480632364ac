package io.charterline.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Decide on escalation": records why this task's own status cycle was RED as the escalation's cause.
 * Two RED cycles can wait for the sponsor at once, each keeping its cause on its own scope; set from the task, the
 * cause is written to the history with the same activity instance as the sponsor's decision, so the closeout pairs
 * each decision with its own cause whatever order the sponsor decides them in.
 */
@Component("carryEscalationCause")
public class CarryEscalationCauseListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(HealthVariables.ESCALATION_CAUSE, task.getVariable(HealthVariables.RED_CAUSE));
    }
}
