package io.charterline.work;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * On termination: the open work-package tasks end and their packages are cancelled. Keeps when and by whom the
 * project was terminated for the sponsor's acceptance: the user of the termination API, or, after a RED status,
 * the sponsor who decided the escalation (the latest decider).
 */
@Component
public class CancelOpenWorkDelegate implements JavaDelegate {

    private final WorkRelease workRelease;
    private final Clock clock;

    public CancelOpenWorkDelegate(WorkRelease workRelease, Clock clock) {
        this.workRelease = workRelease;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        workRelease.cancelOpenWork(variables.string(LifecycleVariables.PROJECT_KEY));
        execution.setVariable(LifecycleVariables.TERMINATED, true);
        execution.setVariable(LifecycleVariables.TERMINATED_ON, LocalDate.now(clock).toString());
        if (variables.stringOrNull(LifecycleVariables.TERMINATED_BY) == null) {
            execution.setVariable(LifecycleVariables.TERMINATED_BY,
                    variables.stringOrNull(LifecycleVariables.GATE_DECIDED_BY));
        }
    }
}
