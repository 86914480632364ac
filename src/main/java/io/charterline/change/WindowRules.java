package io.charterline.change;

import io.charterline.cmdb.MaintenanceWindow;
import io.charterline.cmdb.ScheduleConflict;
import io.charterline.cmdb.ServiceGraph;
import io.charterline.cmdb.ServiceNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a change may touch its items, the same for the impact analysis and the implementation scheduler:
 * <ul>
 *   <li>the window must fit into one maintenance window of every named item that has any;</li>
 *   <li>no day of it may be frozen for a named item, for an item next to one in the dependency graph (a
 *       parent that uses it or a child it uses), or for the whole catalog;</li>
 *   <li>no other approved or scheduled change may overlap it on a named item or a neighbour of one, nor (when an
 *       implementer is given) be carried out by the same implementer at the same time.</li>
 * </ul>
 * The catalog's maintenance windows and freeze days are wall-clock times; they are read as UTC, the time zone the
 * implementation windows are shown in.
 */
final class WindowRules {

    static final Duration SEARCH_HORIZON = Duration.ofDays(90);

    private final ServiceGraph graph;
    private final Set<String> items;
    private final Set<String> neighbourhood;
    private final List<ScheduledChange> otherChanges;
    private final String implementer;

    /**
     * @param items        the configuration items the change names
     * @param otherChanges approved and scheduled changes other than this one
     * @param implementer  who carries the change out, or null not to check their other changes
     */
    WindowRules(ServiceGraph graph, Collection<String> items, List<ScheduledChange> otherChanges,
                String implementer) {
        this.graph = graph;
        this.items = new TreeSet<>(items);
        this.neighbourhood = new TreeSet<>(items);
        for (String item : items) {
            graph.parentsOf(item).stream().map(ServiceNode::key).forEach(neighbourhood::add);
            graph.childrenOf(item).stream().map(ServiceNode::key).forEach(neighbourhood::add);
        }
        this.otherChanges = List.copyOf(otherChanges);
        this.implementer = implementer;
    }

    List<ImpactAnalysis.WindowConflict> conflicts(ImplementationWindow window) {
        LocalDateTime start = LocalDateTime.ofInstant(window.start(), ZoneOffset.UTC);
        LocalDateTime end = LocalDateTime.ofInstant(window.end(), ZoneOffset.UTC);
        List<ImpactAnalysis.WindowConflict> conflicts = new ArrayList<>();
        for (ScheduleConflict conflict : graph.scheduleConflicts(items, start, end)) {
            if (conflict.kind() == ScheduleConflict.Kind.OUTSIDE_MAINTENANCE_WINDOW) {
                Duration longest = longestMaintenanceWindow(conflict.service());
                // Said at once, in the impact preview too: no date can help, only a shorter window or a split.
                String tooLong = longest.compareTo(window.length()) >= 0 ? ""
                        : "; the requested window lasts " + lengthOf(window.length())
                                + ", longer than any of them (" + lengthOf(longest) + "), so it never fits";
                conflicts.add(new ImpactAnalysis.WindowConflict(conflict.service(),
                        ImpactAnalysis.ConflictKind.MAINTENANCE_OUTSIDE, conflict.detail() + tooLong));
            }
        }
        for (ScheduleConflict conflict : graph.scheduleConflicts(neighbourhood, start, end)) {
            if (conflict.kind() != ScheduleConflict.Kind.OUTSIDE_MAINTENANCE_WINDOW) {
                conflicts.add(new ImpactAnalysis.WindowConflict(
                        conflict.service() == null ? "ALL" : conflict.service(),
                        ImpactAnalysis.ConflictKind.FREEZE, conflict.detail()));
            }
        }
        for (ScheduledChange other : otherChanges) {
            if (!other.overlaps(window)) {
                continue;
            }
            List<String> shared = other.items().stream().filter(neighbourhood::contains).sorted().toList();
            if (!shared.isEmpty()) {
                conflicts.add(new ImpactAnalysis.WindowConflict(shared.get(0), ImpactAnalysis.ConflictKind.OTHER_CHANGE,
                        other.changeRequestId() + " works on " + String.join(", ", shared) + " " + other.window()));
            } else if (implementer != null && implementer.equals(other.implementer())) {
                conflicts.add(new ImpactAnalysis.WindowConflict(implementer, ImpactAnalysis.ConflictKind.OTHER_CHANGE,
                        implementer + " implements " + other.changeRequestId() + " " + other.window()));
            }
        }
        return conflicts;
    }

    /** The named items with maintenance windows that are all shorter than {@code window}, by key. */
    List<WindowProposal.ShortMaintenance> maintenanceShorterThan(ImplementationWindow window) {
        List<WindowProposal.ShortMaintenance> tooShort = new ArrayList<>();
        for (String item : items) {
            Duration longest = longestMaintenanceWindow(item);
            if (!graph.maintenanceWindowsOf(item).isEmpty() && longest.compareTo(window.length()) < 0) {
                tooShort.add(new WindowProposal.ShortMaintenance(item, longest));
            }
        }
        return tooShort;
    }

    /** "33 h", "3 h 30 min", "45 min". */
    static String lengthOf(Duration length) {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    private Duration longestMaintenanceWindow(String item) {
        return graph.maintenanceWindowsOf(item).stream()
                .map(window -> Duration.ofMinutes(window.durationMinutes()))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * The earliest window of the same length that starts after the requested one, no later than
     * {@link #SEARCH_HORIZON} after it, and has no conflict; null when there is none. A free window can only begin
     * where something that blocked it ends, so only those instants are tried: the start of a maintenance window
     * of a named item, the end of another change, and midnight, when a freeze ends.
     */
    ImplementationWindow nextFreeWindow(ImplementationWindow requested) {
        Duration length = requested.length();
        Instant latest = requested.start().plus(SEARCH_HORIZON);
        TreeSet<Instant> candidates = new TreeSet<>();
        LocalDateTime from = LocalDateTime.ofInstant(requested.start(), ZoneOffset.UTC);
        LocalDate lastDay = from.toLocalDate().plusDays(SEARCH_HORIZON.toDays());
        for (String item : items) {
            for (MaintenanceWindow window : graph.maintenanceWindowsOf(item)) {
                window.occurrences(from.toLocalDate(), lastDay)
                        .forEach(occurrence -> candidates.add(occurrence.start().toInstant(ZoneOffset.UTC)));
            }
        }
        otherChanges.forEach(other -> candidates.add(other.window().end()));
        // Every midnight covers the end of any freeze, global ones included, which belong to no item.
        for (LocalDate day = from.toLocalDate().plusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
            candidates.add(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        for (Instant start : candidates.subSet(requested.start(), false, latest, true)) {
            ImplementationWindow candidate = new ImplementationWindow(start, start.plus(length));
            if (conflicts(candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }
}
