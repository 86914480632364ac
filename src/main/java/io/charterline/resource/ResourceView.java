package io.charterline.resource;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A person of the pool as our API shows it; skills by code, days away by date. */
public record ResourceView(
        String userId,
        String name,
        int weeklyCapacityHours,
        BigDecimal hourlyCostRate,
        boolean active,
        List<SkillLevel> skills,
        List<Unavailability> unavailability) {

    static ResourceView of(Resource resource) {
        return new ResourceView(resource.getUserId(), resource.getName(), resource.getWeeklyCapacityHours(),
                resource.getHourlyCostRate(), resource.isActive(),
                resource.getSkills().stream().sorted(Comparator.comparing(SkillLevel::skill)).toList(),
                resource.getUnavailability().stream().sorted(Comparator.comparing(Unavailability::from)).toList());
    }
}
