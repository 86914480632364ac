package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.cmdb.Criticality;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The inputs of the change-classification decision, taken from the proposal and its impact analysis. The same map
 * feeds the process (as variables) and the impact preview (evaluated directly), so both classify alike.
 */
final class ClassificationInputs {

    /** Input value when no service is affected at all. */
    static final String NO_SERVICE = "NONE";

    private ClassificationInputs() {
    }

    static VariableMap of(ChangeProposal proposal, ImpactAnalysis impact) {
        Criticality max = impact.maxServiceCriticality();
        return Variables.createVariables()
                .putValue(REQUESTED_TYPE, proposal.requestedType().name())
                // A standard change is routine and pre-approved; one that moves scope or budget is not, at any size.
                .putValue(SCOPE_CHANGED, proposal.changesScope())
                .putValue(BUDGET_CHANGED, proposal.changesBudget())
                // A large saving reshapes the project as much as a large overrun: the rules weigh the magnitude.
                .putValue(COST_SHARE_PERCENT, impact.costSharePercent().abs().doubleValue())
                // Re-funding the project is weighed apart from the cost of its work, against the approved budget.
                .putValue(BUDGET_CHANGE_PERCENT, impact.budgetChangePercent().abs().doubleValue())
                .putValue(SCHEDULE_SLIP_DAYS, (int) impact.scheduleSlipDays())
                .putValue(CRITICAL_SERVICE_COUNT, impact.criticalServiceCount())
                .putValue(MAX_SERVICE_CRITICALITY, max == null ? NO_SERVICE : max.name())
                .putValue(RESOURCE_OVERLOAD_COUNT, impact.resourceOverloads().size())
                .putValue(WINDOW_CONFLICT_COUNT, impact.windowConflicts().size())
                .putValue(SCOPE_NOT_ESTIMATED, impact.scopeNotEstimated())
                // Not matched by any rule: the rules' reasons name the services that made them apply.
                .putValue(CRITICAL_SERVICES, keysOf(impact, Criticality.CRITICAL))
                .putValue(HIGH_SERVICES, keysOf(impact, Criticality.HIGH));
    }

    private static String keysOf(ImpactAnalysis impact, Criticality criticality) {
        return impact.affectedServices().stream().filter(service -> service.criticality() == criticality)
                .map(ImpactAnalysis.AffectedService::key).collect(Collectors.joining(", "));
    }
}
