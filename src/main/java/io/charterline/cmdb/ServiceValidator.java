package io.charterline.cmdb;

import io.charterline.platform.web.InvalidField;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The service catalog's rules for POST and PUT {@code /api/services}. */
@Component
class ServiceValidator {

    /** The charter form and the change request form accept only keys of this shape. */
    static final Pattern KEY = Pattern.compile("^[A-Z0-9][A-Z0-9_-]*$");
    static final int MAX_KEY_LENGTH = 64;
    static final int MAX_DEPENDENCIES = 100;
    /** Longer than a year is no freeze but a standstill, most likely a typo in the year. */
    static final Period LONGEST_FREEZE = Period.ofYears(1);

    private final IdentityService identityService;

    ServiceValidator(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * @param key   the item's key: from the body for a new item, from the path for an existing one
     * @param graph the catalog as it is now, to find unknown dependencies and cycles
     */
    List<InvalidField> validate(String key, ServiceInput input, ServiceGraph graph) {
        List<InvalidField> errors = new ArrayList<>();
        if (key == null || key.isBlank()) {
            errors.add(new InvalidField("key", "is required"));
        } else if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            errors.add(new InvalidField("key", "must be at most " + MAX_KEY_LENGTH
                    + " characters of A-Z, 0-9, '_' and '-', starting with a letter or digit, such as CUSTOMER-DB"));
        }
        text(errors, "name", input.name(), true, 200);
        text(errors, "description", input.description(), false, 2000);
        if (input.criticality() == null) {
            errors.add(new InvalidField("criticality", "is required: one of LOW, MEDIUM, HIGH, CRITICAL"));
        }
        if (input.owner() != null && identityService.createUserQuery().userId(input.owner()).count() == 0) {
            errors.add(new InvalidField("owner", "'" + input.owner() + "' is not a known user"));
        }
        dependencies(errors, key, input.dependsOnOrEmpty(), graph);
        windows(errors, input.maintenanceWindowsOrEmpty());
        freezes(errors, input.freezePeriodsOrEmpty());
        return errors;
    }

    private static void dependencies(List<InvalidField> errors, String key, List<String> dependsOn,
                                     ServiceGraph graph) {
        if (dependsOn.size() > MAX_DEPENDENCIES) {
            errors.add(new InvalidField("dependsOn", "must name at most " + MAX_DEPENDENCIES + " items"));
            return;
        }
        List<String> unknown = dependsOn.stream()
                .filter(dependency -> dependency == null || !dependency.equals(key) && !graph.contains(dependency))
                .toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidField("dependsOn", "unknown service(s) " + unknown
                    + "; use the keys of the service catalog (GET /api/services)"));
            return;
        }
        if (key != null) {
            graph.cycleThrough(key, dependsOn).ifPresent(cycle -> errors.add(new InvalidField("dependsOn",
                    "would close the dependency cycle " + String.join(" -> ", cycle)
                            + "; a service cannot depend on itself, directly or through others")));
        }
    }

    private static void windows(List<InvalidField> errors, List<MaintenanceWindow> windows) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < windows.size(); i++) {
            String field = "maintenanceWindows[" + i + "]";
            MaintenanceWindow window = windows.get(i);
            if (window == null) {
                errors.add(new InvalidField(field, "is required"));
                continue;
            }
            if (window.dayOfWeek() == null) {
                errors.add(new InvalidField(field + ".dayOfWeek", "is required: MONDAY to SUNDAY"));
            }
            if (window.startTime() == null) {
                errors.add(new InvalidField(field + ".startTime", "is required (HH:mm)"));
            }
            if (window.durationMinutes() < MaintenanceWindow.MIN_DURATION_MINUTES
                    || window.durationMinutes() > MaintenanceWindow.MAX_DURATION_MINUTES) {
                errors.add(new InvalidField(field + ".durationMinutes", "must be between "
                        + MaintenanceWindow.MIN_DURATION_MINUTES + " and " + MaintenanceWindow.MAX_DURATION_MINUTES
                        + " minutes (48 hours)"));
            }
            if (!seen.add(window.dayOfWeek() + " " + window.startTime())) {
                errors.add(new InvalidField(field, "starts on the same day and time as an earlier window"));
            }
        }
    }

    private static void freezes(List<InvalidField> errors, List<ServiceInput.FreezeInput> freezes) {
        for (int i = 0; i < freezes.size(); i++) {
            errors.addAll(freeze("freezePeriods[" + i + "].", freezes.get(i)));
        }
    }

    /** @param prefix prepended to the field names, such as {@code freezePeriods[0].} */
    static List<InvalidField> freeze(String prefix, ServiceInput.FreezeInput freeze) {
        List<InvalidField> errors = new ArrayList<>();
        if (freeze == null) {
            errors.add(new InvalidField(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "is required"));
            return errors;
        }
        if (freeze.from() == null) {
            errors.add(new InvalidField(prefix + "from", "is required (YYYY-MM-DD)"));
        }
        if (freeze.to() == null) {
            errors.add(new InvalidField(prefix + "to", "is required (YYYY-MM-DD)"));
        }
        if (freeze.from() != null && freeze.to() != null && freeze.to().isBefore(freeze.from())) {
            errors.add(new InvalidField(prefix + "to", "must be on or after from (" + freeze.from() + ")"));
        } else if (freeze.from() != null && freeze.to() != null
                && freeze.to().isAfter(freeze.from().plus(LONGEST_FREEZE))) {
            errors.add(new InvalidField(prefix + "to", "a freeze lasts at most a year: must be on or before "
                    + freeze.from().plus(LONGEST_FREEZE) + ", not " + freeze.to()));
        }
        text(errors, prefix + "reason", freeze.reason(), true, 200);
        return errors;
    }

    private static void text(List<InvalidField> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new InvalidField(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(new InvalidField(field, "must have at most " + max + " characters"));
        }
    }
}
