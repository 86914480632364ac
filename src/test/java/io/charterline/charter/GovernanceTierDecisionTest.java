package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.CharterlineWebTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule of processes/governance-tier.dmn, evaluated as deployed; the matched rule is read from history. */
@CharterlineWebTest
class GovernanceTierDecisionTest {

    private static final List<String> TESTED = new ArrayList<>();

    @Autowired
    DecisionService decisionService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    record Governance(String rule, int tier, String cadence, String planGate) {
    }

    @Test
    void strategicProjectIsTierOneWhateverItsSize() {
        assertThat(decide(true, 50_000, 60, 0)).isEqualTo(new Governance("Rule_Strategic", 1, "P7D", "PMO_AND_SPONSOR"));
    }

    @Test
    void budgetOfAMillionIsTierOne() {
        assertThat(decide(false, 1_000_000, 60, 0)).isEqualTo(
                new Governance("Rule_LargeBudget", 1, "P7D", "PMO_AND_SPONSOR"));
    }

    @Test
    void twoCriticalServicesMakeTierOne() {
        assertThat(decide(false, 50_000, 60, 2)).isEqualTo(
                new Governance("Rule_CriticalServices", 1, "P7D", "PMO_AND_SPONSOR"));
    }

    @Test
    void mediumBudgetIsTierTwo() {
        assertThat(decide(false, 250_000, 60, 0)).isEqualTo(new Governance("Rule_MediumBudget", 2, "P14D", "PMO"));
        assertThat(decide(false, 999_999.99, 60, 0).rule()).isEqualTo("Rule_MediumBudget");
    }

    @Test
    void projectLongerThanSixMonthsIsTierTwo() {
        assertThat(decide(false, 50_000, 181, 0)).isEqualTo(new Governance("Rule_LongDuration", 2, "P14D", "PMO"));
        assertThat(decide(false, 50_000, 180, 0).rule()).isEqualTo("Rule_Default");
    }

    @Test
    void oneCriticalServiceIsTierTwo() {
        assertThat(decide(false, 50_000, 60, 1)).isEqualTo(new Governance("Rule_OneCriticalService", 2, "P14D", "PMO"));
    }

    @Test
    void smallShortProjectWithoutCriticalServicesIsTierThree() {
        assertThat(decide(false, 249_999, 180, 0)).isEqualTo(new Governance("Rule_Default", 3, "P28D", "PMO"));
    }

    @AfterAll
    static void everyRuleOfTheDeployedTableHasATest(@Autowired RepositoryService repositoryService) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey("governance-tier").latestVersion().singleResult();
        DmnModelInstance model = repositoryService.getDmnModelInstance(definition.getId());
        List<String> rules = model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
        assertThat(TESTED).containsAll(rules);
        model.getModelElementsByType(Rule.class).forEach(rule ->
                assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull());
    }

    private Governance decide(boolean strategic, double budget, long durationDays, int criticalServices) {
        List<String> earlier = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("governance-tier").list().stream().map(HistoricDecisionInstance::getId).toList();
        if (!earlier.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(earlier);
        }
        Map<String, Object> result = decisionService.evaluateDecisionTableByKey("governance-tier")
                .variables(Variables.createVariables()
                        .putValue("strategic", strategic)
                        .putValue("budget", budget)
                        .putValue("durationDays", durationDays)
                        .putValue("criticalServiceCount", criticalServices))
                .evaluate().getSingleResult().getEntryMap();
        HistoricDecisionInstance latest = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("governance-tier").includeOutputs().singleResult();
        String rule = latest.getOutputs().get(0).getRuleId();
        TESTED.add(rule);
        return new Governance(rule, ((Number) result.get("tier")).intValue(), (String) result.get("statusCadence"),
                (String) result.get("planGateApproval"));
    }
}
