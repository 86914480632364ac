package io.charterline.time;

import java.math.BigDecimal;

/**
 * Published inside the transaction of a booking.
 *
 * @param bookedHours the work package's hours booked as time entries, this booking included
 */
public record HoursBooked(String projectKey, String workPackage, BigDecimal bookedHours) {
}
