package io.charterline.change;

/**
 * The what-if answer of the impact preview: the analysis and how the change would be classified and routed.
 *
 * @param routeNote why the change would not take the route the decision gave, such as a value of a rule that the
 *                  process does not know; null when it would
 * @param classificationReason why the change would get its class, risk and route: the matched rule's reason from
 *                  the decision; null when no rule gives one
 */
public record ImpactPreview(
        ImpactAnalysis impact,
        String impactSummary,
        String changeClass,
        String riskLevel,
        String approvalRoute,
        String routeNote,
        String classificationReason) {
}
