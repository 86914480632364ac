package io.charterline.time;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A booking as it arrives: the work package's code, the day worked, the hours and an optional note. {@code person}
 * is left out to book for oneself; the project's manager, the PMO and administrators may name someone else.
 */
public record TimeEntryInput(
        @Schema(description = "Code of a released, unfinished work package of the project, e.g. WP-3",
                requiredMode = RequiredMode.REQUIRED)
        String workPackage,
        @Schema(description = "The day worked, YYYY-MM-DD, not in the future nor before the package's release",
                requiredMode = RequiredMode.REQUIRED)
        LocalDate date,
        @Schema(description = "More than 0 and at most 24, with the person's other bookings that day",
                requiredMode = RequiredMode.REQUIRED)
        BigDecimal hours,
        @Schema(description = "What was done, at most 4,000 characters")
        String note,
        @Schema(description = "User id to book for; left out to book for oneself (others: project manager, PMO, "
                + "administrators)")
        String person) {
}
