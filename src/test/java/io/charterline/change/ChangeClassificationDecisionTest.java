package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of the deployed change-classification decision, hit by inputs that match it and no rule above it. */
class ChangeClassificationDecisionTest extends ChangeControlTestSupport {

    @Autowired
    DecisionService decisionService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    /** A small normal change touching nothing critical; each case overrides what its rule looks at. */
    private static Map<String, Object> inputs(Object... overrides) {
        Map<String, Object> inputs = new HashMap<>(Map.of(REQUESTED_TYPE, "NORMAL", COST_SHARE_PERCENT, 0.0,
                SCHEDULE_SLIP_DAYS, 0, CRITICAL_SERVICE_COUNT, 0, MAX_SERVICE_CRITICALITY, "NONE",
                RESOURCE_OVERLOAD_COUNT, 0, WINDOW_CONFLICT_COUNT, 0, SCOPE_CHANGED, false, BUDGET_CHANGED, false,
                BUDGET_CHANGE_PERCENT, 0.0));
        inputs.putAll(Map.of(SCOPE_NOT_ESTIMATED, false, CRITICAL_SERVICES, "", HIGH_SERVICES, ""));
        for (int i = 0; i < overrides.length; i += 2) {
            inputs.put((String) overrides[i], overrides[i + 1]);
        }
        return inputs;
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("Rule_Emergency", inputs(REQUESTED_TYPE, "EMERGENCY", COST_SHARE_PERCENT, 40.0,
                        CRITICAL_SERVICE_COUNT, 3, MAX_SERVICE_CRITICALITY, "CRITICAL"), "EMERGENCY", "HIGH", "ECAB"),
                Arguments.of("Rule_LargeCostShare", inputs(COST_SHARE_PERCENT, 10.5), "MAJOR", "HIGH", "SPONSOR_AND_CCB"),
                Arguments.of("Rule_LargeBudgetMove", inputs(BUDGET_CHANGE_PERCENT, 10.5, BUDGET_CHANGED, true),
                        "MAJOR", "HIGH", "SPONSOR_AND_CCB"),
                Arguments.of("Rule_LongSlip", inputs(SCHEDULE_SLIP_DAYS, 11), "MAJOR", "HIGH", "SPONSOR_AND_CCB"),
                Arguments.of("Rule_SeveralCriticalServices", inputs(CRITICAL_SERVICE_COUNT, 2,
                        MAX_SERVICE_CRITICALITY, "CRITICAL"), "MAJOR", "CRITICAL", "SPONSOR_AND_CCB"),
                Arguments.of("Rule_CriticalService", inputs(CRITICAL_SERVICE_COUNT, 1,
                        MAX_SERVICE_CRITICALITY, "CRITICAL"), "SIGNIFICANT", "HIGH", "CCB"),
                Arguments.of("Rule_ResourceOverload", inputs(RESOURCE_OVERLOAD_COUNT, 1), "SIGNIFICANT", "MEDIUM", "CCB"),
                Arguments.of("Rule_WindowConflict", inputs(WINDOW_CONFLICT_COUNT, 2), "SIGNIFICANT", "MEDIUM", "CCB"),
                Arguments.of("Rule_HighCriticalityService", inputs(MAX_SERVICE_CRITICALITY, "HIGH"),
                        "SIGNIFICANT", "MEDIUM", "CCB"),
                Arguments.of("Rule_PreApprovedStandard", inputs(REQUESTED_TYPE, "STANDARD", COST_SHARE_PERCENT, 1.0,
                        MAX_SERVICE_CRITICALITY, "MEDIUM"), "STANDARD", "LOW", "AUTO"),
                Arguments.of("Rule_NoticeableCost", inputs(COST_SHARE_PERCENT, 10.0), "MINOR", "MEDIUM", "PM"),
                Arguments.of("Rule_NoticeableSlip", inputs(SCHEDULE_SLIP_DAYS, 6), "MINOR", "MEDIUM", "PM"),
                Arguments.of("Rule_ScopeNotEstimated", inputs(SCOPE_CHANGED, true, SCOPE_NOT_ESTIMATED, true),
                        "MINOR", "MEDIUM", "PM"),
                // Scope with work packages that estimate it is weighed by their cost and slip like any other change
                Arguments.of("Rule_MinorNormal", inputs(SCOPE_CHANGED, true, COST_SHARE_PERCENT, 2.0),
                        "MINOR", "LOW", "PM"),
                Arguments.of("Rule_MinorNormal", inputs(COST_SHARE_PERCENT, 5.0, SCHEDULE_SLIP_DAYS, 5),
                        "MINOR", "LOW", "PM"),
                Arguments.of("Rule_ClassifyByHand", inputs(REQUESTED_TYPE, "STANDARD", COST_SHARE_PERCENT, 1.5),
                        null, null, "MANUAL"),
                // Within the cost envelope, but a standard change that moves scope or budget is not pre-approved
                Arguments.of("Rule_ClassifyByHand", inputs(REQUESTED_TYPE, "STANDARD", SCOPE_CHANGED, true),
                        null, null, "MANUAL"),
                Arguments.of("Rule_ClassifyByHand", inputs(REQUESTED_TYPE, "STANDARD", COST_SHARE_PERCENT, 0.99,
                        BUDGET_CHANGED, true), null, null, "MANUAL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsHitByItsInputs(String ruleId, Map<String, Object> inputs, String changeClass, String riskLevel,
                              String approvalRoute) {
        Set<String> before = decisionInstanceIds();

        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs)
                .evaluate().getSingleResult();

        assertThat(result.get(CHANGE_CLASS)).isEqualTo(changeClass);
        assertThat(result.get(RISK_LEVEL)).isEqualTo(riskLevel);
        assertThat(result.get(APPROVAL_ROUTE)).isEqualTo(approvalRoute);
        assertThat((String) result.get(CLASSIFICATION_REASON)).isNotBlank();
        List<HistoricDecisionInstance> evaluated = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(DECISION_KEY).includeOutputs().list().stream()
                .filter(instance -> !before.contains(instance.getId())).toList();
        assertThat(evaluated).hasSize(1);
        assertThat(evaluated.get(0).getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
                .containsOnly(ruleId);
    }

    @Test
    void aRulesReasonNamesTheFiguresAndServicesThatMadeItApply() {
        Map<String, Object> critical = inputs(CRITICAL_SERVICE_COUNT, 1, MAX_SERVICE_CRITICALITY, "CRITICAL",
                CRITICAL_SERVICES, "CRM");
        Map<String, Object> slip = inputs(SCHEDULE_SLIP_DAYS, 12);

        assertThat(reasonFor(critical)).isEqualTo("The change control board decides, at high risk, because CRM, a "
                + "CRITICAL service, is affected: the board weighs the operational risk.");
        assertThat(reasonFor(slip)).isEqualTo("Sponsor and board decide because the finish slips 12 days, more than "
                + "10: that moves dates the sponsor committed to.");
    }

    @Test
    void aChangeAnalysedBeforeTheReasonsNamedServicesIsStillClassified() {
        Map<String, Object> analysedEarlier = inputs(CRITICAL_SERVICE_COUNT, 1, MAX_SERVICE_CRITICALITY, "CRITICAL");
        analysedEarlier.remove(CRITICAL_SERVICES);
        analysedEarlier.remove(SCOPE_NOT_ESTIMATED);

        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
                .variables(analysedEarlier).evaluate().getSingleResult();

        assertThat(result.get(APPROVAL_ROUTE)).isEqualTo("CCB");
    }

    @Test
    void everyInputOfTheTableSaysWhatItCounts() {
        String definitionId = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult().getId();
        DmnModelInstance model = repositoryService.getDmnModelInstance(definitionId);

        assertThat(model.getModelElementsByType(Input.class)).hasSize(11).allSatisfy(input -> {
            assertThat(input.getDescription()).as(input.getLabel()).isNotNull();
            assertThat(input.getDescription().getTextContent()).as(input.getLabel()).hasSizeGreaterThan(80);
        });
    }

    @Test
    void everyRuleOfTheTableHasATestAndSaysWhyItExists() {
        String definitionId = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult().getId();
        DmnModelInstance model = repositoryService.getDmnModelInstance(definitionId);
        List<Rule> tableRules = List.copyOf(model.getModelElementsByType(Rule.class));

        assertThat(tableRules).extracting(Rule::getId).containsExactlyInAnyOrderElementsOf(
                rules().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet()));
        assertThat(tableRules).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    }

    private String reasonFor(Map<String, Object> inputs) {
        return (String) decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate()
                .getSingleResult().get(CLASSIFICATION_REASON);
    }

    private Set<String> decisionInstanceIds() {
        return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_KEY).list()
                .stream().map(HistoricDecisionInstance::getId).collect(Collectors.toSet());
    }
}
