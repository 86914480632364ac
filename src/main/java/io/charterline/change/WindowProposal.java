package io.charterline.change;

import java.util.List;

/**
 * The outcome of scheduling an approved change.
 *
 * @param requested the window the requester asked for
 * @param conflicts what the requested window clashes with; empty when it is free
 * @param proposed  the window to implement in: the requested one when it is free, otherwise the next free window
 *                  within 90 days, or null when there is none
 */
public record WindowProposal(ImplementationWindow requested, List<ImpactAnalysis.WindowConflict> conflicts,
                             ImplementationWindow proposed) {

    public WindowProposal {
        conflicts = List.copyOf(conflicts);
    }

    public boolean conflictFree() {
        return conflicts.isEmpty();
    }
}
