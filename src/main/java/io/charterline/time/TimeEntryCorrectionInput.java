package io.charterline.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A corrected entry as it arrives: the day worked, the hours and the note that replace the entry's, and the
 * {@code version} of the entry as the caller read it. The package and the person stay; to move hours to another
 * package, withdraw the entry and book them there.
 */
public record TimeEntryCorrectionInput(LocalDate date, BigDecimal hours, String note, Long version) {
}
