package io.charterline.plan;

import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The figures of a plan against its charter, as the upload answer and the plan gate show them. */
public record PlanSummary(
        String projectKey,
        int packageCount,
        BigDecimal totalHours,
        BigDecimal budgetAtCompletion,
        BigDecimal budget,
        boolean overBudget,
        LocalDate startDate,
        LocalDate plannedFinish,
        LocalDate targetEnd,
        int durationDays,
        List<String> criticalPath) {

    /** Beyond this, the gate form would show a wall of codes; the baseline keeps the whole path. */
    static final int CRITICAL_PATH_SHOWN = 30;

    public static PlanSummary of(Project project, Plan plan) {
        return new PlanSummary(project.getKey(), plan.packages().size(), plan.totalHours(),
                plan.budgetAtCompletion(), project.getBudget(),
                plan.budgetAtCompletion().compareTo(project.getBudget()) > 0, plan.startDate(), plan.finishDate(),
                project.getTargetEnd(), plan.durationDays(), plan.criticalPath());
    }

    /** A few readable lines for the plan gate form. */
    public String text() {
        NumberFormat money = Money.format();
        BigDecimal difference = budgetAtCompletion.subtract(budget);
        String cost = overBudget
                ? "OVER BUDGET by " + money.format(difference)
                : "within budget, " + money.format(difference.negate()) + " to spare";
        long daysFromTarget = ChronoUnit.DAYS.between(targetEnd, plannedFinish);
        String finish = daysFromTarget > 0 ? Counted.of(daysFromTarget, "calendar day") + " LATE"
                : daysFromTarget < 0 ? Counted.of(-daysFromTarget, "calendar day") + " early" : "on the target date";
        List<String> shown = criticalPath.size() > CRITICAL_PATH_SHOWN
                ? criticalPath.subList(0, CRITICAL_PATH_SHOWN) : criticalPath;
        String more = criticalPath.size() > shown.size()
                ? " -> ... (" + (criticalPath.size() - shown.size()) + " more)" : "";
        return """
                %s, %s hours, %s from %s.
                Budget at completion %s against the charter budget %s: %s.
                Planned finish %s against the target end %s: %s.
                Critical path (%s): %s%s"""
                .formatted(Counted.of(packageCount, "work package"), totalHours.stripTrailingZeros().toPlainString(),
                        Counted.of(durationDays, "working day"), startDate,
                        money.format(budgetAtCompletion), money.format(budget), cost, plannedFinish, targetEnd,
                        finish, Counted.of(criticalPath.size(), "package"), String.join(" -> ", shown), more);
    }
}
