package io.charterline.charter;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.TwoDecimals;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The charter's rules, applied to the REST API, the Tasklist start form and the rework form alike, because
 * engine-rest can be called without any form.
 */
@Component
public class CharterValidator {

    static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000");
    static final long MAX_DURATION_DAYS = 3660;
    static final int MAX_SERVICES = 50;

    private final IdentityService identityService;
    private final ConfigurationItemRepository configurationItems;
    private final Clock clock;

    public CharterValidator(IdentityService identityService, ConfigurationItemRepository configurationItems,
                            Clock clock) {
        this.identityService = identityService;
        this.configurationItems = configurationItems;
        this.clock = clock;
    }

    public List<InvalidField> validate(CharterInput charter) {
        List<InvalidField> errors = new ArrayList<>();
        text(errors, "name", charter.name(), 3, 200);
        text(errors, "objectives", charter.objectives(), 1, 4000);
        text(errors, "businessCase", charter.businessCase(), 1, 4000);
        member(errors, "sponsor", charter.sponsor(), CharterlineGroups.SPONSORS);
        member(errors, "projectManager", charter.projectManager(), CharterlineGroups.PROJECT_MANAGERS);
        if (charter.budget() == null) {
            errors.add(new InvalidField("budget", "is required"));
        } else if (charter.budget().signum() <= 0 || charter.budget().compareTo(MAX_BUDGET) > 0) {
            errors.add(new InvalidField("budget", "must be more than 0 and at most " + MAX_BUDGET.toPlainString()));
        } else if (TwoDecimals.exceeded(charter.budget())) {
            errors.add(TwoDecimals.error("budget", charter.budget()));
        }
        LocalDate today = LocalDate.now(clock);
        if (charter.targetStart() == null) {
            errors.add(new InvalidField("targetStart", "is required (YYYY-MM-DD)"));
        } else if (charter.targetStart().isBefore(today)) {
            // A plan, its staffing and its tasks' due dates all start here; a start in the past would book people
            // in weeks that are over and give every task a due date already missed.
            errors.add(new InvalidField("targetStart", "must be today (" + today + ") or later, not "
                    + charter.targetStart()));
        }
        if (charter.targetEnd() == null) {
            errors.add(new InvalidField("targetEnd", "is required (YYYY-MM-DD)"));
        }
        if (charter.targetStart() != null && charter.targetEnd() != null) {
            long days = ChronoUnit.DAYS.between(charter.targetStart(), charter.targetEnd());
            if (days <= 0) {
                errors.add(new InvalidField("targetEnd", "must be after the target start"));
            } else if (days > MAX_DURATION_DAYS) {
                errors.add(new InvalidField("targetEnd", "must be at most 10 years after the target start"));
            }
        }
        services(errors, charter.relatedServicesOrEmpty());
        return errors;
    }

    private static void text(List<InvalidField> errors, String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidField(field, "is required"));
        } else if (value.strip().length() < min || value.length() > max) {
            errors.add(new InvalidField(field, "must have between " + min + " and " + max + " characters"));
        }
    }

    private void member(List<InvalidField> errors, String field, String userId, String group) {
        if (userId == null || userId.isBlank()) {
            errors.add(new InvalidField(field, "is required"));
        } else if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            errors.add(new InvalidField(field, "'" + userId + "' is not a user in the group '" + group + "'"));
        }
    }

    private void services(List<InvalidField> errors, List<String> keys) {
        if (keys.size() > MAX_SERVICES) {
            errors.add(new InvalidField("relatedServices", "must name at most " + MAX_SERVICES + " services"));
            return;
        }
        Set<String> known = configurationItems.findByKeyIn(keys).stream()
                .map(ConfigurationItem::getKey).collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(key -> !known.contains(key)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidField("relatedServices", "unknown service(s) " + unknown
                    + "; use the keys of the service catalog (GET /api/services)"));
        }
    }
}
