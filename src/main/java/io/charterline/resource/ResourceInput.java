package io.charterline.resource;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person of the pool as POST and PUT {@code /api/resources} take it. Values stay as given until
 * {@link ResourceValidator} has checked them, so every bad field is reported at once.
 *
 * @param userId the identity (Tasklist) user; fixed once created
 * @param active null means true
 */
public record ResourceInput(
        String userId,
        String name,
        Integer weeklyCapacityHours,
        BigDecimal hourlyCostRate,
        Boolean active,
        List<SkillLevel> skills,
        List<Unavailability> unavailability) {

    public List<SkillLevel> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    public List<Unavailability> unavailabilityOrEmpty() {
        return unavailability == null ? List.of() : unavailability;
    }

    public boolean isActive() {
        return active == null || active;
    }
}
