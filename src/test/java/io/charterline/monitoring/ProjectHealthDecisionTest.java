package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every rule of processes/project-health.dmn, evaluated as deployed; the matched rule is read from history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectHealthDecisionTest {

    private static final List<String> RULES_TESTED_HERE = List.of("Rule_CriticalIssue", "Rule_ScheduleFarBehind",
            "Rule_CostFarOver", "Rule_ScheduleSlipping", "Rule_CostOverrunning", "Rule_HighRisk", "Rule_OnTrack");

    @Autowired
    DecisionService decisionService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProjectHealthDecision projectHealth;

    @BeforeEach
    void forgetEarlierEvaluations() {
        List<String> ids = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HealthVariables.DECISION_KEY).list().stream()
                .map(HistoricDecisionInstance::getId).toList();
        if (!ids.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(ids);
        }
    }

    @Test
    void openCriticalIssueIsRedEvenWhenAheadOfPlanAndUnderBudget() {
        Rating rating = evaluate(1.2, 1.2, 0, 1);

        assertThat(rating.ruleId()).isEqualTo("Rule_CriticalIssue");
        assertThat(rating.health()).isEqualTo("RED");
        assertThat(rating.action()).startsWith("Escalate to the sponsor");
    }

    @Test
    void spiBelow080IsRed() {
        Rating rating = evaluate(0.75, 1.0, 0, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_ScheduleFarBehind");
        assertThat(rating.health()).isEqualTo("RED");
    }

    @Test
    void cpiBelow080IsRed() {
        Rating rating = evaluate(1.0, 0.75, 0, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_CostFarOver");
        assertThat(rating.health()).isEqualTo("RED");
    }

    @Test
    void spiBelow095IsAmber() {
        Rating rating = evaluate(0.9, 1.0, 0, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_ScheduleSlipping");
        assertThat(rating.health()).isEqualTo("AMBER");
        assertThat(rating.action()).contains("schedule recovery plan");
    }

    @Test
    void cpiBelow095IsAmber() {
        Rating rating = evaluate(1.0, 0.9, 0, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_CostOverrunning");
        assertThat(rating.health()).isEqualTo("AMBER");
        assertThat(rating.action()).contains("cost corrective actions");
    }

    @Test
    void openHighRiskIsAmberOnAnOtherwiseHealthyProject() {
        Rating rating = evaluate(1.0, 1.0, 1, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_HighRisk");
        assertThat(rating.health()).isEqualTo("AMBER");
    }

    @Test
    void projectOnPlanOnBudgetWithoutHighRisksOrCriticalIssuesIsGreen() {
        Rating rating = evaluate(1.0, 1.0, 0, 0);

        assertThat(rating.ruleId()).isEqualTo("Rule_OnTrack");
        assertThat(rating.health()).isEqualTo("GREEN");
        assertThat(rating.action()).isEqualTo("Continue as planned.");
    }

    @ParameterizedTest(name = "SPI {0}, CPI {1}, high risks {2}, critical issues {3} -> {4}")
    @CsvSource({
            "0.8,    1.0,    0, 0, Rule_ScheduleSlipping",
            "0.7999, 1.0,    0, 0, Rule_ScheduleFarBehind",
            "0.95,   1.0,    0, 0, Rule_OnTrack",
            "0.9499, 1.0,    0, 0, Rule_ScheduleSlipping",
            "1.0,    0.8,    0, 0, Rule_CostOverrunning",
            "1.0,    0.7999, 0, 0, Rule_CostFarOver",
            "1.0,    0.95,   0, 0, Rule_OnTrack",
            "1.0,    0.9499, 0, 0, Rule_CostOverrunning",
            "1.5,    1.5,    0, 0, Rule_OnTrack",
            "0.5,    0.5,    3, 1, Rule_CriticalIssue",
            "0.5,    0.5,    0, 0, Rule_ScheduleFarBehind",
            "0.9,    0.7,    0, 0, Rule_CostFarOver",
            "0.9,    0.9,    1, 0, Rule_ScheduleSlipping",
            "1.0,    0.9,    1, 0, Rule_CostOverrunning",
            "1.0,    1.0,    5, 0, Rule_HighRisk",
            "1.0,    1.0,    0, 2, Rule_CriticalIssue"})
    void boundariesAndPrecedence(double spi, double cpi, int highRisks, int criticalIssues, String expectedRule) {
        assertThat(evaluate(spi, cpi, highRisks, criticalIssues).ruleId()).isEqualTo(expectedRule);
    }

    @Test
    void withNoCostBookedTheCpiIsNullAndOnlyScheduleAndRisksAreRated() {
        assertThat(projectHealth.rate(BigDecimal.ONE, null, 0, 0))
                .isEqualTo(new HealthRating(Health.GREEN, "Continue as planned."));
        assertThat(projectHealth.rate(new BigDecimal("0.75"), null, 0, 0).health()).isEqualTo(Health.RED);
        assertThat(projectHealth.rate(new BigDecimal("0.9"), null, 0, 0).health()).isEqualTo(Health.AMBER);
        assertThat(projectHealth.rate(BigDecimal.ONE, null, 1, 0).health()).isEqualTo(Health.AMBER);
    }

    @Test
    void everyRuleOfTheDeployedTableHasATestHere() {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(HealthVariables.DECISION_KEY).latestVersion().singleResult();
        List<String> deployedRules = repositoryService.getDmnModelInstance(definition.getId())
                .getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();

        assertThat(deployedRules).containsExactlyElementsOf(RULES_TESTED_HERE);
    }

    @Test
    void serviceMapsTheDecisionsOutputsToARating() {
        HealthRating rating = projectHealth.rate(new BigDecimal("0.85"), BigDecimal.ONE, 0, 0);

        assertThat(rating.health()).isEqualTo(Health.AMBER);
        assertThat(rating.recommendedAction())
                .isEqualTo("Project manager to present a schedule recovery plan at the next status cycle.");
    }

    private record Rating(String ruleId, String health, String action) {
    }

    private Rating evaluate(double spi, double cpi, int openHighRisks, int openCriticalIssues) {
        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(HealthVariables.DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue(HealthVariables.SPI, spi)
                        .putValue(HealthVariables.CPI, cpi)
                        .putValue(HealthVariables.OPEN_HIGH_RISKS, openHighRisks)
                        .putValue(HealthVariables.OPEN_CRITICAL_ISSUES, openCriticalIssues))
                .evaluate()
                .getSingleResult();
        HistoricDecisionInstance evaluation = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HealthVariables.DECISION_KEY).includeOutputs().singleResult();
        historyService.deleteHistoricDecisionInstancesBulk(List.of(evaluation.getId()));
        List<String> matchedRules = evaluation.getOutputs().stream()
                .map(HistoricDecisionOutputInstance::getRuleId).distinct().toList();
        assertThat(matchedRules).as("a FIRST table matches exactly one rule").hasSize(1);
        return new Rating(matchedRules.get(0), result.getEntry(HealthVariables.HEALTH),
                result.getEntry(HealthVariables.RECOMMENDED_ACTION));
    }
}
