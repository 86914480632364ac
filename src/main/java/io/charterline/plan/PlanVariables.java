package io.charterline.plan;

import io.charterline.project.LifecycleVariables;

/**
 * The variables the plan step of {@code project-lifecycle} reads and writes: the plan form's CSV and what
 * {@link BuildBaselineDelegate} and {@link ApproveBaselineDelegate} hand to the plan gate.
 */
public final class PlanVariables {

    /** Read: the project the plan belongs to. */
    public static final String PROJECT_KEY = LifecycleVariables.PROJECT_KEY;

    /** Read, optional: the plan form's textarea, CSV with the header of {@link WorkPackageParser#CSV_COLUMNS}. */
    public static final String WORK_PACKAGES_CSV = "workPackagesCsv";

    /** Written (Integer): the baseline version built or approved. */
    public static final String BASELINE_VERSION = "baselineVersion";

    /** Written (Double): the baseline's budget at completion. */
    public static final String BUDGET_AT_COMPLETION = "budgetAtCompletion";

    /** Written (String, yyyy-MM-dd): the baseline's last working day. */
    public static final String PLANNED_FINISH = "plannedFinish";

    /** Written (Boolean): the budget at completion exceeds the charter's budget. */
    public static final String OVER_BUDGET = "overBudget";

    /** Written (String): a few readable lines on the plan for the gate form. */
    public static final String BASELINE_SUMMARY = "baselineSummary";

    private PlanVariables() {
    }
}
