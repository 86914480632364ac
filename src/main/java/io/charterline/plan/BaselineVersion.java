package io.charterline.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a project's baseline as the version list shows it, without its packages. */
public record BaselineVersion(int version, BaselineStatus status, Instant createdAt, String createdBy, String reason,
                              String changeRequestId, Instant approvedAt, BigDecimal budgetAtCompletion,
                              LocalDate startDate, LocalDate finishDate) {
}
