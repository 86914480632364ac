package io.charterline.change;

import io.charterline.platform.web.InvalidField;
import java.util.List;

/**
 * Computes what a proposed change does to a project: schedule, cost, resources, IT services and the requested
 * implementation window. Used by the change-control process before classification and by the impact preview of
 * the API (a what-if that must store nothing).
 */
public interface ImpactAnalyzer {

    /**
     * @param projectKey      the project the change applies to (PRJ-year-number); it exists
     * @param changeRequestId the change analysed, which never conflicts with its own window; null for a proposal
     *                        not stored yet
     * @param proposal        a validated proposal
     */
    ImpactAnalysis analyse(String projectKey, String changeRequestId, ChangeProposal proposal);

    /**
     * Why the proposal's work-package changes cannot be applied to the project's current baseline, by change
     * field ({@code workPackageChanges[i].code} ...); empty when they can. Checked before a request is stored.
     *
     * @param proposal a validated proposal
     */
    List<InvalidField> applicationErrors(String projectKey, ChangeProposal proposal);
}
