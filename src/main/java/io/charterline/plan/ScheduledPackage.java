package io.charterline.plan;

import java.time.LocalDate;

/**
 * A work package placed in time by the critical-path method. Offsets count working days from the project
 * start: a package works on the days {@code earlyStart} up to but excluding {@code earlyFinish}, so a successor
 * may start at its predecessor's finish offset. The dates are the first and the last working day of the package
 * when it starts as early as it can.
 */
public record ScheduledPackage(
        WorkPackageSpec spec,
        int durationDays,
        int earlyStart,
        int earlyFinish,
        int lateStart,
        int lateFinish,
        int totalFloat,
        boolean critical,
        LocalDate plannedStart,
        LocalDate plannedFinish) {

    public String code() {
        return spec.code();
    }
}
