package io.charterline.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules a validated plan by the critical-path method in O(packages + dependencies): a forward pass in
 * topological order (Kahn) gives the early dates, a backward pass the late ones, their difference the float.
 * Dependencies are finish-to-start without lag. Plans of 50,000 packages are expected, so the graph lives in
 * index arrays rather than maps of objects.
 */
public class CriticalPathScheduler {

    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(WorkingCalendar.HOURS_PER_DAY);

    /**
     * @param packages a plan that passed {@link WorkPackageValidator}: unique codes, known predecessors, no cycle
     * @param targetStart the charter's target start; a weekend moves the start to the following Monday
     */
    public Schedule schedule(List<WorkPackageSpec> packages, LocalDate targetStart) {
        return schedule(packages, targetStart, null);
    }

    /**
     * A running project's plan scheduled again: as {@link #schedule(List, LocalDate)}, but no package whose work
     * has not begun starts before the status date (finish-to-start dependencies then push its successors on).
     * Begun packages keep the dates the plan gives them.
     */
    public Schedule schedule(List<WorkPackageSpec> packages, LocalDate targetStart, StatusDate status) {
        int n = packages.size();
        Map<String, Integer> indexByCode = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexByCode.put(packages.get(i).code(), i);
        }
        int[] duration = new int[n];
        int[] successorCount = new int[n];
        int[] predecessorCount = new int[n];
        // Every dependency as (predecessor, successor), so that each code is looked up once.
        int[] edges = new int[2 * packages.stream().mapToInt(spec -> spec.predecessors().size()).sum()];
        int edgeCount = 0;
        for (int i = 0; i < n; i++) {
            WorkPackageSpec spec = packages.get(i);
            duration[i] = durationDays(spec.estimateHours());
            for (String predecessor : spec.predecessors()) {
                int p = indexOf(indexByCode, predecessor, spec);
                successorCount[p]++;
                predecessorCount[i]++;
                edges[2 * edgeCount] = p;
                edges[2 * edgeCount++ + 1] = i;
            }
        }
        // Successors in one flat array (compressed sparse rows): successors of i sit in [first[i], first[i + 1]).
        int[] first = new int[n + 1];
        for (int i = 0; i < n; i++) {
            first[i + 1] = first[i] + successorCount[i];
        }
        int[] successors = new int[first[n]];
        int[] fill = first.clone();
        for (int e = 0; e < edgeCount; e++) {
            successors[fill[edges[2 * e]]++] = edges[2 * e + 1];
        }

        LocalDate start = WorkingCalendar.onOrAfter(targetStart);
        int[] order = topologicalOrder(packages, first, successors, predecessorCount);
        int[] earlyStart = new int[n];
        if (status != null && WorkingCalendar.onOrAfter(status.date()).isAfter(start)) {
            int today = WorkingCalendar.workingDaysBetween(start, WorkingCalendar.onOrAfter(status.date()));
            for (int i = 0; i < n; i++) {
                if (!status.started().contains(packages.get(i).code())) {
                    earlyStart[i] = today;
                }
            }
        }
        int[] earlyFinish = new int[n];
        int projectDuration = 0;
        for (int i : order) {
            earlyFinish[i] = earlyStart[i] + duration[i];
            projectDuration = Math.max(projectDuration, earlyFinish[i]);
            for (int s = first[i]; s < first[i + 1]; s++) {
                earlyStart[successors[s]] = Math.max(earlyStart[successors[s]], earlyFinish[i]);
            }
        }
        int[] lateStart = new int[n];
        int[] lateFinish = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            int finish = projectDuration;
            for (int s = first[i]; s < first[i + 1]; s++) {
                finish = Math.min(finish, lateStart[successors[s]]);
            }
            lateFinish[i] = finish;
            lateStart[i] = finish - duration[i];
        }

        List<ScheduledPackage> scheduled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int totalFloat = lateStart[i] - earlyStart[i];
            scheduled.add(new ScheduledPackage(packages.get(i), duration[i], earlyStart[i], earlyFinish[i],
                    lateStart[i], lateFinish[i], totalFloat, totalFloat == 0,
                    WorkingCalendar.plusWorkingDays(start, earlyStart[i]),
                    WorkingCalendar.plusWorkingDays(start, earlyFinish[i] - 1)));
        }
        LocalDate finish = n == 0 ? start : WorkingCalendar.plusWorkingDays(start, projectDuration - 1);
        return new Schedule(start, finish, projectDuration, scheduled,
                criticalPath(packages, indexByCode, earlyStart, earlyFinish, lateStart, projectDuration));
    }

    /** Whole working days, at least one: 12 hours take two days. */
    public static int durationDays(BigDecimal estimateHours) {
        return Math.max(1, estimateHours.divide(HOURS_PER_DAY, 0, RoundingMode.CEILING).intValueExact());
    }

    private static int[] topologicalOrder(List<WorkPackageSpec> packages, int[] first, int[] successors,
                                          int[] predecessorCount) {
        int n = packages.size();
        int[] remaining = predecessorCount.clone();
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int i = order[head++];
            for (int s = first[i]; s < first[i + 1]; s++) {
                if (--remaining[successors[s]] == 0) {
                    order[tail++] = successors[s];
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("The plan has a dependency cycle; validate it before scheduling");
        }
        return order;
    }

    /**
     * Walks back from the first package that ends the project, each time to the first predecessor that drives
     * it (finishes exactly when it starts); a critical package has such a predecessor, itself critical, unless it
     * starts at the project's start or at the status date.
     */
    private static List<String> criticalPath(List<WorkPackageSpec> packages, Map<String, Integer> indexByCode,
                                             int[] earlyStart, int[] earlyFinish, int[] lateStart,
                                             int projectDuration) {
        List<String> path = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < packages.size() && current < 0; i++) {
            if (earlyFinish[i] == projectDuration && lateStart[i] == earlyStart[i]) {
                current = i;
            }
        }
        while (current >= 0) {
            path.add(packages.get(current).code());
            int driver = -1;
            for (String predecessor : packages.get(current).predecessors()) {
                int p = indexByCode.get(predecessor);
                if (earlyFinish[p] == earlyStart[current] && lateStart[p] == earlyStart[p]) {
                    driver = p;
                    break;
                }
            }
            current = driver;
        }
        Collections.reverse(path);
        return path;
    }

    private static int indexOf(Map<String, Integer> indexByCode, String code, WorkPackageSpec of) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalArgumentException(of.code() + " names unknown predecessor " + code
                    + "; validate the plan before scheduling");
        }
        return index;
    }
}
