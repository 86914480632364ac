package io.charterline.change;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of scheduling an approved change.
 *
 * @param requested the window the requester asked for
 * @param conflicts what the requested window clashes with; empty when it is free
 * @param proposed  the window to implement in: the requested one when it is free, otherwise the next free window
 *                  within 90 days, or null when there is none
 * @param tooShort  the named items whose every maintenance window is shorter than the requested window, so that no
 *                  window of its length is ever free: why there is no proposal
 */
public record WindowProposal(ImplementationWindow requested, List<ImpactAnalysis.WindowConflict> conflicts,
                             ImplementationWindow proposed, List<ShortMaintenance> tooShort) {

    /** A named item whose longest maintenance window is shorter than the requested window. */
    public record ShortMaintenance(String item, Duration longestWindow) {
    }

    public WindowProposal {
        conflicts = List.copyOf(conflicts);
        tooShort = List.copyOf(tooShort);
    }

    public WindowProposal(ImplementationWindow requested, List<ImpactAnalysis.WindowConflict> conflicts,
                          ImplementationWindow proposed) {
        this(requested, conflicts, proposed, List.of());
    }

    public boolean conflictFree() {
        return conflicts.isEmpty();
    }
}
