package io.charterline.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A corrected entry as it arrives: the day worked, the hours and the note that replace the entry's, and the
 * {@code version} of the entry as the caller read it. The package and the person stay; to move hours to another
 * package, withdraw the entry and book them there. {@code reason} says why, required when someone other than the
 * entry's person corrects it: it is kept with the correction and sent to them.
 */
public record TimeEntryCorrectionInput(LocalDate date, BigDecimal hours, String note, Long version, String reason) {
}
