package io.charterline.change;

import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes one change back out of the current plan. What the change did is read from the version before it and the
 * version it recorded, and only that is undone, on the current version: changes applied after it stay. Where a
 * later change or the work itself has moved on, the later state wins, and the result says so.
 * <ul>
 * <li>A package the change added is removed, unless it is done; one with hours booked on it is cancelled as a
 * change's removal of started work is, its booked hours staying as spent cost.</li>
 * <li>A field the change set gets its earlier value back, unless a later change set it again; done work keeps its
 * plan.</li>
 * <li>A package the change removed comes back as it was planned before, unless a later change added it again.</li>
 * <li>A predecessor link to a package a later change removed is dropped.</li>
 * <li>A package that still waits for a package the back-out removes is {@linkplain Result#stranded() stranded}:
 * a later change relies on what this one added, so the back-out must not go ahead.</li>
 * </ul>
 */
final class ChangeBackOut {

    private static final Map<String, Function<WorkPackageSpec, Object>> FIELDS = fields();

    /**
     * @param specs    the plan without the change
     * @param reverted what was undone, one line each
     * @param kept     what was not undone, and why, one line each
     * @param stranded each package of the plan that still waits for packages the back-out removes, with those
     *                 packages; empty if none does
     */
    record Result(List<WorkPackageSpec> specs, List<String> reverted, List<String> kept,
                  Map<String, List<String>> stranded) {
    }

    private ChangeBackOut() {
    }

    /**
     * @param before   the packages of the version before the change
     * @param changed  the packages of the version the change recorded
     * @param current  the packages of the current version, in plan order
     * @param finished the project's DONE and CANCELLED packages
     * @param booked   the hours booked on each package, zero or missing where none were
     */
    static Result revert(List<WorkPackageSpec> before, List<WorkPackageSpec> changed, List<WorkPackageSpec> current,
                         Map<String, WorkPackageState> finished, Map<String, BigDecimal> booked) {
        Map<String, WorkPackageSpec> was = byCode(before);
        Map<String, WorkPackageSpec> set = byCode(changed);
        Map<String, WorkPackageSpec> plan = byCode(current);
        List<String> reverted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Set<String> takenOut = new HashSet<>();
        for (String code : set.keySet()) {
            if (was.containsKey(code)) {
                restoreFields(was.get(code), set.get(code), plan, finished, reverted, kept);
            } else if (removeAdded(code, plan, finished, booked, reverted, kept)) {
                takenOut.add(code);
            }
        }
        for (WorkPackageSpec removed : was.values()) {
            if (set.containsKey(removed.code())) {
                continue;
            }
            if (plan.containsKey(removed.code())) {
                kept.add(removed.code() + " was added again by a later change and stays as that change planned it");
            } else {
                plan.put(removed.code(), removed);
                reverted.add("added back " + removed.code());
            }
        }
        Map<String, List<String>> stranded = stranded(plan, takenOut);
        dropLinksToMissingPackages(plan, takenOut, kept);
        return new Result(List.copyOf(plan.values()), reverted, kept, stranded);
    }

    /** @return whether the package is taken out of the plan */
    private static boolean removeAdded(String code, Map<String, WorkPackageSpec> plan,
                                       Map<String, WorkPackageState> finished, Map<String, BigDecimal> booked,
                                       List<String> reverted, List<String> kept) {
        BigDecimal hours = booked.getOrDefault(code, BigDecimal.ZERO);
        if (!plan.containsKey(code)) {
            kept.add(code + " was already removed by a later change");
        } else if (finished.get(code) == WorkPackageState.DONE) {
            kept.add(code + " stays: it is DONE");
        } else {
            plan.remove(code);
            reverted.add(hours.signum() > 0 ? code + " cancelled: " + hours.setScale(2, RoundingMode.HALF_UP)
                    .toPlainString() + " h already booked stay as spent cost" : "removed " + code);
            return true;
        }
        return false;
    }

    private static void restoreFields(WorkPackageSpec was, WorkPackageSpec set, Map<String, WorkPackageSpec> plan,
                                      Map<String, WorkPackageState> finished, List<String> reverted,
                                      List<String> kept) {
        String code = was.code();
        if (FIELDS.values().stream().allMatch(field -> same(field.apply(was), field.apply(set)))) {
            return;
        }
        WorkPackageSpec now = plan.get(code);
        if (now == null) {
            kept.add(code + " was removed by a later change and is not brought back");
            return;
        }
        if (finished.containsKey(code)) {
            kept.add(code + " keeps its plan: it is " + finished.get(code));
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.forEach((name, field) -> {
            Object before = field.apply(was);
            Object after = field.apply(set);
            Object current = field.apply(now);
            if (same(before, after)) {
                values.put(name, current);
            } else if (same(current, after)) {
                values.put(name, before);
                reverted.add(code + " " + name + " " + show(after) + " -> " + show(before));
            } else {
                values.put(name, current);
                kept.add(code + " " + name + " stays " + show(current) + ": a later change set it after this one");
            }
        });
        @SuppressWarnings("unchecked")
        List<String> predecessors = (List<String>) values.get("predecessors");
        plan.put(code, new WorkPackageSpec(code, (String) values.get("name"), (BigDecimal) values.get("estimateHours"),
                (String) values.get("skill"), (Integer) values.get("skillLevel"), predecessors));
    }

    private static Map<String, List<String>> stranded(Map<String, WorkPackageSpec> plan, Set<String> takenOut) {
        Map<String, List<String>> stranded = new LinkedHashMap<>();
        plan.forEach((code, spec) -> {
            List<String> waitsFor = spec.predecessors().stream().filter(takenOut::contains).toList();
            if (!waitsFor.isEmpty()) {
                stranded.put(code, waitsFor);
            }
        });
        return stranded;
    }

    /** Links to packages the back-out removes are left for {@link #stranded}: those are refused, not dropped. */
    private static void dropLinksToMissingPackages(Map<String, WorkPackageSpec> plan, Set<String> takenOut,
                                                   List<String> kept) {
        plan.replaceAll((code, spec) -> {
            List<String> missing = spec.predecessors().stream()
                    .filter(p -> !plan.containsKey(p) && !takenOut.contains(p)).toList();
            if (missing.isEmpty()) {
                return spec;
            }
            kept.add(code + " no longer waits for " + String.join(", ", missing) + ": not in the plan any more");
            return new WorkPackageSpec(code, spec.name(), spec.estimateHours(), spec.skill(), spec.skillLevel(),
                    spec.predecessors().stream().filter(p -> !missing.contains(p)).toList());
        });
    }

    private static Map<String, Function<WorkPackageSpec, Object>> fields() {
        Map<String, Function<WorkPackageSpec, Object>> fields = new LinkedHashMap<>();
        fields.put("name", WorkPackageSpec::name);
        fields.put("estimateHours", WorkPackageSpec::estimateHours);
        fields.put("skill", WorkPackageSpec::skill);
        fields.put("skillLevel", WorkPackageSpec::skillLevel);
        fields.put("predecessors", WorkPackageSpec::predecessors);
        return fields;
    }

    /** Hours compare by value: 40 and 40.00 are the same plan. */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String show(Object value) {
        if (value instanceof BigDecimal hours) {
            return hours.stripTrailingZeros().toPlainString() + " h";
        }
        if (value instanceof List<?> codes) {
            return codes.isEmpty() ? "(none)" : codes.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(value);
    }

    private static Map<String, WorkPackageSpec> byCode(List<WorkPackageSpec> specs) {
        Map<String, WorkPackageSpec> byCode = new LinkedHashMap<>();
        specs.forEach(spec -> byCode.put(spec.code(), spec));
        return byCode;
    }
}
