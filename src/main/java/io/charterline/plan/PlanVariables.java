package io.charterline.plan;

import io.charterline.platform.text.Money;
import io.charterline.project.LifecycleVariables;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Written (String): the budget at completion as money ("$93,500.00"), for the gate form. */
    public static final String BUDGET_AT_COMPLETION_TEXT = "budgetAtCompletionText";

    /** Written (String, yyyy-MM-dd): the baseline's last working day. */
    public static final String PLANNED_FINISH = "plannedFinish";

    /** Written (Boolean): the budget at completion exceeds the charter's budget. */
    public static final String OVER_BUDGET = "overBudget";

    /** Written (String): a few readable lines on the plan for the gate form. */
    public static final String BASELINE_SUMMARY = "baselineSummary";

    /**
     * The baseline variables, as the plan gate sets them for v1 and as the lifecycle instance shows each later
     * version, so the instance shows one baseline.
     */
    public static Map<String, Object> ofBaseline(int version, PlanSummary summary) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BASELINE_VERSION, version);
        variables.put(BUDGET_AT_COMPLETION, summary.budgetAtCompletion().doubleValue());
        variables.put(BUDGET_AT_COMPLETION_TEXT, Money.of(summary.budgetAtCompletion()));
        variables.put(PLANNED_FINISH, summary.plannedFinish().toString());
        variables.put(OVER_BUDGET, summary.overBudget());
        variables.put(BASELINE_SUMMARY, summary.text());
        return variables;
    }

    private PlanVariables() {
    }
}
