package io.charterline.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A work package of a project with the person booked on it and the hours per week. */
public record ProjectAssignment(String packageCode, String userId, BigDecimal hours, List<Week> weeks) {

    public ProjectAssignment {
        weeks = List.copyOf(weeks);
    }

    public record Week(LocalDate weekStart, BigDecimal hours) {
    }
}
