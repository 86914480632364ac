package io.charterline.plan;

import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one baseline version to the next: packages added, removed and modified (with each changed
 * field's old and new value), and how the budget at completion and the finish moved (calendar days).
 */
public record BaselineDiff(
        Integer previousVersion,
        List<PackageValues> added,
        List<PackageValues> removed,
        List<ModifiedPackage> modified,
        BigDecimal budgetAtCompletionDelta,
        long finishDeltaDays) {

    public BaselineDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        modified = List.copyOf(modified);
    }

    /** A package's planned values as a baseline holds them. */
    public record PackageValues(String code, String name, BigDecimal estimateHours, String skill, int skillLevel,
                                List<String> predecessors, LocalDate plannedStart, LocalDate plannedFinish,
                                BigDecimal plannedCost) {

        static PackageValues of(PlannedPackage p) {
            WorkPackageSpec spec = p.spec();
            return new PackageValues(p.code(), spec.name(), spec.estimateHours(), spec.skill(), spec.skillLevel(),
                    spec.predecessors(), p.schedule().plannedStart(), p.schedule().plannedFinish(), p.plannedCost());
        }
    }

    public record FieldChange(Object oldValue, Object newValue) {
    }

    /** A package in both versions whose plan differs: field name to old and new value. */
    public record ModifiedPackage(String code, Map<String, FieldChange> changes) {
    }

    /** The diff of the first version: everything added. */
    public static BaselineDiff first(Plan plan) {
        return new BaselineDiff(null, plan.packages().stream().map(PackageValues::of).toList(), List.of(),
                List.of(), plan.budgetAtCompletion(), 0);
    }

    public static BaselineDiff between(int previousVersion, Plan previous, Plan next) {
        Map<String, PlannedPackage> before = new LinkedHashMap<>();
        previous.packages().forEach(p -> before.put(p.code(), p));
        List<PackageValues> added = new ArrayList<>();
        List<ModifiedPackage> modified = new ArrayList<>();
        for (PlannedPackage after : next.packages()) {
            PlannedPackage old = before.remove(after.code());
            if (old == null) {
                added.add(PackageValues.of(after));
            } else {
                Map<String, FieldChange> changes = changes(PackageValues.of(old), PackageValues.of(after));
                if (!changes.isEmpty()) {
                    modified.add(new ModifiedPackage(after.code(), changes));
                }
            }
        }
        return new BaselineDiff(previousVersion, added, before.values().stream().map(PackageValues::of).toList(),
                modified, next.budgetAtCompletion().subtract(previous.budgetAtCompletion()),
                ChronoUnit.DAYS.between(previous.finishDate(), next.finishDate()));
    }

    private static Map<String, FieldChange> changes(PackageValues old, PackageValues now) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        compare(changes, "name", old.name(), now.name());
        compare(changes, "estimateHours", old.estimateHours(), now.estimateHours());
        compare(changes, "skill", old.skill(), now.skill());
        compare(changes, "skillLevel", old.skillLevel(), now.skillLevel());
        compare(changes, "predecessors", old.predecessors(), now.predecessors());
        compare(changes, "plannedStart", old.plannedStart(), now.plannedStart());
        compare(changes, "plannedFinish", old.plannedFinish(), now.plannedFinish());
        compare(changes, "plannedCost", old.plannedCost(), now.plannedCost());
        return changes;
    }

    private static void compare(Map<String, FieldChange> changes, String field, Object old, Object now) {
        boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(old, now);
        if (!same) {
            changes.put(field, new FieldChange(old, now));
        }
    }

    /** One line for the change log. */
    public String summary() {
        return "added %s; removed %s; modified %s; budget at completion %s; finish %s".formatted(
                added.isEmpty() ? "none" : String.join(", ", added.stream().map(PackageValues::code).toList()),
                removed.isEmpty() ? "none" : String.join(", ", removed.stream().map(PackageValues::code).toList()),
                modified.isEmpty() ? "none" : String.join(", ", modified.stream().map(ModifiedPackage::code).toList()),
                Money.signed(budgetAtCompletionDelta),
                Counted.signed(finishDeltaDays, "day"));
    }
}
