package io.charterline.charter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project charter as the sponsor sees it. Dates and numbers stay as given until {@link CharterValidator}
 * has checked them, so every bad field can be reported at once.
 */
public record CharterInput(
        String name,
        String objectives,
        String businessCase,
        String sponsor,
        String projectManager,
        BigDecimal budget,
        LocalDate targetStart,
        LocalDate targetEnd,
        List<String> relatedServices,
        Boolean strategic) {

    public List<String> relatedServicesOrEmpty() {
        return relatedServices == null ? List.of() : relatedServices;
    }

    public boolean isStrategic() {
        return Boolean.TRUE.equals(strategic);
    }
}
