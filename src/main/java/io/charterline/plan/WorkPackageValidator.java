package io.charterline.plan;

import io.charterline.platform.web.TwoDecimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of a work package plan, the same for the REST upload, the plan form and change proposals. Errors are
 * named {@code workPackages[i].<field>} with {@code i} the package's position (from 0) in the plan as given,
 * and each message names the package's code.
 */
public class WorkPackageValidator {

    public static final int MAX_PACKAGES = 50_000;
    public static final int MAX_PREDECESSORS = 100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final BigDecimal MAX_ESTIMATE_HOURS = new BigDecimal("10000");
    /** The estimate's rule as every answer states it, for a plan and for a change to it alike. */
    public static final String ESTIMATE_RULE = "must be more than 0 and at most " + MAX_ESTIMATE_HOURS.toPlainString()
            + " hours";
    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$");
    private static final int MAX_CYCLES_REPORTED = 10;
    /** What the author of a plan is told to do about a cycle; a back-out, which has no author, leaves it out. */
    public static final String CYCLE_ADVICE = "; remove one of these predecessors";

    /**
     * @param skills the codes of the skill catalog
     * @throws io.charterline.platform.web.InvalidInputException naming every bad field (the first hundred)
     */
    public void validate(List<WorkPackageSpec> packages, Set<String> skills) {
        PlanErrors errors = new PlanErrors();
        if (packages.isEmpty() || packages.size() > MAX_PACKAGES) {
            errors.add(PlanErrors.FIELD, "must hold between 1 and " + MAX_PACKAGES + " work packages, got "
                    + packages.size());
            errors.throwIfAny();
        }
        Map<String, Integer> indexByCode = new HashMap<>(packages.size() * 2);
        for (int i = 0; i < packages.size(); i++) {
            WorkPackageSpec spec = packages.get(i);
            String code = spec.code();
            if (code == null || code.isBlank()) {
                errors.add(PlanErrors.field(i, "code"), "is required");
            } else if (!CODE.matcher(code).matches()) {
                errors.add(PlanErrors.field(i, "code"), "'" + code + "' must be 1 to 32 letters, digits, '.', '_' "
                        + "or '-', starting with a letter or digit");
            } else {
                Integer first = indexByCode.putIfAbsent(code, i);
                if (first != null) {
                    errors.add(PlanErrors.field(i, "code"), "duplicate code " + code + " (also "
                            + PlanErrors.field(first) + ")");
                }
            }
        }
        Set<String> knownSkills = new TreeSet<>(skills);
        for (int i = 0; i < packages.size(); i++) {
            checkFields(errors, i, packages.get(i), knownSkills);
            checkPredecessors(errors, i, packages.get(i), indexByCode);
        }
        findCycles(errors, packages, indexByCode);
        errors.throwIfAny();
    }

    private static void checkFields(PlanErrors errors, int i, WorkPackageSpec spec, Set<String> skills) {
        String label = label(spec, i);
        if (spec.name() == null || spec.name().isBlank()) {
            errors.add(PlanErrors.field(i, "name"), label + ": a name is required");
        } else if (spec.name().strip().length() > MAX_NAME_LENGTH) {
            errors.add(PlanErrors.field(i, "name"), label + ": the name must have at most " + MAX_NAME_LENGTH
                    + " characters");
        }
        BigDecimal hours = spec.estimateHours();
        if (hours == null) {
            errors.add(PlanErrors.field(i, "estimateHours"), label + ": an estimate in hours is required");
        } else if (hours.signum() <= 0 || hours.compareTo(MAX_ESTIMATE_HOURS) > 0) {
            errors.add(PlanErrors.field(i, "estimateHours"), label + ": the estimate " + ESTIMATE_RULE + ", got "
                    + hours.toPlainString());
        } else if (TwoDecimals.exceeded(hours)) {
            errors.add(PlanErrors.field(i, "estimateHours"), label + ": the estimate may have at most 2 decimals, got "
                    + hours.toPlainString());
        }
        if (spec.skill() == null || spec.skill().isBlank()) {
            errors.add(PlanErrors.field(i, "skill"), label + ": a skill is required; one of " + skills);
        } else if (!skills.contains(spec.skill())) {
            errors.add(PlanErrors.field(i, "skill"), label + ": unknown skill '" + spec.skill() + "'; one of "
                    + skills);
        }
        if (spec.skillLevel() == null) {
            errors.add(PlanErrors.field(i, "skillLevel"), label + ": a skill level from 1 to 5 is required");
        } else if (spec.skillLevel() < 1 || spec.skillLevel() > 5) {
            errors.add(PlanErrors.field(i, "skillLevel"), label + ": the skill level must be from 1 to 5, got "
                    + spec.skillLevel());
        }
    }

    private static void checkPredecessors(PlanErrors errors, int i, WorkPackageSpec spec,
                                          Map<String, Integer> indexByCode) {
        String label = label(spec, i);
        String field = PlanErrors.field(i, "predecessors");
        if (spec.predecessors().size() > MAX_PREDECESSORS) {
            errors.add(field, label + " has " + spec.predecessors().size() + " predecessors; at most "
                    + MAX_PREDECESSORS + " are allowed");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String predecessor : spec.predecessors()) {
            if (predecessor == null || predecessor.isBlank()) {
                errors.add(field, label + " has an empty predecessor code");
            } else if (predecessor.equals(spec.code())) {
                errors.add(field, label + " cannot be its own predecessor");
            } else if (!seen.add(predecessor)) {
                errors.add(field, label + " names predecessor " + predecessor + " twice");
            } else if (!indexByCode.containsKey(predecessor)) {
                errors.add(field, label + " names unknown predecessor '" + predecessor
                        + "'; predecessors must be codes of packages in the same plan");
            }
        }
    }

    /**
     * Kahn's algorithm removes every package that does not wait on a cycle. Each package left over waits for at
     * least one other left over, so following predecessors from it must run into a cycle; marking visited
     * packages keeps the whole search linear.
     */
    private static void findCycles(PlanErrors errors, List<WorkPackageSpec> packages,
                                   Map<String, Integer> indexByCode) {
        int n = packages.size();
        int[][] predecessors = new int[n][];
        int[] successorCount = new int[n];
        for (int i = 0; i < n; i++) {
            predecessors[i] = graphPredecessors(packages, indexByCode, i);
            for (int p : predecessors[i]) {
                successorCount[p]++;
            }
        }
        int[][] successors = new int[n][];
        for (int i = 0; i < n; i++) {
            successors[i] = new int[successorCount[i]];
        }
        int[] fill = new int[n];
        int[] remaining = new int[n];
        for (int i = 0; i < n; i++) {
            remaining[i] = predecessors[i].length;
            for (int p : predecessors[i]) {
                successors[p][fill[p]++] = i;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            for (int s : successors[queue[head++]]) {
                if (--remaining[s] == 0) {
                    queue[tail++] = s;
                }
            }
        }
        if (tail == n) {
            return;
        }
        int[] visitedInWalk = new int[n];
        int cycles = 0;
        for (int start = 0; start < n && cycles < MAX_CYCLES_REPORTED; start++) {
            if (remaining[start] == 0 || visitedInWalk[start] != 0) {
                continue;
            }
            int walk = start + 1;
            List<Integer> trail = new ArrayList<>();
            int current = start;
            while (visitedInWalk[current] == 0) {
                visitedInWalk[current] = walk;
                trail.add(current);
                current = leftOverPredecessor(predecessors[current], remaining);
            }
            if (visitedInWalk[current] == walk) {
                reportCycle(errors, packages, trail.subList(trail.indexOf(current), trail.size()));
                cycles++;
            }
        }
    }

    private static int[] graphPredecessors(List<WorkPackageSpec> packages, Map<String, Integer> indexByCode, int i) {
        WorkPackageSpec spec = packages.get(i);
        if (spec.code() == null || !Integer.valueOf(i).equals(indexByCode.get(spec.code()))) {
            return new int[0];
        }
        List<String> codes = spec.predecessors();
        int[] indexes = new int[codes.size()];
        int count = 0;
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            Integer index = code == null || code.equals(spec.code()) || codes.subList(0, k).contains(code)
                    ? null : indexByCode.get(code);
            if (index != null) {
                indexes[count++] = index;
            }
        }
        return Arrays.copyOf(indexes, count);
    }

    private static int leftOverPredecessor(int[] predecessors, int[] remaining) {
        for (int p : predecessors) {
            if (remaining[p] > 0) {
                return p;
            }
        }
        throw new IllegalStateException("A package left over by Kahn's algorithm has no left-over predecessor");
    }

    /**
     * The trail follows "waits for"; the message reads in the order the work would have to happen, starting
     * with the package that comes first in the plan.
     */
    private static void reportCycle(PlanErrors errors, List<WorkPackageSpec> packages, List<Integer> trail) {
        List<Integer> cycle = new ArrayList<>(trail);
        Collections.reverse(cycle);
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        List<String> codes = new ArrayList<>();
        for (int index : cycle) {
            codes.add(packages.get(index).code());
        }
        codes.add(codes.get(0));
        int first = cycle.get(0);
        errors.add(PlanErrors.field(first, "predecessors"), packages.get(first).code()
                + " is on a dependency cycle: " + String.join(" -> ", codes)
                + " (each must finish before the next starts)" + CYCLE_ADVICE);
    }

    private static String label(WorkPackageSpec spec, int i) {
        return spec.code() == null || spec.code().isBlank() ? "work package " + (i + 1) : spec.code();
    }
}
