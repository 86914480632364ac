package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours a person is already booked in one week, by any active project. */
public record BookedWeek(long resourceId, LocalDate weekStart, BigDecimal hours) {
}
