package io.charterline.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The critical-path schedule of a plan: every package in the order given, the project's first and last working
 * day, its length in working days and one critical path from a first to a last package.
 */
public record Schedule(
        LocalDate startDate,
        LocalDate finishDate,
        int durationDays,
        List<ScheduledPackage> packages,
        List<String> criticalPath) {

    public Schedule {
        packages = List.copyOf(packages);
        criticalPath = List.copyOf(criticalPath);
    }
}
