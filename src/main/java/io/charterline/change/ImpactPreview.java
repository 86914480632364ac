package io.charterline.change;

/** The what-if answer of the impact preview: the analysis and how the change would be classified and routed. */
public record ImpactPreview(
        ImpactAnalysis impact,
        String impactSummary,
        String changeClass,
        String riskLevel,
        String approvalRoute) {
}
