package io.charterline.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What moved a project's plan after its latest status cycle ran: the figures of that cycle (BAC, EAC, headroom, ...)
 * are as of its status date and measure none of it until the next cycle. Today's baseline version and approved budget
 * stand beside them, named as today's, so that nobody reads a headroom against a budget it was not computed on. A
 * change in the list may have recorded no baseline version: one that moved only the approved budget or only IT
 * services (or scope without an estimate) leaves the baseline as it was.
 */
@Schema(description = "What changed the plan after the latest status cycle ran, which its figures do not measure "
        + "until the next cycle")
public record SinceStatusCycle(
        @Schema(description = "The status date of the latest cycle: every figure of that report is as of this day, "
                + "its budgetHeadroomAtCompletion against its own approvedBudget")
        LocalDate statusDate,
        @Schema(description = "How many change requests were applied to the baseline or the approved budget, or "
                + "backed out, after the cycle ran (0: the cycle's figures are on today's plan)")
        int changesApplied,
        @Schema(description = "Those change requests' keys, in the order they were applied")
        List<String> changeRequests,
        @Schema(description = "Today's baseline version (the cycle measured the version current on its status date; "
                + "absent without a baseline)")
        Integer currentBaselineVersion,
        @Schema(description = "Today's approved budget: the charter's plus the budget changes approved by now; "
                + "differs from the report's approvedBudget when a change moved it after the cycle")
        BigDecimal currentApprovedBudget,
        @Schema(description = "The planned cost (BAC) of today's baseline version; absent without a baseline")
        BigDecimal currentBudgetAtCompletion) {
}
