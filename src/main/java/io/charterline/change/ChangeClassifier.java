package io.charterline.change;

import io.charterline.platform.process.EngineAsApplication;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The change-classification decision on a proposal and its impact, evaluated directly as the process's "Classify
 * change" would take it, with the same fail-safe for values the process does not know. The impact preview asks it
 * for a change not submitted yet; the re-analysis on a moved plan asks it what today's figures would classify a
 * waiting change as.
 */
@Component
public class ChangeClassifier {

    private final DecisionService decisionService;
    private final EngineAsApplication asApplication;

    public ChangeClassifier(DecisionService decisionService, EngineAsApplication asApplication) {
        this.decisionService = decisionService;
        this.asApplication = asApplication;
    }

    /**
     * @param route  the route the change would take: MANUAL when no rule fits or the rule gives none
     * @param note   why it would not take the route its rule gave; null when it would
     * @param reason the matched rule's reason; null when no rule gives one
     */
    public record Classification(String changeClass, String riskLevel, String route, String note, String reason) {

        /** "class MAJOR, risk HIGH, route sponsor and change control board", as the forms name a route. */
        String inWords() {
            return ChangeControlVariables.ROUTE_MANUAL.equals(route) ? "no rule: classification by the PMO"
                    : "class %s, risk %s, route %s".formatted(changeClass, riskLevel, ApprovalRoutes.inWords(route));
        }
    }

    public Classification classify(ChangeProposal proposal, ImpactAnalysis impact) {
        DmnDecisionResultEntries result = asApplication.call(() -> decisionService
                .evaluateDecisionByKey(ChangeControlVariables.DECISION_KEY)
                .variables(ClassificationInputs.of(proposal, impact))
                .evaluate()
                .getSingleResult());
        if (result == null) {
            return new Classification(null, null, ChangeControlVariables.ROUTE_MANUAL, null, null);
        }
        // Map.get, not getEntry: a rule may leave an output empty (the MANUAL rule leaves class and risk to the PMO).
        // No route at all goes to the PMO's classification by hand, as in the process.
        String route = (String) result.get(ChangeControlVariables.APPROVAL_ROUTE);
        if (route == null) {
            route = ChangeControlVariables.ROUTE_MANUAL;
        }
        String changeClass = (String) result.get(ChangeControlVariables.CHANGE_CLASS);
        String riskLevel = (String) result.get(ChangeControlVariables.RISK_LEVEL);
        return new Classification(changeClass, riskLevel, ApprovalRoutes.taken(route, changeClass, riskLevel),
                ApprovalRoutes.failSafeNote(route, changeClass, riskLevel),
                (String) result.get(ChangeControlVariables.CLASSIFICATION_REASON));
    }
}
