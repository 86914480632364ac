package io.charterline.change;

import io.charterline.plan.Plan;
import io.charterline.plan.PlannedPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a package a change cancels keeps of its budget: the cost already spent on it, at most its planned cost. As
 * PMI has it, the budget of work performed stays in the budget at completion when the rest of the work is
 * cancelled; only what is not spent yet is saved. Spending beyond the planned cost is an overrun that the cost
 * variance shows, not budget. The impact analysis saves only the rest; the baseline the change records keeps it
 * ({@link io.charterline.plan.Plan#keeping}).
 */
final class RetainedCost {

    private RetainedCost() {
    }

    /** Actual cost to date: the hours booked at the rate the package was planned at, to the cent. */
    static BigDecimal spent(BigDecimal actualHours, BigDecimal hourlyRate) {
        return actualHours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What the project's work has cost so far, as earned value counts it: the hours booked on each package of the
     * plan at its planned rate, and the spent cost that packages removed by earlier changes keep in it. Money spent
     * cannot be un-approved, so no change may take the approved budget below it.
     */
    static BigDecimal spentSoFar(Plan plan, Map<String, BigDecimal> actualHours) {
        BigDecimal spent = plan.cancelledWorkBudget();
        for (PlannedPackage planned : plan.packages()) {
            spent = spent.add(spent(actualHours.getOrDefault(planned.code(), BigDecimal.ZERO), planned.hourlyRate()));
        }
        return spent;
    }

    static BigDecimal retained(BigDecimal plannedCost, BigDecimal spentCost) {
        return spentCost.min(plannedCost).max(BigDecimal.ZERO);
    }
}
