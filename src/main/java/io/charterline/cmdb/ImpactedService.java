package io.charterline.cmdb;

import java.util.List;

/**
 * A service affected by a change to other items, found through the dependency graph.
 *
 * @param depth how many dependency steps away from the nearest changed item (1 = depends on it directly)
 * @param path  the keys from that changed item to this service, both included
 */
public record ImpactedService(String key, String name, Criticality criticality, int depth, List<String> path) {
}
