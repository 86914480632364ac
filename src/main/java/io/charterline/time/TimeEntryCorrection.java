package io.charterline.time;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One correction or withdrawal of a time entry, kept after the entry itself is gone.
 *
 * @param action   CORRECTED or WITHDRAWN
 * @param newDate  the corrected day; null for a withdrawal
 * @param newHours the corrected hours; null for a withdrawal
 */
public record TimeEntryCorrection(
        long entryId,
        String workPackage,
        String person,
        String action,
        LocalDate oldDate,
        BigDecimal oldHours,
        LocalDate newDate,
        BigDecimal newHours,
        String changedBy,
        Instant changedAt) {

    static final String CORRECTED = "CORRECTED";
    static final String WITHDRAWN = "WITHDRAWN";
}
