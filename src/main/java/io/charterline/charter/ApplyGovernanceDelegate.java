package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.DecisionVocabulary;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.project.ProjectRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the tier and status cadence that the governance-tier decision gave the project, and the cadence and the
 * plan-gate approvers in words for the forms, which show them to people rather than as the decision's codes.
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
        execution.setVariable(PLAN_GATE_APPROVAL_TEXT, planGateApprovers(variables.string(PLAN_GATE_APPROVAL)));
    }

    /**
     * The governance-tier decision's approver codes. Any other value (a typo in a rule) takes the lifecycle's
     * fail-safe flow to the sponsor, so the gate form says so and names the value for the process owner to fix.
     */
    static String planGateApprovers(String code) {
        return switch (code) {
            case "PMO" -> "the PMO";
            case "PMO_AND_SPONSOR" -> "the PMO, then the sponsor";
            default -> "the PMO, then the sponsor, as the " + DecisionVocabulary.PLAN_GATE_APPROVAL.unknown(code);
        };
    }
}
