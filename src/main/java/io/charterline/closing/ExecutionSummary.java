package io.charterline.closing;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.change.ChangeRequest;
import io.charterline.change.ChangeStatus;
import io.charterline.closing.CloseoutReportData.Cost;
import io.charterline.closing.CloseoutReportData.EarlyCompletion;
import io.charterline.plan.PlannedPackage;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.record.HoursReported;
import io.charterline.record.ProjectRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the sponsor reads before accepting the deliverables: packages done and dropped, hours and cost against the
 * baseline, finish against plan, a cost over the approved budget, the packages completed before their planned
 * start, and the changes on the way; after a termination, first, who terminated the project, when and why.
 * Markdown, as Camunda Forms' text fields render it.
 */
final class ExecutionSummary {

    private final CloseoutFormat format = new CloseoutFormat();

    /**
     * A termination as the sponsor reads it before accepting what was delivered.
     *
     * @param by     who terminated the project, by name
     * @param on     the day, YYYY-MM-DD; null for a project terminated before the day was kept
     * @param reason as given, escaped here
     */
    record Termination(String by, String on, String reason) {
    }

    String of(ProjectRecord record) {
        return of(record, null);
    }

    /** @param termination null unless the project was terminated */
    String of(ProjectRecord record, Termination termination) {
        List<WorkPackage> packages = planned(record);
        long done = packages.stream().filter(wp -> wp.state() == WorkPackageState.DONE).count();
        long cancelled = packages.stream().filter(wp -> wp.state() == WorkPackageState.CANCELLED).count();
        HoursReported hours = record.hoursReported();
        StringBuilder text = new StringBuilder();
        if (termination != null) {
            text.append("- Terminated%s by %s: %s%n".formatted(termination.on() == null ? ""
                            : " on " + termination.on(), escape(termination.by()),
                    termination.reason() == null || termination.reason().isBlank() ? "no reason recorded"
                            : escape(termination.reason().strip().replaceAll("\\s+", " "))));
        }
        text.append("- Work packages: %d of %d done".formatted(done, packages.size()))
                .append(cancelled > 0 ? ", %d cancelled%n".formatted(cancelled) : "%n".formatted());
        if (record.currentBaseline() != null) {
            var plan = record.currentBaseline().plan();
            // Hours a completion reported beyond the time entries are on no day: "booked" would claim they are.
            String reported = hours.beyondEntries()
                    ? format.hours(hours.total()) + " reported (" + format.hoursBeyondTimeEntries(hours.total(),
                    hours.beyondTimeEntries()) + ")"
                    : format.hours(hours.total()) + " booked";
            text.append("- Hours: %s, %s planned in baseline v%d%n".formatted(reported,
                    format.hours(plan.totalHours()), record.currentBaseline().version()));
            text.append("- Cost: %s spent of %s planned (BAC)%n".formatted(format.money(record.actualCost()),
                    format.money(plan.budgetAtCompletion())));
            text.append("- Finish: %s, planned %s%n".formatted(format.date(record.actualFinish()),
                    format.date(plan.finishDate())));
        }
        BigDecimal approved = record.project().getBudget() == null ? null : record.project().getApprovedBudget();
        BigDecimal over = new Cost(record.project().getBudget(), approved, null, record.actualCost())
                .overApprovedBudgetBy();
        if (over != null) {
            text.append("- Closes over its approved budget by %s: %s spent of %s approved%n".formatted(
                    format.money(over), format.money(record.actualCost()), format.money(approved)));
        }
        // Named for the sponsor to check: a completion weeks ahead of the plan may not be the work done.
        EarlyCompletion.in(record).forEach(wp -> text.append(("- Completed before its planned start: %s %s, "
                + "planned start %s, completed on %s, %s reported of %s estimated%n").formatted(wp.code(), wp.name(),
                format.date(wp.plannedStart()), format.date(wp.completedOn()), format.hours(wp.actualHours()),
                format.hours(wp.estimateHours()))));
        List<ChangeRequest> changes = record.changes();
        long backedOut = changes.stream().filter(change -> change.getStatus() == ChangeStatus.BACKED_OUT).count();
        text.append("- Changes: %d requested, %d applied".formatted(changes.size(), record.changesInEffect()))
                .append(backedOut > 0 ? ", %d backed out".formatted(backedOut) : "");
        return text.toString();
    }

    /**
     * The live packages the current baseline plans. A package a change or a back-out took out of the plan is no
     * work the project still owes; counted, it would read as work the termination cancelled. Its hours stay in
     * the hours and the cost.
     */
    private static List<WorkPackage> planned(ProjectRecord record) {
        if (record.currentBaseline() == null) {
            return record.workPackages();
        }
        Set<String> planned = record.currentBaseline().plan().packages().stream().map(PlannedPackage::code)
                .collect(Collectors.toSet());
        return record.workPackages().stream().filter(wp -> planned.contains(wp.code())).toList();
    }
}
