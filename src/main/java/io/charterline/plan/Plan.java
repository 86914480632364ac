package io.charterline.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scheduled and costed plan: what a baseline holds, and what change control compares before it saves one.
 * The budget at completion is the sum of the packages' planned costs, each rounded to cents, plus, in versions
 * that change control recorded, the budget that cancelled work keeps ({@link #keeping}).
 */
public record Plan(
        LocalDate startDate,
        LocalDate finishDate,
        int durationDays,
        BigDecimal totalHours,
        BigDecimal budgetAtCompletion,
        List<PlannedPackage> packages,
        List<String> criticalPath) {

    public Plan {
        packages = List.copyOf(packages);
        criticalPath = List.copyOf(criticalPath);
    }

    /**
     * @param hourlyRates rate per skill code; every package's skill must be in it
     * @param assignees assignee per package code, null where nobody is assigned
     */
    public static Plan of(Schedule schedule, Map<String, BigDecimal> hourlyRates, Function<String, String> assignees) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        List<PlannedPackage> packages = new ArrayList<>(schedule.packages().size());
        for (ScheduledPackage scheduled : schedule.packages()) {
            WorkPackageSpec spec = scheduled.spec();
            BigDecimal rate = hourlyRates.get(spec.skill());
            if (rate == null) {
                throw new IllegalArgumentException("No hourly rate for skill " + spec.skill());
            }
            BigDecimal packageCost = spec.estimateHours().multiply(rate).setScale(2, RoundingMode.HALF_UP);
            hours = hours.add(spec.estimateHours());
            cost = cost.add(packageCost);
            packages.add(new PlannedPackage(scheduled, rate, packageCost, assignees.apply(spec.code())));
        }
        return new Plan(schedule.startDate(), schedule.finishDate(), schedule.durationDays(), hours, cost, packages,
                schedule.criticalPath());
    }

    /**
     * This plan with the budget of cancelled work in its budget at completion: what was spent on packages a change
     * removed, up to their planned cost. That work was performed, so its budget stays (PMI), though no package of
     * the plan holds it any more.
     */
    public Plan keeping(BigDecimal cancelledWorkBudget) {
        return new Plan(startDate, finishDate, durationDays, totalHours, budgetAtCompletion.add(cancelledWorkBudget),
                packages, criticalPath);
    }

    /**
     * The budget of cancelled work this plan keeps: its budget at completion beyond its packages' planned costs.
     */
    public BigDecimal cancelledWorkBudget() {
        return budgetAtCompletion.subtract(packages.stream().map(PlannedPackage::plannedCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The plan as given, to copy and change (add, remove or modify packages) before planning it again. */
    public List<WorkPackageSpec> specs() {
        return packages.stream().map(PlannedPackage::spec).toList();
    }
}
