package io.charterline.change;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * On termination: the project's change-control instances have just been cancelled with its execution phase, so
 * the changes still in flight end as CANCELLED with the reason in their change log, and their requesters are told.
 * The reason is the sponsor's from the API, or the comment of the escalation decision that terminated the project;
 * who terminated it was recorded when its open work was cancelled.
 */
@Component
public class CancelChangesInFlightDelegate implements JavaDelegate {

    private final ChangeControlService changeControl;

    public CancelChangesInFlightDelegate(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String reason = Objects.requireNonNullElse(variables.stringOrNull(LifecycleVariables.TERMINATION_REASON),
                Objects.requireNonNullElse(variables.stringOrNull(LifecycleVariables.ESCALATION_COMMENT),
                        "no reason given"));
        changeControl.cancelInFlight(variables.string(LifecycleVariables.PROJECT_KEY),
                variables.stringOrNull(LifecycleVariables.TERMINATED_BY), reason);
    }
}
