package io.charterline.monitoring;

import io.charterline.project.ProjectStatus;
import io.charterline.risk.RegisterMoves;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One active project in the portfolio: its charter figures and, once a status cycle has run, those of its
 * latest status report (absent before).
 *
 * <p>The status-cycle figures are as of {@code statusDate}; a change approved after that cycle enters them at the
 * next one, so the row says how many did ({@code changesAppliedSinceStatusDate}) and keeps the approved budget of the
 * status date ({@code approvedBudgetAtStatusDate}, which the headroom is computed on) apart from today's
 * ({@code budget}).
 *
 * @param budget             today's approved budget: the charter's plus the budget changes approved by now
 * @param budgetAtCompletion BAC of the baseline at the latest status cycle
 * @param approvedBudgetAtStatusDate the approved budget on the latest status cycle's date; absent if that report
 *                           predates the figure
 * @param budgetHeadroomAtCompletion the latest status cycle's approved budget − EAC: negative when its forecast
 *                           exceeds the money approved then; absent if that report predates the figure
 * @param plannedFinish      the baseline's planned finish at the latest status cycle, to compare with targetEnd
 * @param changesAppliedSinceStatusDate change requests applied to the baseline or the approved budget, or backed out,
 *                           after the latest status cycle ran: figures of the cycle do not measure them
 * @param registerSinceStatusDate risks and issues raised or settled after the latest status cycle ran
 * @param healthIfRatedToday what {@code project-health} would rate today's open risks and issues with the latest
 *                           cycle's SPI and CPI; the rating of record stays {@code health} until the next cycle
 */
public record PortfolioEntry(
        String key,
        String name,
        ProjectStatus status,
        Health health,
        BigDecimal spi,
        BigDecimal cpi,
        @Schema(description = "Today's approved budget: the charter's plus the budget changes approved by now. "
                + "budgetHeadroomAtCompletion is computed on approvedBudgetAtStatusDate, not on this")
        BigDecimal budget,
        @Schema(description = "BAC of the baseline on the latest status cycle's date (statusDate)")
        BigDecimal budgetAtCompletion,
        @Schema(description = "The approved budget on the latest status cycle's date, which "
                + "budgetHeadroomAtCompletion is computed on; absent if that report predates the figure")
        BigDecimal approvedBudgetAtStatusDate,
        @Schema(description = "approvedBudgetAtStatusDate - EAC on the latest status cycle's date: negative when "
                + "the forecast exceeded the money approved then; absent if that report predates the figure")
        BigDecimal budgetHeadroomAtCompletion,
        LocalDate plannedFinish,
        LocalDate targetEnd,
        @Schema(description = "Booked over available hours, in the week of the status date, of the people booked on "
                + "the project, all their projects counted: 1.0 = fully booked, above 1 = overbooked")
        BigDecimal resourceUtilisation,
        @Schema(description = "The latest status cycle's date: spi, cpi, budgetAtCompletion, "
                + "approvedBudgetAtStatusDate, budgetHeadroomAtCompletion, plannedFinish and resourceUtilisation are "
                + "as of this day; absent before the first cycle")
        LocalDate statusDate,
        @Schema(description = "How many change requests were applied to the baseline or the approved budget (or "
                + "backed out) after the latest status cycle ran: its figures measure none of them until the next "
                + "cycle (0: they are on today's plan); absent before the first cycle")
        Integer changesAppliedSinceStatusDate,
        String processInstanceId,
        @Schema(description = "Risks and issues raised or settled after the latest status cycle ran, by severity: "
                + "its health and open counts do not measure them until the next cycle; absent before the first "
                + "cycle")
        RegisterMoves registerSinceStatusDate,
        @Schema(description = "What the project-health decision would rate today's open risks and issues with the "
                + "latest cycle's SPI and CPI: a preview beside health, which the next cycle rates; absent before "
                + "the first cycle")
        Health healthIfRatedToday) {
}
