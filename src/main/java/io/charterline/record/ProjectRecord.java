package io.charterline.record;

import io.charterline.change.ChangeRequest;
import io.charterline.plan.Baseline;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What actually happened in a project, next to what was planned: the first and the current baseline, the live
 * work packages with the hours booked on them, who was booked on which package and every change request. The
 * lessons and the closeout report are both drawn from it.
 *
 * <p>The live packages include those a change has cancelled: hours booked on them were spent all the same.
 *
 * @param actualHours    each live package's hours: a completed package's total given at its completion, an open
 *                       one's time entries
 * @param timeEntryHours each live package's hours booked as time entries; a completion's total beyond them is
 *                       real work its person reported, but on no day
 * @param hourlyRates the planned hourly rate of each live package: the current baseline's, or for a package a
 *                    change removed, that of the latest baseline version that planned it
 */
public record ProjectRecord(
        Project project,
        Baseline firstBaseline,
        Baseline currentBaseline,
        List<WorkPackage> workPackages,
        Map<String, BigDecimal> actualHours,
        Map<String, BigDecimal> timeEntryHours,
        Map<String, BigDecimal> hourlyRates,
        Map<String, String> assignees,
        List<ChangeRequest> changes) {

    /** How many change requests are in effect (see {@link ChangeRequest#inEffect()}). */
    public int changesInEffect() {
        return (int) changes.stream().filter(ChangeRequest::inEffect).count();
    }

    public BigDecimal actualHoursOf(String code) {
        return actualHours.getOrDefault(code, BigDecimal.ZERO);
    }

    /** What the package's completion reported beyond its time entries; zero for an open package. */
    public BigDecimal hoursBeyondTimeEntriesOf(String code) {
        return actualHoursOf(code).subtract(timeEntryHours.getOrDefault(code, BigDecimal.ZERO)).max(BigDecimal.ZERO);
    }

    /** The hours of every live package, split into the time entries and what completions reported beyond them. */
    public HoursReported hoursReported() {
        BigDecimal total = actualHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal beyond = workPackages.stream().map(wp -> hoursBeyondTimeEntriesOf(wp.code()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HoursReported(total, beyond);
    }

    /** The rate a package's hours are costed at (see {@code hourlyRates}); zero for one no baseline planned. */
    public BigDecimal hourlyRateOf(String code) {
        return hourlyRates.getOrDefault(code, BigDecimal.ZERO);
    }

    /**
     * Hours booked on every live package, removed ones included, costed at each package's planned hourly rate;
     * null before a baseline exists.
     */
    public BigDecimal actualCost() {
        if (currentBaseline == null) {
            return null;
        }
        return workPackages.stream()
                .map(wp -> actualHoursOf(wp.code()).multiply(hourlyRateOf(wp.code())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The day the last package was done, or null while any work is open or none was done. */
    public LocalDate actualFinish() {
        return actualFinishLeavingOut(Set.of());
    }

    /**
     * The day the last package was done, leaving out the packages of these codes; null while any work is open or
     * none of the others was done.
     */
    public LocalDate actualFinishLeavingOut(Set<String> codes) {
        boolean open = workPackages.stream().anyMatch(wp -> wp.completedAt() == null && !wp.state().isFinished());
        if (open) {
            return null;
        }
        return workPackages.stream().filter(wp -> !codes.contains(wp.code())).map(ProjectRecord::completedOn)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * Baseline v1's finish, or without the packages of these codes the latest finish it planned for the others;
     * null before a baseline exists.
     */
    public LocalDate firstBaselineFinishLeavingOut(Set<String> codes) {
        if (firstBaseline == null || codes.isEmpty()) {
            return firstBaseline == null ? null : firstBaseline.plan().finishDate();
        }
        return firstBaseline.plan().packages().stream().filter(p -> !codes.contains(p.code()))
                .map(p -> p.schedule().plannedFinish()).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * The done packages completed before the day they were planned to start (the first day the plan in effect gave
     * them), oldest completion first. Hours that fit the person's days can still be given weeks ahead of the plan:
     * such a completion says nothing about how long the work took, so the schedule lessons leave it out and the
     * closeout report and the acceptance summary name it for a person to check. A package completed on its planned
     * start day or later is not one of them, however early it finished.
     */
    public List<WorkPackage> completedBeforePlannedStart() {
        return workPackages.stream()
                .filter(wp -> wp.state() == WorkPackageState.DONE && wp.completedAt() != null
                        && wp.plannedStart() != null && completedOn(wp).isBefore(wp.plannedStart()))
                .sorted(Comparator.comparing(WorkPackage::completedAt).thenComparing(WorkPackage::code))
                .toList();
    }

    /** The day a package was completed (UTC, as the schedule's dates), or null while it is not. */
    public static LocalDate completedOn(WorkPackage wp) {
        return wp.completedAt() == null ? null : wp.completedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The day the first package was released, or null before execution. */
    public LocalDate actualStart() {
        return workPackages.stream().map(WorkPackage::releasedAt).filter(Objects::nonNull)
                .map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate())
                .min(LocalDate::compareTo).orElse(null);
    }
}
