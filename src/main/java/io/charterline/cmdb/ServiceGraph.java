package io.charterline.cmdb;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The service catalog's dependency graph, loaded once ({@link ServiceCatalog#graph()}) and then queried in
 * memory. Wording follows the usual CMDB convention "depends on / used by": a service's <em>children</em> are the
 * items it depends on, its <em>parents</em> are the items that depend on it. A change to an item affects its
 * parents, their parents and so on: its transitive dependents.
 * <p>
 * Every answer is ordered (by depth, then key) so the same graph always gives the same answer.
 */
public final class ServiceGraph {

    private final Map<String, ServiceNode> nodes = new LinkedHashMap<>();
    private final Map<String, SortedSet<String>> children = new HashMap<>();
    private final Map<String, SortedSet<String>> parents = new HashMap<>();
    private final Map<String, List<MaintenanceWindow>> windows = new HashMap<>();
    private final List<FreezePeriodView> freezePeriods;

    /**
     * @param windows       maintenance windows by item key; items without windows may be changed at any time
     * @param freezePeriods per-item and global freeze periods
     * @throws IllegalArgumentException when a dependency, window or freeze names an item that is not a node
     */
    public ServiceGraph(Collection<ServiceNode> nodes, Collection<Dependency> dependencies,
                        Map<String, List<MaintenanceWindow>> windows, Collection<FreezePeriodView> freezePeriods) {
        nodes.stream().sorted(Comparator.comparing(ServiceNode::key)).forEach(node -> {
            this.nodes.put(node.key(), node);
            children.put(node.key(), new TreeSet<>());
            parents.put(node.key(), new TreeSet<>());
        });
        for (Dependency dependency : dependencies) {
            require(dependency.dependent());
            require(dependency.dependsOn());
            children.get(dependency.dependent()).add(dependency.dependsOn());
            parents.get(dependency.dependsOn()).add(dependency.dependent());
        }
        windows.forEach((key, list) -> {
            require(key);
            this.windows.put(key, list.stream()
                    .sorted(Comparator.comparing(MaintenanceWindow::dayOfWeek)
                            .thenComparing(MaintenanceWindow::startTime))
                    .toList());
        });
        freezePeriods.stream().filter(period -> !period.isGlobal()).forEach(period -> require(period.service()));
        this.freezePeriods = freezePeriods.stream()
                .sorted(Comparator.comparing(FreezePeriodView::from).thenComparing(FreezePeriodView::to))
                .toList();
    }

    /** A graph of items and dependencies only, without windows or freezes. */
    public static ServiceGraph of(Collection<ServiceNode> nodes, Collection<Dependency> dependencies) {
        return new ServiceGraph(nodes, dependencies, Map.of(), List.of());
    }

    public boolean contains(String key) {
        return nodes.containsKey(key);
    }

    /** @throws IllegalArgumentException for a key that is not in the catalog */
    public ServiceNode node(String key) {
        return require(key);
    }

    /** The items that {@code key} depends on directly, by key. */
    public List<ServiceNode> childrenOf(String key) {
        require(key);
        return children.get(key).stream().map(nodes::get).toList();
    }

    /** The items that depend directly on {@code key}, by key. */
    public List<ServiceNode> parentsOf(String key) {
        require(key);
        return parents.get(key).stream().map(nodes::get).toList();
    }

    /**
     * Every item that depends, directly or through others, on one of {@code changed}, with the shortest path from
     * a changed item. The changed items themselves are not listed, even when one depends on another.
     *
     * @throws IllegalArgumentException for a key that is not in the catalog
     */
    public List<ImpactedService> transitiveDependents(Collection<String> changed) {
        Map<String, List<String>> pathTo = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String key : new TreeSet<>(changed)) {
            require(key);
            pathTo.put(key, List.of(key));
            queue.add(key);
        }
        List<ImpactedService> impacted = new ArrayList<>();
        while (!queue.isEmpty()) {
            String current = queue.poll();
            List<String> pathToCurrent = pathTo.get(current);
            for (String parent : parents.get(current)) {
                if (pathTo.containsKey(parent)) {
                    continue;
                }
                List<String> path = append(pathToCurrent, parent);
                pathTo.put(parent, path);
                queue.add(parent);
                ServiceNode node = nodes.get(parent);
                impacted.add(new ImpactedService(parent, node.name(), node.criticality(), path.size() - 1, path));
            }
        }
        impacted.sort(Comparator.comparingInt(ImpactedService::depth).thenComparing(ImpactedService::key));
        return impacted;
    }

    /**
     * The cycle that giving {@code key} exactly the dependencies {@code dependsOn} would close, as a path that
     * starts and ends with {@code key} (such as {@code [BILLING, PAYMENT-GW, BILLING]}); empty when none would.
     * {@code key} may be a new item that is not in the graph yet. Dependencies not in the graph are ignored here.
     * The graph itself is acyclic (the catalog never stores a cycle), so any new cycle runs through {@code key}.
     */
    public Optional<List<String>> cycleThrough(String key, Collection<String> dependsOn) {
        for (String first : new TreeSet<>(dependsOn)) {
            if (first.equals(key)) {
                return Optional.of(List.of(key, key));
            }
            Optional<List<String>> back = shortestPath(first, key);
            if (back.isPresent()) {
                List<String> cycle = new ArrayList<>();
                cycle.add(key);
                cycle.addAll(back.get());
                return Optional.of(List.copyOf(cycle));
            }
        }
        return Optional.empty();
    }

    /**
     * Along "depends on" edges. The current edges of {@code to} do not matter: the search ends when it gets there,
     * which is why the same search serves a new item and an item whose dependencies are being redefined.
     */
    private Optional<List<String>> shortestPath(String from, String to) {
        if (!contains(from)) {
            return Optional.empty();
        }
        Map<String, String> reachedFrom = new HashMap<>();
        reachedFrom.put(from, null);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (current.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String step = to; step != null; step = reachedFrom.get(step)) {
                    path.add(0, step);
                }
                return Optional.of(path);
            }
            for (String next : children.get(current)) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    /** The item's weekly maintenance windows, by day and time; empty means it may be changed at any time. */
    public List<MaintenanceWindow> maintenanceWindowsOf(String key) {
        require(key);
        return windows.getOrDefault(key, List.of());
    }

    /** The freeze periods that bind the item: its own and the global ones, by start date. */
    public List<FreezePeriodView> freezePeriodsOf(String key) {
        require(key);
        return freezePeriods.stream()
                .filter(period -> period.isGlobal() || period.service().equals(key))
                .toList();
    }

    /**
     * What stands against changing {@code keys} from {@code start} (inclusive) to {@code end} (exclusive): each item
     * whose maintenance windows do not hold the interval, each item frozen on one of its days, and each global
     * freeze on one of its days (listed once, without an item).
     */
    public List<ScheduleConflict> scheduleConflicts(Collection<String> keys, LocalDateTime start,
                                                    LocalDateTime end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The interval must end after it starts: " + start + " to " + end);
        }
        List<ScheduleConflict> conflicts = new ArrayList<>();
        for (FreezePeriodView period : freezePeriods) {
            if (period.isGlobal() && period.overlaps(start, end)) {
                conflicts.add(new ScheduleConflict(null, ScheduleConflict.Kind.GLOBAL_FREEZE,
                        "all services are frozen from %s to %s: %s".formatted(period.from(), period.to(),
                                period.reason())));
            }
        }
        for (String key : new TreeSet<>(keys)) {
            List<MaintenanceWindow> own = maintenanceWindowsOf(key);
            if (!own.isEmpty() && own.stream().noneMatch(window -> window.contains(start, end))) {
                conflicts.add(new ScheduleConflict(key, ScheduleConflict.Kind.OUTSIDE_MAINTENANCE_WINDOW,
                        "%s may only change within its maintenance windows (%s)".formatted(key,
                                own.stream().map(MaintenanceWindow::toString).collect(Collectors.joining(", ")))));
            }
            for (FreezePeriodView period : freezePeriods) {
                if (key.equals(period.service()) && period.overlaps(start, end)) {
                    conflicts.add(new ScheduleConflict(key, ScheduleConflict.Kind.SERVICE_FREEZE,
                            "%s is frozen from %s to %s: %s".formatted(key, period.from(), period.to(),
                                    period.reason())));
                }
            }
        }
        return conflicts;
    }

    private ServiceNode require(String key) {
        ServiceNode node = nodes.get(key);
        if (node == null) {
            throw new IllegalArgumentException("No configuration item with key " + key);
        }
        return node;
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
