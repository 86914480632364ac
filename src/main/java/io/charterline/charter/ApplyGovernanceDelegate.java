package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.ProjectRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the tier and status cadence that the governance-tier decision gave the project, and the cadence in words
 * for the sponsor's review form.
 */
@Component
public class ApplyGovernanceDelegate implements JavaDelegate {

    private final ProjectRegistry projects;

    public ApplyGovernanceDelegate(ProjectRegistry projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String cadence = variables.string(STATUS_CADENCE);
        projects.applyGovernance(variables.string(PROJECT_KEY), variables.integer(GOVERNANCE_TIER), cadence);
        execution.setVariable(STATUS_CADENCE_TEXT, StatusCadence.readable(cadence));
    }
}
