package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours the planner books for a person on a work package in one week. */
public record Booking(String packageCode, long resourceId, LocalDate weekStart, BigDecimal hours) {
}
