package io.charterline.resource;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who can be assigned to work packages, with their skills, capacity, cost and days away. */
@Service
public class ResourcePool {

    private final ResourceRepository resources;
    private final ResourceValidator validator;
    private final SkillCatalog skillCatalog;

    public ResourcePool(ResourceRepository resources, ResourceValidator validator, SkillCatalog skillCatalog) {
        this.resources = resources;
        this.validator = validator;
        this.skillCatalog = skillCatalog;
    }

    /**
     * @param skill    when given, only people with this skill
     * @param minLevel when given (with a skill), only people at this level or above
     */
    @Transactional(readOnly = true)
    public List<ResourceView> list(String skill, Integer minLevel) {
        if (skill == null) {
            if (minLevel != null) {
                throw new InvalidInputException("minLevel", "needs a skill to apply to (add ?skill=...)");
            }
            return resources.findAllByOrderByUserIdAsc().stream().map(ResourceView::of).toList();
        }
        List<InvalidField> errors = new ArrayList<>();
        if (!skillCatalog.codes().contains(skill)) {
            errors.add(new InvalidField("skill", "must be one of " + skillCatalog.codes()));
        }
        if (minLevel != null && (minLevel < SkillLevel.MIN_LEVEL || minLevel > SkillLevel.MAX_LEVEL)) {
            errors.add(new InvalidField("minLevel", "must be from " + SkillLevel.MIN_LEVEL + " to "
                    + SkillLevel.MAX_LEVEL));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return resources.findWithSkill(skill, minLevel == null ? SkillLevel.MIN_LEVEL : minLevel).stream()
                .map(ResourceView::of).toList();
    }

    @Transactional(readOnly = true)
    public ResourceView get(String userId) {
        return ResourceView.of(require(userId));
    }

    /** @throws InvalidInputException naming each bad field, also a user id that has a resource already */
    @Transactional
    public ResourceView create(ResourceInput input) {
        List<InvalidField> errors = createErrors(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Resource resource = new Resource(input.userId());
        apply(input, resource);
        return ResourceView.of(resources.saveAndFlush(resource));
    }

    /**
     * Replaces everything but the user id.
     *
     * @throws NotFoundException     for a user without a resource
     * @throws InvalidInputException naming each bad field
     */
    @Transactional
    public ResourceView update(String userId, ResourceInput input) {
        Resource resource = require(userId);
        List<InvalidField> errors = updateErrors(userId, input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        apply(sameUser(userId, input), resource);
        return ResourceView.of(resources.saveAndFlush(resource));
    }

    /** Every reason {@link #create} would refuse {@code input}. */
    @Transactional(readOnly = true)
    public List<InvalidField> createErrors(ResourceInput input) {
        List<InvalidField> errors = validator.validate(input);
        if (input.userId() != null && resources.existsByUserId(input.userId())) {
            errors.add(new InvalidField("userId", "a resource for user '" + input.userId()
                    + "' exists already; change it with PUT /api/resources/" + input.userId()));
        }
        return errors;
    }

    /**
     * Every reason {@link #update} would refuse {@code input} for the person {@code userId}.
     *
     * @throws NotFoundException for a user without a resource
     */
    @Transactional(readOnly = true)
    public List<InvalidField> updateErrors(String userId, ResourceInput input) {
        require(userId);
        ResourceInput sameUser = sameUser(userId, input);
        List<InvalidField> errors = validator.validate(sameUser);
        if (!sameUser.userId().equals(userId)) {
            errors.add(new InvalidField("userId", "cannot change (the path names " + userId
                    + "); leave it out or repeat it"));
        }
        return errors;
    }

    /** The input with the path's user id when it names none. */
    private static ResourceInput sameUser(String userId, ResourceInput input) {
        return new ResourceInput(input.userId() == null ? userId : input.userId(), input.name(),
                input.weeklyCapacityHours(), input.hourlyCostRate(), input.active(), input.skills(),
                input.unavailability());
    }

    private static void apply(ResourceInput input, Resource resource) {
        resource.setName(input.name().strip());
        resource.setWeeklyCapacityHours(input.weeklyCapacityHours());
        resource.setHourlyCostRate(input.hourlyCostRate());
        resource.setActive(input.isActive());
        resource.setSkills(input.skillsOrEmpty());
        resource.setUnavailability(input.unavailabilityOrEmpty().stream()
                .map(period -> new Unavailability(period.from(), period.to(), period.reason().strip()))
                .toList());
    }

    private Resource require(String userId) {
        return resources.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException("No resource for user " + userId));
    }
}
