package io.charterline.risk;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The register's input rules. A new entry may leave out its status (it starts OPEN); an update replaces the
 * whole entry, so it must state the status rather than silently reopen a closed risk. An entry that becomes
 * settled says why in its closing note. The caller's role may restrict the status ({@link RegisterAccess}); that
 * rule is reported together with every other bad field.
 */
@Component
class RegisterValidator {

    record ValidRisk(String title, String description, int probability, int impact, String owner, String response,
                     RiskStatus status, String closingNote) {
    }

    record ValidIssue(String title, String description, Severity severity, String owner, IssueStatus status,
                      String closingNote) {
    }

    private final IdentityService identityService;

    RegisterValidator(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * @param current    the stored status, null for a new risk
     * @param roleErrors the caller's role's objection to the status, if any; it stands in for the status check
     */
    ValidRisk risk(RiskInput input, RiskStatus current, List<InvalidField> roleErrors) {
        return valid(errors -> risk(input, current, roleErrors, errors));
    }

    /** Every rule the risk breaks, as {@link #risk(RiskInput, RiskStatus, List)} refuses it. */
    List<InvalidField> riskErrors(RiskInput input, RiskStatus current, List<InvalidField> roleErrors) {
        return errors(errors -> risk(input, current, roleErrors, errors));
    }

    private ValidRisk risk(RiskInput input, RiskStatus current, List<InvalidField> roleErrors,
                           List<InvalidField> errors) {
        String title = text(errors, "title", input.title(), true, 3, 200);
        String description = text(errors, "description", input.description(), false, 0, 4000);
        int probability = scale(errors, "probability", input.probability(), "1 (rare) to 5 (almost certain)");
        int impact = scale(errors, "impact", input.impact(), "1 (negligible) to 5 (severe)");
        String owner = owner(errors, input.owner());
        String response = text(errors, "response", input.response(), false, 0, 4000);
        RiskStatus status = roleErrors.isEmpty() ? choice(errors, "status", input.status(), RiskStatus.class,
                current == null ? RiskStatus.OPEN : null) : objection(errors, roleErrors);
        String closingNote = closingNote(errors, input.closingNote(), status != null && status.settles(),
                current != null && current.settles(), status != null, "CLOSED");
        return new ValidRisk(title, description, probability, impact, owner, response, status, closingNote);
    }

    /**
     * @param current    the stored status, null for a new issue
     * @param roleErrors the caller's role's objection to the status, if any; it stands in for the status check
     */
    ValidIssue issue(IssueInput input, IssueStatus current, List<InvalidField> roleErrors) {
        return valid(errors -> issue(input, current, roleErrors, errors));
    }

    /** Every rule the issue breaks, as {@link #issue(IssueInput, IssueStatus, List)} refuses it. */
    List<InvalidField> issueErrors(IssueInput input, IssueStatus current, List<InvalidField> roleErrors) {
        return errors(errors -> issue(input, current, roleErrors, errors));
    }

    private ValidIssue issue(IssueInput input, IssueStatus current, List<InvalidField> roleErrors,
                             List<InvalidField> errors) {
        String title = text(errors, "title", input.title(), true, 3, 200);
        String description = text(errors, "description", input.description(), false, 0, 4000);
        Severity severity = choice(errors, "severity", input.severity(), Severity.class, null);
        String owner = owner(errors, input.owner());
        IssueStatus status = roleErrors.isEmpty() ? choice(errors, "status", input.status(), IssueStatus.class,
                current == null ? IssueStatus.OPEN : null) : objection(errors, roleErrors);
        String closingNote = closingNote(errors, input.closingNote(), status != null && status.settles(),
                current != null && current.settles(), status != null, "RESOLVED or CLOSED");
        return new ValidIssue(title, description, severity, owner, status, closingNote);
    }

    /** The checked entry; the check notes each broken rule in the list it is given. */
    private static <V> V valid(Function<List<InvalidField>, V> check) {
        List<InvalidField> errors = new ArrayList<>();
        V valid = check.apply(errors);
        rejectIfAny(errors);
        return valid;
    }

    private static List<InvalidField> errors(Consumer<List<InvalidField>> check) {
        List<InvalidField> errors = new ArrayList<>();
        check.accept(errors);
        return errors;
    }

    private static <E> E objection(List<InvalidField> errors, List<InvalidField> roleErrors) {
        errors.addAll(roleErrors);
        return null;
    }

    /**
     * Why the entry is settled: required when the status settles it and it was not already (a later change keeps
     * the stored note unless it restates it), and refused beside a status that leaves it open, where it would be
     * lost. Nothing to say while the status itself is bad.
     */
    private static String closingNote(List<InvalidField> errors, String value, boolean settled, boolean wasSettled,
                                      boolean statusValid, String settling) {
        String note = text(errors, "closingNote", value, false, 1, 200);
        if (!statusValid) {
            return note;
        }
        if (settled && !wasSettled && note == null) {
            errors.add(new InvalidField("closingNote", "is required when the status becomes " + settling
                    + ": why, in at most 200 characters"));
        } else if (!settled && note != null) {
            errors.add(new InvalidField("closingNote", "is only taken with status " + settling
                    + "; leave it out while the entry is open"));
        }
        return note;
    }

    private static String text(List<InvalidField> errors, String field, String value, boolean required, int min,
                               int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new InvalidField(field, "is required"));
            }
            return null;
        }
        String text = value.strip();
        if (text.length() < min || text.length() > max) {
            errors.add(new InvalidField(field, "must have between " + min + " and " + max + " characters"));
        }
        return text;
    }

    private static int scale(List<InvalidField> errors, String field, BigDecimal value, String meaning) {
        if (value == null) {
            errors.add(new InvalidField(field, "is required: a whole number from " + meaning));
            return 0;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (!whole || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(5)) > 0) {
            errors.add(new InvalidField(field, "must be a whole number from " + meaning + ", not "
                    + value.toPlainString()));
            return 0;
        }
        return value.intValueExact();
    }

    private String owner(List<InvalidField> errors, String owner) {
        if (owner == null || owner.isBlank()) {
            errors.add(new InvalidField("owner", "is required: the user id of the person responsible"));
            return null;
        }
        String userId = owner.strip();
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            errors.add(new InvalidField("owner", "'" + userId + "' is not a known user id"));
        }
        return userId;
    }

    private static <E extends Enum<E>> E choice(List<InvalidField> errors, String field, String value, Class<E> type,
                                                E whenMissing) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (value == null || value.isBlank()) {
            if (whenMissing == null) {
                errors.add(new InvalidField(field, "is required: one of " + String.join(", ", allowed)));
            }
            return whenMissing;
        }
        if (!allowed.contains(value.strip())) {
            errors.add(new InvalidField(field, "must be one of " + String.join(", ", allowed) + ", not '"
                    + value + "'"));
            return null;
        }
        return Enum.valueOf(type, value.strip());
    }

    private static void rejectIfAny(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
