package io.charterline.risk;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A risk as a client sends it. Numbers and enum values stay as given until {@link RegisterValidator} has
 * checked them, so every bad field is reported at once.
 */
@Schema(description = "A risk; PUT replaces every field, so a field left out (description, response) is erased")
public record RiskInput(
        @Schema(description = "What may happen, 3 to 200 characters", requiredMode = RequiredMode.REQUIRED)
        String title,
        @Schema(description = "More about it, at most 4,000 characters")
        String description,
        @Schema(description = "1 (rare) to 5 (almost certain)", type = "integer", minimum = "1", maximum = "5",
                requiredMode = RequiredMode.REQUIRED)
        BigDecimal probability,
        @Schema(description = "1 (negligible) to 5 (severe)", type = "integer", minimum = "1", maximum = "5",
                requiredMode = RequiredMode.REQUIRED)
        BigDecimal impact,
        @Schema(description = "User id of the person who watches the risk and runs its response",
                requiredMode = RequiredMode.REQUIRED)
        String owner,
        @Schema(description = "The planned response (avoid, transfer, mitigate, accept and how), at most 4,000 "
                + "characters")
        String response,
        @Schema(description = "OPEN, MITIGATED or CLOSED; a new risk without one is OPEN, an update must state it",
                allowableValues = {"OPEN", "MITIGATED", "CLOSED"})
        String status,
        @Schema(description = "Why it was closed, at most 200 characters: required when the status becomes CLOSED, "
                + "refused for any other status")
        String closingNote) {
}
