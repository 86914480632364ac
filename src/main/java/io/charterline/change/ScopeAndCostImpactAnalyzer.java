package io.charterline.change;

import io.charterline.plan.SkillRates;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact analysis as far as it needs no baseline, resource pool or service graph: cost and the named IT
 * services. The full analyser (critical path on a copy of the current baseline, portfolio-wide overloads,
 * transitive service impact and window conflicts) replaces this bean; until then:
 * <ul>
 *   <li>cost delta = budget change + hours × the skill's standard rate, added for ADD and MODIFY, subtracted for
 *       REMOVE; a MODIFY counts its full new estimate because the current one is unknown without the baseline
 *       (an upper bound, so a change is routed too high rather than too low); a change without hours or skill
 *       costs nothing here;</li>
 *   <li>budget at completion = the charter budget;</li>
 *   <li>affected services = the named items with their criticality, depth 0;</li>
 *   <li>no slip (the finish stays the charter's target end), no overloads, no window conflicts, baseline v0.</li>
 * </ul>
 */
@Component
public class ScopeAndCostImpactAnalyzer implements ImpactAnalyzer {

    private final ProjectRegistry projects;
    private final ConfigurationItemRepository configurationItems;
    private final SkillRates skillRates;

    public ScopeAndCostImpactAnalyzer(ProjectRegistry projects, ConfigurationItemRepository configurationItems,
                                      SkillRates skillRates) {
        this.projects = projects;
        this.configurationItems = configurationItems;
        this.skillRates = skillRates;
    }

    @Override
    @Transactional(readOnly = true)
    public ImpactAnalysis analyse(String projectKey, ChangeProposal proposal) {
        Project project = projects.require(projectKey);
        Map<String, BigDecimal> rates = skillRates.hourlyRates();
        BigDecimal workCost = proposal.workPackageChangesOrEmpty().stream()
                .map(change -> cost(change, rates))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetChange = proposal.budgetChange() == null ? BigDecimal.ZERO : proposal.budgetChange();
        BigDecimal costDelta = budgetChange.add(workCost).setScale(2, RoundingMode.HALF_UP);
        BigDecimal budgetAtCompletion = project.getBudget().setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = costDelta.multiply(BigDecimal.valueOf(100))
                .divide(budgetAtCompletion, 2, RoundingMode.HALF_UP);
        List<ImpactAnalysis.AffectedService> services = configurationItems
                .findByKeyIn(proposal.affectedItemsOrEmpty()).stream()
                .map(item -> new ImpactAnalysis.AffectedService(item.getKey(), item.getName(), item.getCriticality(),
                        0, null))
                .sorted(Comparator.comparing(ImpactAnalysis.AffectedService::key))
                .toList();
        return new ImpactAnalysis(0, 0, project.getTargetEnd(), costDelta, budgetAtCompletion, share,
                List.of(), services, List.of());
    }

    private static BigDecimal cost(WorkPackageChange change, Map<String, BigDecimal> rates) {
        BigDecimal rate = change.skill() == null ? null : rates.get(change.skill());
        if (change.estimateHours() == null || rate == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal cost = change.estimateHours().multiply(rate);
        return change.action() == WorkPackageAction.REMOVE ? cost.negate() : cost;
    }
}
