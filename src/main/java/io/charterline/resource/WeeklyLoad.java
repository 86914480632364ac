package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person's week across all active projects.
 *
 * @param capacityHours weekly hours less 8 per working day away ({@link WorkWeeks#capacity})
 * @param bookedHours   hours booked by every active project
 * @param overloadHours booked hours beyond capacity, zero when within it
 */
public record WeeklyLoad(String userId, LocalDate weekStart, BigDecimal capacityHours, BigDecimal bookedHours,
                         BigDecimal overloadHours) {

    static WeeklyLoad of(String userId, LocalDate weekStart, BigDecimal capacityHours, BigDecimal bookedHours) {
        BigDecimal overload = bookedHours.subtract(capacityHours).max(BigDecimal.ZERO).setScale(2);
        return new WeeklyLoad(userId, weekStart, capacityHours, bookedHours.setScale(2), overload);
    }
}
