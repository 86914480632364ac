package io.charterline.change;

import io.charterline.platform.process.DecisionVocabulary;

/**
 * The fail-safe for an approval route the process does not know, such as a process owner's typo in a rule of
 * {@code change-classification} ("BOARD" for "CCB"): the change goes the strictest route, sponsor and board, rather
 * than stalling at the route gateway. The process and the impact preview apply the same rule.
 */
final class ApprovalRoutes {

    private ApprovalRoutes() {
    }

    static boolean known(String route) {
        return DecisionVocabulary.APPROVAL_ROUTE.allows(route);
    }

    /** The route a change with the decision's route takes. */
    static String taken(String decided) {
        return known(decided) ? decided : ChangeControlVariables.ROUTE_SPONSOR_AND_CCB;
    }

    /** Why a change does not take the route the decision gave it; null when it does. */
    static String failSafeNote(String decided) {
        return known(decided) ? null : "The " + DecisionVocabulary.APPROVAL_ROUTE.unknown(decided)
                + ": the change goes the strictest route, sponsor and board; the rule needs correcting";
    }
}
