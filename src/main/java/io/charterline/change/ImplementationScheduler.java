package io.charterline.change;

/**
 * Finds the window an approved change is implemented in: the requested one when it clashes with nothing (the
 * items' maintenance windows and freezes, their parents and children in the dependency graph, the implementer's
 * other changes), otherwise the next free one within 90 days. The process asks the PMO to decide whenever the
 * requested window has conflicts.
 */
public interface ImplementationScheduler {

    WindowProposal schedule(String projectKey, String changeRequestId, ChangeProposal proposal, String implementer);
}
