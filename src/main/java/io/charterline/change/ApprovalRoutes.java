package io.charterline.change;

import io.charterline.platform.process.DecisionVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The fail-safe for a classification the process does not know, such as a process owner's typo in a rule of
 * {@code change-classification} ("BOARD" for "CCB"), or a rule that leaves the class or risk empty: the change goes
 * the strictest route, sponsor and board, as a major change of high risk would, rather than stalling at the route
 * gateway or taking a route that needs less approval than the rule may have meant. The MANUAL route leaves class
 * and risk to the PMO, who must give known ones. The process and the impact preview apply the same rule.
 */
final class ApprovalRoutes {

    private ApprovalRoutes() {
    }

    /** The route a change with the decision's route, class and risk takes. */
    static String taken(String route, String changeClass, String riskLevel) {
        return unknowns(route, changeClass, riskLevel).isEmpty() ? route : ChangeControlVariables.ROUTE_SPONSOR_AND_CCB;
    }

    /** The route in words, as the approvers' forms name it; an unknown route by its code. */
    static String inWords(String route) {
        return switch (route == null ? "" : route) {
            case ChangeControlVariables.ROUTE_AUTO -> "approved without review (standard change)";
            case ChangeControlVariables.ROUTE_PM -> "project manager";
            case ChangeControlVariables.ROUTE_CCB -> "change control board";
            case ChangeControlVariables.ROUTE_SPONSOR_AND_CCB -> "sponsor and change control board";
            case ChangeControlVariables.ROUTE_ECAB -> "emergency change advisory board";
            case ChangeControlVariables.ROUTE_MANUAL -> "classification by the PMO";
            default -> route;
        };
    }

    /** Why a change does not take the route the decision gave it, naming each value; null when it does. */
    static String failSafeNote(String route, String changeClass, String riskLevel) {
        List<String> unknowns = unknowns(route, changeClass, riskLevel);
        return unknowns.isEmpty() ? null : "The " + String.join("; the ", unknowns)
                + ": the change goes the strictest route, sponsor and board; the rule needs correcting";
    }

    private static List<String> unknowns(String route, String changeClass, String riskLevel) {
        List<String> unknowns = new ArrayList<>();
        if (!DecisionVocabulary.APPROVAL_ROUTE.allows(route)) {
            unknowns.add(DecisionVocabulary.APPROVAL_ROUTE.unknown(route));
        }
        if (!ChangeControlVariables.ROUTE_MANUAL.equals(route)) {
            if (!DecisionVocabulary.CHANGE_CLASS.allows(changeClass)) {
                unknowns.add(DecisionVocabulary.CHANGE_CLASS.unknown(changeClass));
            }
            if (!DecisionVocabulary.RISK_LEVEL.allows(riskLevel)) {
                unknowns.add(DecisionVocabulary.RISK_LEVEL.unknown(riskLevel));
            }
        }
        return unknowns;
    }
}
