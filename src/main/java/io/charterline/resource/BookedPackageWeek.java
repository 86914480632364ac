package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One week of a project's unreleased booking for a work package: who and how many hours. */
public record BookedPackageWeek(String packageCode, String userId, LocalDate weekStart, BigDecimal hours) {
}
