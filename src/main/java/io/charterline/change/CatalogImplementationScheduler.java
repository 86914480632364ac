package io.charterline.change;

import io.charterline.cmdb.ServiceCatalog;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules an approved change by {@link WindowRules}: the requested window when nothing stands against it,
 * otherwise the next free window of the same length starting within 90 days, checking the named items, their
 * parents and children, freezes, other approved or scheduled changes and the implementer's other changes.
 */
@Component
public class CatalogImplementationScheduler implements ImplementationScheduler {

    private final ServiceCatalog catalog;
    private final ScheduledChanges scheduledChanges;

    public CatalogImplementationScheduler(ServiceCatalog catalog, ScheduledChanges scheduledChanges) {
        this.catalog = catalog;
        this.scheduledChanges = scheduledChanges;
    }

    @Override
    @Transactional(readOnly = true)
    public WindowProposal schedule(String projectKey, String changeRequestId, ChangeProposal proposal,
                                   String implementer) {
        List<String> items = proposal.affectedItemsOrEmpty();
        WindowRules rules = new WindowRules(catalog.graphAround(items), items,
                scheduledChanges.otherThan(changeRequestId), implementer);
        return propose(rules, new ImplementationWindow(proposal.windowStart(), proposal.windowEnd()));
    }

    static WindowProposal propose(WindowRules rules, ImplementationWindow requested) {
        List<ImpactAnalysis.WindowConflict> conflicts = rules.conflicts(requested);
        return new WindowProposal(requested, conflicts, conflicts.isEmpty() ? requested
                : rules.nextFreeWindow(requested), rules.maintenanceShorterThan(requested));
    }
}
