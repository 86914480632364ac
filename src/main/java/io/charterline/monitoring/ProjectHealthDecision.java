package io.charterline.monitoring;

import static io.charterline.monitoring.HealthVariables.*;

import io.charterline.platform.process.DecisionVocabulary;
import io.charterline.platform.process.EngineAsApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
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
    private final RepositoryService repositoryService;
    private final EngineAsApplication asApplication;
    /** Evaluates without the engine's history: a preview on every read of the KPIs must not record a decision. */
    private final DmnEngine previewEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** The parsed table of each deployed version, by decision definition id; a new version has a new id. */
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    public ProjectHealthDecision(DecisionService decisionService, RepositoryService repositoryService,
                                 EngineAsApplication asApplication) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
    }

    /** @param cpi null while no cost is booked: the table's cost rules do not match it, so cost is not rated */
    public HealthRating rate(BigDecimal spi, BigDecimal cpi, int openHighRisks, int openCriticalIssues) {
        return rating(decisionService.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(inputs(spi, cpi, openHighRisks, openCriticalIssues))
                .evaluate()
                .getSingleResult());
    }

    /**
     * What the latest deployed {@code project-health} table would rate these figures, evaluated as a preview: no
     * status cycle, no history, no permission of the reader needed (the table is read as the application).
     */
    public HealthRating preview(BigDecimal spi, BigDecimal cpi, int openHighRisks, int openCriticalIssues) {
        DmnDecision decision = asApplication.call(() -> {
            DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
            return parsed.computeIfAbsent(latest.getId(), this::parse);
        });
        return rating(previewEngine.evaluateDecisionTable(decision, inputs(spi, cpi, openHighRisks,
                openCriticalIssues)).getSingleResult());
    }

    private DmnDecision parse(String decisionDefinitionId) {
        try (InputStream model = repositoryService.getDecisionModel(decisionDefinitionId)) {
            return previewEngine.parseDecision(DECISION_KEY, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VariableMap inputs(BigDecimal spi, BigDecimal cpi, int openHighRisks, int openCriticalIssues) {
        return Variables.createVariables()
                .putValue(SPI, spi.doubleValue())
                .putValue(CPI, Variables.doubleValue(cpi == null ? null : cpi.doubleValue()))
                .putValue(OPEN_HIGH_RISKS, openHighRisks)
                .putValue(OPEN_CRITICAL_ISSUES, openCriticalIssues);
    }

    private static HealthRating rating(DmnDecisionRuleResult result) {
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
