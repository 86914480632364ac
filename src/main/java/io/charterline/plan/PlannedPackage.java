package io.charterline.plan;

import java.math.BigDecimal;

/** A scheduled work package with its planned cost (hours times its skill's rate) and, once known, its assignee. */
public record PlannedPackage(ScheduledPackage schedule, BigDecimal hourlyRate, BigDecimal plannedCost,
                             String assignee) {

    public String code() {
        return schedule.code();
    }

    public WorkPackageSpec spec() {
        return schedule.spec();
    }
}
