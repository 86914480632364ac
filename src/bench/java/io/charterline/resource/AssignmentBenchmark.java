package io.charterline.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Staffing 1,000 work packages over half a year from a pool whose people other projects already book (two
 * bookings per person on average), the data of {@link RandomStaffing}, as in {@code AssignmentPlannerScaleTest}; times one whole plan.
 */
public final class AssignmentBenchmark {

    private final RandomStaffing data = new RandomStaffing();

    /** Milliseconds of each of {@code runs} plans of {@code packages} packages over a pool of {@code poolSize}. */
    public List<Double> measure(int poolSize, int packages, int warmUp, int runs) {
        List<PoolResource> pool = data.pool(poolSize);
        List<BookedWeek> otherProjects = data.otherProjects(poolSize * 2, poolSize);
        List<StaffingDemand> demands = data.demands(packages);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            AssignmentPlan plan = new AssignmentPlanner(pool, otherProjects).plan(demands);
            long took = System.nanoTime() - start;
            if (plan.assignments().size() + plan.gaps().size() != packages) {
                throw new IllegalStateException("the planner lost work packages: " + plan.assignments().size()
                        + " staffed + " + plan.gaps().size() + " gaps for " + packages);
            }
            if (i >= warmUp) {
                millis.add(took / 1_000_000.0);
            }
        }
        return millis;
    }
}
