package io.charterline.monitoring;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.charterline.risk.RegisterMoves;
import io.charterline.risk.SeverityCounts;
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
 *
 * <p>The register moves on too: risks and issues raised or settled after the cycle are counted, and today's open
 * ones rated by the deployed {@code project-health} table with the cycle's SPI and CPI, so that a GREEN cycle does
 * not sit beside an open critical issue without a word. The rating itself comes with the next cycle. None of this
 * for an ended project's closeout snapshot: its register closed with it, and it is not rated.
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
        BigDecimal currentBudgetAtCompletion,
        @JsonUnwrapped
        RegisterMoves register,
        @Schema(description = "Open risks today by severity, beside the cycle's openRisks; absent for a closeout "
                + "snapshot")
        SeverityCounts openRisksToday,
        @Schema(description = "Open issues today by severity, beside the cycle's openIssues; absent for a closeout "
                + "snapshot")
        SeverityCounts openIssuesToday,
        @Schema(description = "What the project-health decision would rate today's open risks and issues with the "
                + "cycle's SPI and CPI (a preview: the rating of record comes with the next status cycle); "
                + "absent for a closeout snapshot")
        Health healthIfRatedToday,
        @Schema(description = "The recommended action of that preview, e.g. 'Escalate to the sponsor: resolve the "
                + "open critical issue ...'; absent with healthIfRatedToday")
        String recommendedActionIfRatedToday) {
}
