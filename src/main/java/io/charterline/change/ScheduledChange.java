package io.charterline.change;

import java.util.Set;

/**
 * Another change that will be carried out: approved (in its requested window) or scheduled (in its scheduled
 * window), on the items it names, by its implementer.
 */
record ScheduledChange(String changeRequestId, Set<String> items, ImplementationWindow window, String implementer) {

    ScheduledChange {
        items = Set.copyOf(items);
    }

    boolean overlaps(ImplementationWindow other) {
        return window.start().isBefore(other.end()) && other.start().isBefore(window.end());
    }
}
