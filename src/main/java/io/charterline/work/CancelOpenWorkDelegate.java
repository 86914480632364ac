package io.charterline.work;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * On termination: the open work-package tasks end and their packages are cancelled. Keeps when and by whom the
 * project was terminated for the sponsor's acceptance: the user of the termination API, or, after a RED status,
 * the sponsor who decided the escalation (the latest decider). The people whose open work ends are told who
 * terminated the project and why.
 */
@Component
public class CancelOpenWorkDelegate implements JavaDelegate {

    private final WorkRelease workRelease;
    private final ProjectRegistry projects;
    private final TerminationTeamNotice teamNotice;
    private final Clock clock;

    public CancelOpenWorkDelegate(WorkRelease workRelease, ProjectRegistry projects, TerminationTeamNotice teamNotice,
                                  Clock clock) {
        this.workRelease = workRelease;
        this.projects = projects;
        this.teamNotice = teamNotice;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        Project project = projects.require(variables.string(LifecycleVariables.PROJECT_KEY));
        List<String> team = teamNotice.peopleWithOpenWork(project);
        workRelease.cancelOpenWork(project.getKey());
        execution.setVariable(LifecycleVariables.TERMINATED, true);
        execution.setVariable(LifecycleVariables.TERMINATED_ON, LocalDate.now(clock).toString());
        if (variables.stringOrNull(LifecycleVariables.TERMINATED_BY) == null) {
            execution.setVariable(LifecycleVariables.TERMINATED_BY,
                    variables.stringOrNull(LifecycleVariables.GATE_DECIDED_BY));
        }
        teamNotice.tell(project, team, variables.stringOrNull(LifecycleVariables.TERMINATED_BY), reason(variables));
    }

    /** The reason given to the termination API, else the comment of the escalation decided TERMINATE. */
    private static String reason(ProcessVariables variables) {
        return Objects.requireNonNullElse(variables.stringOrNull(LifecycleVariables.TERMINATION_REASON),
                Objects.requireNonNullElse(variables.stringOrNull(LifecycleVariables.ESCALATION_COMMENT),
                        "no reason given"));
    }
}
