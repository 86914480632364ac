package io.charterline.monitoring;

import io.charterline.project.ProjectStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One active project in the portfolio: its charter figures and, once a status cycle has run, those of its
 * latest status report (absent before).
 *
 * @param budget             the approved budget: the charter's plus approved budget changes
 * @param budgetAtCompletion BAC of the baseline at the latest status cycle
 * @param budgetHeadroomAtCompletion the latest status cycle's approved budget − EAC: negative when its forecast
 *                           exceeds the money approved then; absent if that report predates the figure
 * @param plannedFinish      the baseline's planned finish at the latest status cycle, to compare with targetEnd
 */
public record PortfolioEntry(
        String key,
        String name,
        ProjectStatus status,
        Health health,
        BigDecimal spi,
        BigDecimal cpi,
        BigDecimal budget,
        BigDecimal budgetAtCompletion,
        BigDecimal budgetHeadroomAtCompletion,
        LocalDate plannedFinish,
        LocalDate targetEnd,
        @Schema(description = "Booked over available hours, in the week of the status date, of the people booked on "
                + "the project, all their projects counted: 1.0 = fully booked, above 1 = overbooked")
        BigDecimal resourceUtilisation,
        LocalDate statusDate,
        String processInstanceId) {
}
