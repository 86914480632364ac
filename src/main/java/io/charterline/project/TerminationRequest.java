package io.charterline.project;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The sponsor's reason for ending a project early. */
@Schema(description = "The sponsor's request to end a project early")
public record TerminationRequest(
        @Schema(description = "Why the sponsor ends the project, at most 2,000 characters",
                requiredMode = RequiredMode.REQUIRED)
        String reason) {
}
