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
        execution.setVariable(PLAN_GATE_APPROVAL_TEXT, planGateApprovers(variables.stringOrNull(PLAN_GATE_APPROVAL)));
    }

    /**
     * The governance-tier decision's approver codes. Any other value or none (a rule with a typo or an empty cell)
     * takes the lifecycle's fail-safe flow to the sponsor, so the gate form says so and names the value to fix.
     */
    static String planGateApprovers(String code) {
        if ("PMO".equals(code)) {
            return "the PMO";
        }
        if ("PMO_AND_SPONSOR".equals(code)) {
            return "the PMO, then the sponsor";
        }
        return "the PMO, then the sponsor, as the " + DecisionVocabulary.PLAN_GATE_APPROVAL.unknown(code);
    }
}
