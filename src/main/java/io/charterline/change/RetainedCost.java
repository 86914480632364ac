package io.charterline.change;

import io.charterline.plan.Plan;
import io.charterline.plan.PlannedPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a package a change cancels keeps of its budget: the cost already spent on it, at most its planned cost. As
 * PMI has it, the budget of work performed stays in the budget at completion when the rest of the work is
 * cancelled; only what is not spent yet is saved. Spending beyond the planned cost is an overrun that the cost
 * variance shows, not budget.
 */
final class RetainedCost {

    private RetainedCost() {
    }

    /** Actual cost to date: the hours booked at the rate the package was planned at, to the cent. */
    static BigDecimal spent(BigDecimal actualHours, BigDecimal hourlyRate) {
        return actualHours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal retained(BigDecimal plannedCost, BigDecimal spentCost) {
        return spentCost.min(plannedCost).max(BigDecimal.ZERO);
    }

    /** The planned costs of the plan's packages, without the budget it keeps for cancelled work. */
    static BigDecimal packagesCost(Plan plan) {
        return plan.packages().stream().map(PlannedPackage::plannedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
