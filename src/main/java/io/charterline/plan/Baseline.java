package io.charterline.plan;

import java.time.Instant;

/** One stored version of a project's plan. Immutable; {@code rowVersion} changes with every update of the row. */
public record Baseline(
        String projectKey,
        int version,
        BaselineStatus status,
        Instant createdAt,
        String createdBy,
        String reason,
        String changeRequestId,
        Instant approvedAt,
        long rowVersion,
        Plan plan) {
}
