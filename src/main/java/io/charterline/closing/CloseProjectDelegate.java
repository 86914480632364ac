package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.ProjectEndDay;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import io.charterline.risk.RiskRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the project: CLOSED after normal completion, TERMINATED after a termination; the risks and issues still
 * unsettled close with it, as nobody is left to act on them. The day it ended is kept ({@link ProjectEndDay}).
 */
@Component
public class CloseProjectDelegate implements JavaDelegate {

    private final ProjectRegistry projects;
    private final RiskRegister register;
    private final ProjectEndDay endDay;

    public CloseProjectDelegate(ProjectRegistry projects, RiskRegister register, ProjectEndDay endDay) {
        this.projects = projects;
        this.register = register;
        this.endDay = endDay;
    }

    /** How the project ends: TERMINATED after a termination, CLOSED otherwise. */
    static ProjectStatus outcome(ProcessVariables variables) {
        return variables.bool(TERMINATED) ? ProjectStatus.TERMINATED : ProjectStatus.CLOSED;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        ProjectStatus finalStatus = outcome(variables);
        register.closeWithProject(variables.string(PROJECT_KEY), finalStatus);
        projects.moveTo(variables.string(PROJECT_KEY), finalStatus);
        execution.setVariable(FINAL_STATUS, finalStatus.name());
        endDay.record(execution);
    }
}
