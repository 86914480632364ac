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
 * @param reason   why, as given by whoever changed someone else's entry; optional for the entry's own person
 * @param oldNote  the note the entry had, when a correction changed it or the entry was withdrawn; else null
 * @param newNote  the note a correction gave the entry in place of {@code oldNote}; null when it stayed or was cleared
 */
public record TimeEntryCorrection(
        long id,
        long entryId,
        String workPackage,
        String person,
        String action,
        LocalDate oldDate,
        BigDecimal oldHours,
        LocalDate newDate,
        BigDecimal newHours,
        String changedBy,
        Instant changedAt,
        String reason,
        String oldNote,
        String newNote) {

    static final String CORRECTED = "CORRECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    boolean byAnother() {
        return !person.equals(changedBy);
    }
}
