package io.charterline.record;

import io.charterline.change.ChangeRequest;
import io.charterline.plan.Baseline;
import io.charterline.plan.WorkPackage;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What actually happened in a project, next to what was planned: the first and the current baseline, the live
 * work packages with the hours booked on them, who was booked on which package and every change request. The
 * lessons and the closeout report are both drawn from it.
 *
 * <p>The live packages include those a change has cancelled: hours booked on them were spent all the same.
 *
 * @param hourlyRates the planned hourly rate of each live package: the current baseline's, or for a package a
 *                    change removed, that of the latest baseline version that planned it
 */
public record ProjectRecord(
        Project project,
        Baseline firstBaseline,
        Baseline currentBaseline,
        List<WorkPackage> workPackages,
        Map<String, BigDecimal> actualHours,
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
        boolean open = workPackages.stream().anyMatch(wp -> wp.completedAt() == null && !wp.state().isFinished());
        if (open) {
            return null;
        }
        return workPackages.stream().map(WorkPackage::completedAt).filter(Objects::nonNull)
                .map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The day the first package was released, or null before execution. */
    public LocalDate actualStart() {
        return workPackages.stream().map(WorkPackage::releasedAt).filter(Objects::nonNull)
                .map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate())
                .min(LocalDate::compareTo).orElse(null);
    }
}
