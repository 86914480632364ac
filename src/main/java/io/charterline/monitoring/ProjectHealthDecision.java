package io.charterline.monitoring;

import static io.charterline.monitoring.HealthVariables.*;

import io.charterline.platform.process.DecisionVocabulary;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Rates a status cycle with the deployed {@code project-health} decision, so a process owner changes the
 * thresholds in the DMN, not in code. The status cycle runs as an engine job without a user; a caller acting
 * as a user needs the engine's CREATE_INSTANCE permission on that decision definition.
 */
@Component
public class ProjectHealthDecision {

    private final DecisionService decisionService;

    public ProjectHealthDecision(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** @param cpi null while no cost is booked: the table's cost rules do not match it, so cost is not rated */
    public HealthRating rate(BigDecimal spi, BigDecimal cpi, int openHighRisks, int openCriticalIssues) {
        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue(SPI, spi.doubleValue())
                        .putValue(CPI, Variables.doubleValue(cpi == null ? null : cpi.doubleValue()))
                        .putValue(OPEN_HIGH_RISKS, openHighRisks)
                        .putValue(OPEN_CRITICAL_ISSUES, openCriticalIssues))
                .evaluate()
                .getSingleResult();
        // Map.get, not getEntry, which fails on an output the rule left empty
        Object health = result.get(HEALTH);
        if (!DecisionVocabulary.HEALTH.allows(health)) {
            // A typo in a rule must not stop the status cycle, nor hide a project in trouble: RED escalates.
            return new HealthRating(Health.RED, "Escalate to the sponsor: the " + DecisionVocabulary.HEALTH
                    .unknown(health) + ", so the cycle is rated RED until the process owner corrects the rule.");
        }
        return new HealthRating(Health.valueOf((String) health), result.getEntry(RECOMMENDED_ACTION));
    }

    public HealthRating rate(KpiFigures figures) {
        return rate(figures.spi(), figures.cpi(), figures.openRisks().highOrAbove(), figures.openIssues().critical());
    }
}
