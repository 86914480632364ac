package io.charterline.charter;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project charter as the sponsor sees it. Dates and numbers stay as given until {@link CharterValidator}
 * has checked them, so every bad field can be reported at once.
 */
public record CharterInput(
        @Schema(description = "The project's name, 3 to 200 characters", requiredMode = RequiredMode.REQUIRED)
        String name,
        @Schema(description = "What the project achieves, at most 4,000 characters",
                requiredMode = RequiredMode.REQUIRED)
        String objectives,
        @Schema(description = "Why it is worth its budget, at most 4,000 characters",
                requiredMode = RequiredMode.REQUIRED)
        String businessCase,
        @Schema(description = "User id of a member of the sponsors group", requiredMode = RequiredMode.REQUIRED)
        String sponsor,
        @Schema(description = "User id of a member of the project-managers group", requiredMode = RequiredMode.REQUIRED)
        String projectManager,
        @Schema(description = "Dollars, more than 0 and at most 1,000,000,000, at most two decimals",
                requiredMode = RequiredMode.REQUIRED)
        BigDecimal budget,
        @Schema(description = "YYYY-MM-DD, today or later", requiredMode = RequiredMode.REQUIRED)
        LocalDate targetStart,
        @Schema(description = "YYYY-MM-DD, after the start and at most 10 years later",
                requiredMode = RequiredMode.REQUIRED)
        LocalDate targetEnd,
        @Schema(description = "Keys of the catalog's services the project touches, at most 50")
        List<String> relatedServices,
        @Schema(description = "Whether the project is strategic, an input of its governance tier; false if left out")
        Boolean strategic) {

    public List<String> relatedServicesOrEmpty() {
        return relatedServices == null ? List.of() : relatedServices;
    }

    public boolean isStrategic() {
        return Boolean.TRUE.equals(strategic);
    }
}
