package io.charterline.resource;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.TwoDecimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The resource pool's rules for POST and PUT {@code /api/resources}. */
@Component
class ResourceValidator {

    static final int MIN_CAPACITY_HOURS = 1;
    static final int MAX_CAPACITY_HOURS = 80;
    static final BigDecimal MAX_RATE = new BigDecimal("10000");

    private final IdentityService identityService;
    private final SkillCatalog skillCatalog;

    ResourceValidator(IdentityService identityService, SkillCatalog skillCatalog) {
        this.identityService = identityService;
        this.skillCatalog = skillCatalog;
    }

    List<InvalidField> validate(ResourceInput input) {
        List<InvalidField> errors = new ArrayList<>();
        if (input.userId() == null || input.userId().isBlank()) {
            errors.add(new InvalidField("userId", "is required"));
        } else if (identityService.createUserQuery().userId(input.userId()).count() == 0) {
            errors.add(new InvalidField("userId", "'" + input.userId()
                    + "' is not a user; create the user first (Camunda Admin) so assigned work shows in Tasklist"));
        }
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new InvalidField("name", "is required"));
        } else if (input.name().length() > 200) {
            errors.add(new InvalidField("name", "must have at most 200 characters"));
        }
        Integer capacity = input.weeklyCapacityHours();
        String capacityRule = "whole hours per week from " + MIN_CAPACITY_HOURS + " to " + MAX_CAPACITY_HOURS;
        if (capacity == null) {
            errors.add(new InvalidField("weeklyCapacityHours", "is required: " + capacityRule));
        } else if (capacity < MIN_CAPACITY_HOURS || capacity > MAX_CAPACITY_HOURS) {
            errors.add(new InvalidField("weeklyCapacityHours", "must be " + capacityRule + ", got " + capacity));
        }
        BigDecimal rate = input.hourlyCostRate();
        String rateRule = "more than 0 and at most " + MAX_RATE.toPlainString() + ", with at most 2 decimals";
        if (rate == null) {
            errors.add(new InvalidField("hourlyCostRate", "is required: " + rateRule));
        } else if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0 || TwoDecimals.exceeded(rate)) {
            errors.add(new InvalidField("hourlyCostRate", "must be " + rateRule + ", got " + rate.toPlainString()));
        }
        skills(errors, input.skillsOrEmpty());
        unavailability(errors, input.unavailabilityOrEmpty());
        return errors;
    }

    private void skills(List<InvalidField> errors, List<SkillLevel> skills) {
        if (skills.isEmpty()) {
            errors.add(new InvalidField("skills", "must name at least one skill, or the person can never be assigned"));
            return;
        }
        Set<String> known = skillCatalog.codes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillLevel skill = skills.get(i);
            String field = "skills[" + i + "]";
            if (skill == null) {
                errors.add(new InvalidField(field, "is required"));
                continue;
            }
            if (skill.skill() == null || !known.contains(skill.skill())) {
                errors.add(new InvalidField(field + ".skill", "must be one of " + known));
            } else if (!seen.add(skill.skill())) {
                errors.add(new InvalidField(field + ".skill", skill.skill() + " is listed twice"));
            }
            if (skill.level() < SkillLevel.MIN_LEVEL || skill.level() > SkillLevel.MAX_LEVEL) {
                errors.add(new InvalidField(field + ".level", "must be from " + SkillLevel.MIN_LEVEL + " (novice) to "
                        + SkillLevel.MAX_LEVEL + " (expert)"));
            }
        }
    }

    private static void unavailability(List<InvalidField> errors, List<Unavailability> periods) {
        List<Integer> complete = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Unavailability period = periods.get(i);
            String field = "unavailability[" + i + "]";
            if (period == null) {
                errors.add(new InvalidField(field, "is required"));
                continue;
            }
            int before = errors.size();
            if (period.from() == null) {
                errors.add(new InvalidField(field + ".from", "is required (YYYY-MM-DD)"));
            }
            if (period.to() == null) {
                errors.add(new InvalidField(field + ".to", "is required (YYYY-MM-DD)"));
            }
            if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
                errors.add(new InvalidField(field + ".to", "must be on or after from (" + period.from() + ")"));
            }
            if (period.reason() == null || period.reason().isBlank() || period.reason().length() > 200) {
                errors.add(new InvalidField(field + ".reason", "is required, at most 200 characters"));
            }
            if (errors.size() == before) {
                complete.add(i);
            }
        }
        List<Integer> byStart = complete.stream()
                .sorted(Comparator.comparing((Integer i) -> periods.get(i).from()).thenComparing(i -> i))
                .toList();
        IntStream.range(1, byStart.size()).forEach(n -> {
            Unavailability earlier = periods.get(byStart.get(n - 1));
            Unavailability later = periods.get(byStart.get(n));
            if (!later.from().isAfter(earlier.to())) {
                errors.add(new InvalidField("unavailability[" + byStart.get(n) + "]", "overlaps unavailability["
                        + byStart.get(n - 1) + "] (" + earlier.from() + " to " + earlier.to() + ")"));
            }
        });
    }
}
