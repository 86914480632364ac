package io.charterline.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A booking as it arrives: the work package's code, the day worked, the hours and an optional note. {@code person}
 * is left out to book for oneself; the project's manager, the PMO and administrators may name someone else.
 */
public record TimeEntryInput(String workPackage, LocalDate date, BigDecimal hours, String note, String person) {
}
