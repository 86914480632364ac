package io.charterline.time;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hours a person spent on one work package on one day, and who booked them when (the person or their manager).
 *
 * @param version raised by every correction; a correction or withdrawal names the version it read
 */
public record TimeEntry(
        long id,
        String projectKey,
        String workPackage,
        String person,
        LocalDate date,
        BigDecimal hours,
        String note,
        String bookedBy,
        Instant bookedAt,
        long version) {
}
