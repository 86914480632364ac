package io.charterline.change;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.plan.SkillRates;
import io.charterline.plan.WorkPackageValidator;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.TwoDecimals;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of a change proposal, applied alike to the REST API and to the change-request form, because
 * engine-rest can be called without any form. Field names are those of the JSON body; work-package fields are
 * named {@code workPackageChanges[i].field}.
 */
@Component
public class ChangeProposalValidator {

    static final int MAX_WORK_PACKAGE_CHANGES = 1000;
    static final int MAX_AFFECTED_ITEMS = 50;
    /**
     * How far in the past a window may start: an emergency change is requested while it is being made, and the
     * start typed into a form is past by the time it is sent.
     */
    static final Duration START_GRACE = Duration.ofHours(1);
    static final BigDecimal MAX_BUDGET_CHANGE = new BigDecimal("1000000000");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    static final String NOTHING_PROPOSED =
            "propose at least one of: a work-package change, a budget change other than 0, a scope change, "
                    + "an affected configuration item";

    private final SkillRates skillRates;
    private final ConfigurationItemRepository configurationItems;
    private final Clock clock;

    public ChangeProposalValidator(SkillRates skillRates, ConfigurationItemRepository configurationItems,
                                   Clock clock) {
        this.skillRates = skillRates;
        this.configurationItems = configurationItems;
        this.clock = clock;
    }

    public List<InvalidField> validate(ChangeProposal proposal) {
        List<InvalidField> errors = new ArrayList<>();
        text(errors, "title", proposal.title(), 3, 200, true);
        text(errors, "description", proposal.description(), 1, 4000, true);
        text(errors, "reason", proposal.reason(), 1, 4000, true);
        if (proposal.requestedType() == null) {
            errors.add(new InvalidField("requestedType", "is required: STANDARD, NORMAL or EMERGENCY"));
        }
        if (proposal.requester() == null || proposal.requester().isBlank()) {
            errors.add(new InvalidField("requester", "is required (the authenticated user)"));
        }
        if (proposal.budgetChange() != null && proposal.budgetChange().abs().compareTo(MAX_BUDGET_CHANGE) > 0) {
            errors.add(new InvalidField("budgetChange", "must be between -" + MAX_BUDGET_CHANGE.toPlainString()
                    + " and " + MAX_BUDGET_CHANGE.toPlainString()));
        } else if (TwoDecimals.exceeded(proposal.budgetChange())) {
            // 0.001 would pass "propose at least one change" and be stored as 0.00.
            errors.add(TwoDecimals.error("budgetChange", proposal.budgetChange()));
        }
        text(errors, "scopeChange", proposal.scopeChange(), 0, 4000, false);
        window(errors, proposal.windowStart(), proposal.windowEnd());
        affectedItems(errors, proposal.affectedItemsOrEmpty());
        workPackageChanges(errors, proposal.workPackageChangesOrEmpty());
        // A change to IT services alone (patch a gateway during the project) is an ITIL change without a plan effect.
        if (proposal.workPackageChangesOrEmpty().isEmpty() && !proposal.changesBudget() && !proposal.changesScope()
                && proposal.affectedItemsOrEmpty().isEmpty()) {
            errors.add(new InvalidField("workPackageChanges", NOTHING_PROPOSED));
            errors.add(new InvalidField("budgetChange", NOTHING_PROPOSED));
            errors.add(new InvalidField("scopeChange", NOTHING_PROPOSED));
            errors.add(new InvalidField("affectedItems", NOTHING_PROPOSED));
        }
        return errors;
    }

    private static void text(List<InvalidField> errors, String field, String value, int min, int max,
                             boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new InvalidField(field, "is required"));
            }
        } else if (value.strip().length() < min || value.length() > max) {
            errors.add(new InvalidField(field, "must have between " + min + " and " + max + " characters"));
        }
    }

    private void window(List<InvalidField> errors, Instant start, Instant end) {
        if (start == null) {
            errors.add(new InvalidField("windowStart",
                    "is required (an ISO-8601 timestamp such as 2027-03-06T22:00:00Z)"));
        }
        if (end == null) {
            errors.add(new InvalidField("windowEnd",
                    "is required (an ISO-8601 timestamp such as 2027-03-07T02:00:00Z)"));
        }
        if (start == null || end == null) {
            return;
        }
        Instant now = clock.instant();
        Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
        Instant earliestStart = now.minus(START_GRACE);
        if (start.isBefore(earliestStart)) {
            errors.add(new InvalidField("windowStart", "must be in the future, or at most an hour ago for a change "
                    + "already under way (not before " + earliestStart.truncatedTo(ChronoUnit.SECONDS) + ")"));
        }
        if (!end.isAfter(start)) {
            errors.add(new InvalidField("windowEnd", "must be after the window start"));
        } else if (!end.isAfter(now)) {
            errors.add(new InvalidField("windowEnd", "must be in the future"));
        } else if (end.isAfter(latest)) {
            errors.add(new InvalidField("windowEnd", "must be at most 2 years from now (until " + latest + ")"));
        }
    }

    private void affectedItems(List<InvalidField> errors, List<String> keys) {
        if (keys.size() > MAX_AFFECTED_ITEMS) {
            errors.add(new InvalidField("affectedItems", "must name at most " + MAX_AFFECTED_ITEMS + " items"));
            return;
        }
        Set<String> known = configurationItems.findByKeyIn(keys).stream()
                .map(ConfigurationItem::getKey).collect(Collectors.toSet());
        List<String> unknown = keys.stream().filter(key -> !known.contains(key)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidField("affectedItems", "unknown configuration item(s) " + unknown
                    + "; use the keys of the service catalog"));
        }
    }

    private void workPackageChanges(List<InvalidField> errors, List<WorkPackageChange> changes) {
        if (changes.size() > MAX_WORK_PACKAGE_CHANGES) {
            errors.add(new InvalidField("workPackageChanges",
                    "must hold at most " + MAX_WORK_PACKAGE_CHANGES + " changes, got " + changes.size()));
            return;
        }
        Set<String> skills = new TreeSet<>(skillRates.hourlyRates().keySet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            String prefix = "workPackageChanges[" + i + "].";
            WorkPackageChange change = changes.get(i);
            if (change == null) {
                errors.add(new InvalidField("workPackageChanges[" + i + "]", "is empty"));
                continue;
            }
            if (change.action() == null) {
                errors.add(new InvalidField(prefix + "action", "is required: ADD, REMOVE or MODIFY"));
            }
            if (change.code() == null || change.code().isBlank()) {
                errors.add(new InvalidField(prefix + "code", "is required"));
            } else if (!CODE.matcher(change.code()).matches()) {
                errors.add(new InvalidField(prefix + "code", "must be 1 to 32 letters, digits, '.', '_' or '-', got '"
                        + change.code() + "'"));
            } else if (!seen.add(change.code())) {
                errors.add(new InvalidField(prefix + "code", "'" + change.code() + "' is changed more than once"));
            }
            if (change.action() == WorkPackageAction.ADD) {
                required(errors, prefix + "name", change.name());
                required(errors, prefix + "estimateHours", change.estimateHours());
                required(errors, prefix + "skill", change.skill());
                required(errors, prefix + "skillLevel", change.skillLevel());
            }
            if (change.action() == WorkPackageAction.MODIFY && change.name() == null
                    && change.estimateHours() == null && change.skill() == null && change.skillLevel() == null
                    && !change.givesPredecessors()) {
                errors.add(new InvalidField(prefix + "action",
                        "MODIFY must give at least one of name, estimateHours, skill, skillLevel, predecessors"));
            }
            fields(errors, prefix, change, skills);
        }
    }

    private static void fields(List<InvalidField> errors, String prefix, WorkPackageChange change,
                               Set<String> skills) {
        if (change.name() != null && (change.name().isBlank() || change.name().length() > 200)) {
            errors.add(new InvalidField(prefix + "name", "must have between 1 and 200 characters"));
        }
        if (change.estimateHours() != null && (change.estimateHours().signum() <= 0
                || change.estimateHours().compareTo(WorkPackageValidator.MAX_ESTIMATE_HOURS) > 0)) {
            // The plan's own limit: a change may not give a package an estimate the plan would refuse.
            errors.add(new InvalidField(prefix + "estimateHours", WorkPackageValidator.ESTIMATE_RULE + ", got "
                    + change.estimateHours().toPlainString()));
        } else if (TwoDecimals.exceeded(change.estimateHours())) {
            errors.add(TwoDecimals.error(prefix + "estimateHours", change.estimateHours()));
        }
        if (change.skill() != null && !skills.contains(change.skill())) {
            errors.add(new InvalidField(prefix + "skill", "unknown skill '" + change.skill() + "'; known: " + skills));
        }
        if (change.skillLevel() != null && (change.skillLevel() < 1 || change.skillLevel() > 5)) {
            errors.add(new InvalidField(prefix + "skillLevel", "must be from 1 to 5, got " + change.skillLevel()));
        }
        for (String predecessor : change.predecessorsOrEmpty()) {
            if (predecessor == null || !CODE.matcher(predecessor).matches()) {
                errors.add(new InvalidField(prefix + "predecessors",
                        "'" + predecessor + "' is not a work-package code"));
            } else if (predecessor.equals(change.code())) {
                errors.add(new InvalidField(prefix + "predecessors", "a work package cannot precede itself"));
            }
        }
    }

    private static void required(List<InvalidField> errors, String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            errors.add(new InvalidField(field, "is required when adding a work package"));
        }
    }
}
