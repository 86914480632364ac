package io.charterline.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Turns work package specs into a validated, scheduled and costed {@link Plan}; stores nothing. */
@Component
public class Planner {

    private final WorkPackageValidator validator = new WorkPackageValidator();
    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();
    private final SkillRates skillRates;

    public Planner(SkillRates skillRates) {
        this.skillRates = skillRates;
    }

    /**
     * @param targetStart the project's target start; a weekend moves it to the following Monday
     * @param assignees the assignee of a package code, or null
     * @throws io.charterline.platform.web.InvalidInputException naming every bad package field
     */
    /** @throws io.charterline.platform.web.InvalidInputException naming every bad package field */
    public void validate(List<WorkPackageSpec> packages) {
        validator.validate(packages, skillRates.hourlyRates().keySet());
    }

    public Plan plan(List<WorkPackageSpec> packages, LocalDate targetStart, Function<String, String> assignees) {
        var rates = skillRates.hourlyRates();
        validator.validate(packages, rates.keySet());
        return Plan.of(scheduler.schedule(packages, targetStart), rates, assignees);
    }

    /**
     * A running project's plan scheduled again on its status date: work not begun starts no earlier.
     *
     * @throws io.charterline.platform.web.InvalidInputException naming every bad package field
     */
    public Plan replan(List<WorkPackageSpec> packages, LocalDate targetStart, StatusDate status,
                       Function<String, String> assignees) {
        var rates = skillRates.hourlyRates();
        validator.validate(packages, rates.keySet());
        return Plan.of(scheduler.schedule(packages, targetStart, status), rates, assignees);
    }
}
