package io.charterline.resource;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person as the {@link AssignmentPlanner} sees them: no persistence, just what the choice depends on. */
public record PoolResource(
        long id,
        String userId,
        int weeklyCapacityHours,
        BigDecimal hourlyCostRate,
        Map<String, Integer> skillLevels,
        List<Unavailability> unavailability) {

    public PoolResource {
        skillLevels = Map.copyOf(skillLevels);
        unavailability = List.copyOf(unavailability);
    }

    public static PoolResource of(Resource resource) {
        return new PoolResource(resource.getId(), resource.getUserId(), resource.getWeeklyCapacityHours(),
                resource.getHourlyCostRate(), levels(resource.getSkills()), List.copyOf(resource.getUnavailability()));
    }

    static Map<String, Integer> levels(Collection<SkillLevel> skills) {
        return skills.stream().collect(Collectors.toMap(SkillLevel::skill, SkillLevel::level));
    }
}
