package io.charterline.cmdb;

import java.util.List;

/**
 * A service as our API shows it.
 *
 * @param dependsOn     the items it needs (its children)
 * @param dependents    the items that need it (its parents)
 * @param freezePeriods its own freeze periods and the global ones
 */
public record ServiceView(
        String key,
        String name,
        String description,
        Criticality criticality,
        String owner,
        List<ServiceNode> dependsOn,
        List<ServiceNode> dependents,
        List<MaintenanceWindow> maintenanceWindows,
        List<FreezePeriodView> freezePeriods) {

    static ServiceView of(ConfigurationItem item, ServiceGraph graph) {
        String key = item.getKey();
        return new ServiceView(key, item.getName(), item.getDescription(), item.getCriticality(), item.getOwnerId(),
                graph.childrenOf(key), graph.parentsOf(key), graph.maintenanceWindowsOf(key),
                graph.freezePeriodsOf(key));
    }
}
