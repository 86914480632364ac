package io.charterline.risk;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

/** An issue as a client sends it, checked by {@link RegisterValidator}. */
@Schema(description = "An issue; PUT replaces every field, so a field left out (description) is erased")
public record IssueInput(
        @Schema(description = "What has happened, 3 to 200 characters", requiredMode = RequiredMode.REQUIRED)
        String title,
        @Schema(description = "More about it, at most 4,000 characters")
        String description,
        @Schema(description = "LOW, MEDIUM, HIGH or CRITICAL", requiredMode = RequiredMode.REQUIRED,
                allowableValues = {"LOW", "MEDIUM", "HIGH", "CRITICAL"})
        String severity,
        @Schema(description = "User id of the person who resolves it", requiredMode = RequiredMode.REQUIRED)
        String owner,
        @Schema(description = "OPEN, RESOLVED or CLOSED (no longer pursued); a new issue without one is OPEN, an "
                + "update must state it", allowableValues = {"OPEN", "RESOLVED", "CLOSED"})
        String status,
        @Schema(description = "Why it was resolved or closed, at most 200 characters: required when the status "
                + "becomes RESOLVED or CLOSED, refused while it is OPEN")
        String closingNote) {
}
