package io.charterline.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One baseline version with its packages and what changed from the version before. */
public record BaselineView(
        String projectKey,
        int version,
        BaselineStatus status,
        Instant createdAt,
        String createdBy,
        String reason,
        String changeRequestId,
        Instant approvedAt,
        LocalDate startDate,
        LocalDate finishDate,
        int durationDays,
        BigDecimal totalHours,
        BigDecimal budgetAtCompletion,
        List<String> criticalPath,
        List<BaselineDiff.PackageValues> packages,
        BaselineDiff diff) {

    static BaselineView of(Baseline baseline, BaselineDiff diff) {
        Plan plan = baseline.plan();
        return new BaselineView(baseline.projectKey(), baseline.version(), baseline.status(), baseline.createdAt(),
                baseline.createdBy(), baseline.reason(), baseline.changeRequestId(), baseline.approvedAt(),
                plan.startDate(), plan.finishDate(), plan.durationDays(), plan.totalHours(),
                plan.budgetAtCompletion(), plan.criticalPath(),
                plan.packages().stream().map(BaselineDiff.PackageValues::of).toList(), diff);
    }
}
