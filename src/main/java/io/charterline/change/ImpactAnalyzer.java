package io.charterline.change;

/**
 * Computes what a proposed change does to a project: schedule, cost, resources, IT services and the requested
 * implementation window. Used by the change-control process before classification and by the impact preview of
 * the API (a what-if that must store nothing).
 */
public interface ImpactAnalyzer {

    /**
     * @param projectKey the project the change applies to (PRJ-year-number); it exists
     * @param proposal   a validated proposal
     */
    ImpactAnalysis analyse(String projectKey, ChangeProposal proposal);
}
