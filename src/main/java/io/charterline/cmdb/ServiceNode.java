package io.charterline.cmdb;

/** A configuration item as a node of the {@link ServiceGraph}. */
public record ServiceNode(String key, String name, Criticality criticality) {
}
