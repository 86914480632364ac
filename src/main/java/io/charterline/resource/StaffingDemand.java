package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Work a project's package needs done: {@code hours} of {@code skill} at {@code minLevel} or above, spread over
 * the working days from {@code plannedStart} to {@code plannedFinish} (both inclusive, see
 * {@link WorkWeeks#spread}).
 */
public record StaffingDemand(
        String packageCode,
        String skill,
        int minLevel,
        BigDecimal hours,
        LocalDate plannedStart,
        LocalDate plannedFinish) {
}
