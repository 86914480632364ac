package io.charterline.change;

import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.plan.WorkPackageValidator;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a proposal's work-package changes to a copy of a baseline's packages. Every error names the field of
 * the change request that causes it ({@code workPackageChanges[i].code} and so on), because the requester never
 * sees the merged plan: a plan-level error such as a cycle is traced back to the change that added or modified
 * the package it is reported on.
 */
final class ProposedPlan {

    private static final String FIELD = "workPackageChanges";
    private static final Pattern PLAN_FIELD = Pattern.compile("workPackages\\[(\\d+)]\\.(\\w+)");
    private static final Set<WorkPackageState> RELEASED = EnumSet.of(WorkPackageState.READY,
            WorkPackageState.IN_PROGRESS);

    private ProposedPlan() {
    }

    /**
     * @param baseline  the packages of the analysed baseline, in plan order (not changed)
     * @param version   the baseline's version, for messages
     * @param skills    the skill catalog's codes
     * @param live      where the project's live packages stand, by code (empty before execution). DONE and
     *                  CANCELLED work is history and stays as it is; a cancelled package's code keeps its time
     *                  entries, so no added package may take it; released work (READY, IN_PROGRESS) already runs,
     *                  so it cannot be made to wait for work that is not done
     * @return the changed plan: kept packages in their order, modified ones in place, added ones at the end
     * @throws InvalidInputException naming each bad change field
     */
    static List<WorkPackageSpec> apply(List<WorkPackageSpec> baseline, int version, List<WorkPackageChange> changes,
                                       Set<String> skills, Map<String, WorkPackageState> live) {
        if (changes.isEmpty()) {
            return List.copyOf(baseline);
        }
        Map<String, WorkPackageSpec> plan = new LinkedHashMap<>();
        baseline.forEach(spec -> plan.put(spec.code(), spec));
        Map<String, Integer> changeIndexByCode = new HashMap<>();
        Map<String, Integer> removedBy = new LinkedHashMap<>();
        List<InvalidField> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            WorkPackageChange change = changes.get(i);
            String field = field(i, "code");
            changeIndexByCode.put(change.code(), i);
            WorkPackageSpec existing = plan.get(change.code());
            switch (change.action()) {
                case ADD -> {
                    if (existing != null) {
                        errors.add(new InvalidField(field, "'" + change.code() + "' is already a work package of "
                                + "baseline v" + version + "; use MODIFY to change it or choose a new code"));
                    } else if (live.containsKey(change.code())) {
                        errors.add(new InvalidField(field, change.code() + " was used by a "
                                + live.get(change.code()).name().toLowerCase(Locale.ROOT)
                                + " package; use a new code"));
                    } else {
                        plan.put(change.code(), new WorkPackageSpec(change.code(), change.name(),
                                change.estimateHours(), change.skill(), change.skillLevel(),
                                change.predecessorsOrEmpty()));
                    }
                }
                case REMOVE, MODIFY -> {
                    if (existing == null) {
                        errors.add(new InvalidField(field, "baseline v" + version + " has no work package '"
                                + change.code() + "' to " + change.action().name().toLowerCase()
                                + "; use the code of an existing package"));
                    } else if (live.containsKey(change.code()) && live.get(change.code()).isFinished()) {
                        errors.add(new InvalidField(field, change.code() + " is " + live.get(change.code())
                                + "; finished work cannot be changed"));
                    } else if (change.action() == WorkPackageAction.REMOVE) {
                        plan.remove(change.code());
                        removedBy.put(change.code(), i);
                    } else {
                        plan.put(change.code(), modified(existing, change));
                    }
                }
            }
        }
        danglingPredecessors(plan, removedBy, changeIndexByCode, errors);
        releasedWorkWaiting(plan, changes, live, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (plan.isEmpty()) {
            throw new InvalidInputException(FIELD, "the change would remove every work package of baseline v"
                    + version + "; a plan needs at least one");
        }
        List<WorkPackageSpec> specs = new ArrayList<>(plan.values());
        try {
            new WorkPackageValidator().validate(specs, skills);
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(invalid.fields().stream()
                    .map(error -> asChangeField(error, specs, changeIndexByCode)).distinct().toList());
        }
        return specs;
    }

    private static WorkPackageSpec modified(WorkPackageSpec spec, WorkPackageChange change) {
        return new WorkPackageSpec(spec.code(),
                change.name() != null ? change.name() : spec.name(),
                change.estimateHours() != null ? change.estimateHours() : spec.estimateHours(),
                change.skill() != null ? change.skill() : spec.skill(),
                change.skillLevel() != null ? change.skillLevel() : spec.skillLevel(),
                change.givesPredecessors() ? change.predecessors() : spec.predecessors());
    }

    /** A removed package still named as predecessor, or a predecessor the changed plan does not hold. */
    private static void danglingPredecessors(Map<String, WorkPackageSpec> plan, Map<String, Integer> removedBy,
                                             Map<String, Integer> changeIndexByCode, List<InvalidField> errors) {
        Map<String, List<String>> stillNeeded = new LinkedHashMap<>();
        for (WorkPackageSpec spec : plan.values()) {
            for (String predecessor : spec.predecessors()) {
                if (removedBy.containsKey(predecessor)) {
                    stillNeeded.computeIfAbsent(predecessor, code -> new ArrayList<>()).add(spec.code());
                } else if (!plan.containsKey(predecessor) && changeIndexByCode.containsKey(spec.code())) {
                    errors.add(new InvalidField(field(changeIndexByCode.get(spec.code()), "predecessors"),
                            spec.code() + " names unknown predecessor '" + predecessor
                                    + "'; predecessors must be packages of the changed plan"));
                }
            }
        }
        stillNeeded.forEach((removed, successors) -> errors.add(new InvalidField(
                field(removedBy.get(removed), "code"), "removing " + removed + " leaves " + String.join(", ",
                        successors) + " waiting for it; modify their predecessors in the same change")));
    }

    /**
     * Released work has its task out and may be finished any time, whatever the plan says: making it wait for work
     * that is not done would put a critical path and a slip on paper that the work does not follow.
     */
    private static void releasedWorkWaiting(Map<String, WorkPackageSpec> plan, List<WorkPackageChange> changes,
                                            Map<String, WorkPackageState> live, List<InvalidField> errors) {
        for (int i = 0; i < changes.size(); i++) {
            WorkPackageChange change = changes.get(i);
            WorkPackageState state = live.get(change.code());
            if (change.action() != WorkPackageAction.MODIFY || !change.givesPredecessors()
                    || !RELEASED.contains(state)) {
                continue;
            }
            WorkPackageSpec spec = plan.get(change.code());
            for (String predecessor : spec == null ? List.<String>of() : spec.predecessors()) {
                WorkPackageState predecessorState = live.get(predecessor);
                // A predecessor the plan does not hold is reported as unknown already.
                if (plan.containsKey(predecessor) && (predecessorState == null || !predecessorState.isFinished())) {
                    errors.add(new InvalidField(field(i, "predecessors"), change.code() + " is " + state
                            + "; it cannot be made to wait for " + predecessor + ", which is not done"));
                }
            }
        }
    }

    private static InvalidField asChangeField(InvalidField error, List<WorkPackageSpec> specs,
                                              Map<String, Integer> changeIndexByCode) {
        Matcher matcher = PLAN_FIELD.matcher(error.field());
        if (matcher.matches()) {
            Integer change = changeIndexByCode.get(specs.get(Integer.parseInt(matcher.group(1))).code());
            if (change != null) {
                return new InvalidField(field(change, matcher.group(2)), error.message());
            }
        }
        return new InvalidField(FIELD, error.message());
    }

    private static String field(int index, String property) {
        return FIELD + "[" + index + "]." + property;
    }
}
