package io.charterline.resource;

import io.charterline.platform.web.InvalidField;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a project's staffing demands before anything is booked. Fields are named
 * {@code workPackages[<code>].<field>} (or by position when the code is missing), as the plan names them.
 */
@Component
class StaffingDemandValidator {

    static final BigDecimal MAX_HOURS = new BigDecimal("100000");
    static final long MAX_DURATION_DAYS = 3660;

    private final SkillCatalog skillCatalog;

    StaffingDemandValidator(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    List<InvalidField> validate(List<StaffingDemand> demands) {
        Set<String> skills = skillCatalog.codes();
        Set<String> codes = new HashSet<>();
        List<InvalidField> errors = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            StaffingDemand demand = demands.get(i);
            if (demand == null) {
                errors.add(new InvalidField("workPackages[" + i + "]", "is required"));
                continue;
            }
            String code = demand.packageCode();
            String field = "workPackages[" + (code == null || code.isBlank() ? i : code) + "]";
            if (code == null || code.isBlank() || code.length() > 64) {
                errors.add(new InvalidField(field + ".packageCode", "is required, at most 64 characters"));
            } else if (!codes.add(code)) {
                errors.add(new InvalidField(field + ".packageCode", code + " is listed twice"));
            }
            if (demand.skill() == null || !skills.contains(demand.skill())) {
                errors.add(new InvalidField(field + ".skill", "must be one of " + skills));
            }
            if (demand.minLevel() < SkillLevel.MIN_LEVEL || demand.minLevel() > SkillLevel.MAX_LEVEL) {
                errors.add(new InvalidField(field + ".minLevel", "must be from " + SkillLevel.MIN_LEVEL + " to "
                        + SkillLevel.MAX_LEVEL));
            }
            BigDecimal hours = demand.hours();
            if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
                errors.add(new InvalidField(field + ".hours", "must be more than 0 and at most "
                        + MAX_HOURS.toPlainString()));
            }
            dates(errors, field, demand);
        }
        return errors;
    }

    private static void dates(List<InvalidField> errors, String field, StaffingDemand demand) {
        if (demand.plannedStart() == null) {
            errors.add(new InvalidField(field + ".plannedStart", "is required (YYYY-MM-DD)"));
        }
        if (demand.plannedFinish() == null) {
            errors.add(new InvalidField(field + ".plannedFinish", "is required (YYYY-MM-DD)"));
        }
        if (demand.plannedStart() == null || demand.plannedFinish() == null) {
            return;
        }
        if (demand.plannedFinish().isBefore(demand.plannedStart())) {
            errors.add(new InvalidField(field + ".plannedFinish", "must be on or after plannedStart ("
                    + demand.plannedStart() + ")"));
        } else if (ChronoUnit.DAYS.between(demand.plannedStart(), demand.plannedFinish()) > MAX_DURATION_DAYS) {
            errors.add(new InvalidField(field + ".plannedFinish", "must be at most 10 years after plannedStart"));
        } else if (WorkWeeks.workingDays(demand.plannedStart(), demand.plannedFinish()) == 0) {
            errors.add(new InvalidField(field + ".plannedFinish", "the interval from " + demand.plannedStart()
                    + " holds no working day (Monday to Friday) to spread the hours over"));
        }
    }
}
