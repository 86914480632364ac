package io.charterline.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a status cycle knows about a project on its status date: the current baseline's work packages, the
 * progress booked against them, the budget at completion, the approved budget, scope and utilisation figures.
 * Built by code from our own tables, so a broken input is a programming error and fails at once with the field
 * that is wrong.
 *
 * @param packages            the current baseline's work packages (after approved changes)
 * @param progress            progress per package code; a package without an entry has not started. Packages
 *                            no longer in {@code packages} (a change removed them) keep their entry: their
 *                            actual cost counts, they earn nothing beyond {@code cancelledWorkBudget}. A package
 *                            of {@code packages} CANCELLED (by the termination) plans and earns what was spent
 *                            on it, up to its planned cost
 * @param statusDate          the day the figures are as of, counted as a full working day
 * @param budgetAtCompletion  the baseline's BAC
 * @param cancelledWorkBudget the part of the BAC that no package of {@code packages} holds: the budget that
 *                            packages a change removed keep for the work done on them (what was spent, up to
 *                            their planned cost). That work is performed and closed: planned and earned in full
 * @param approvedBudget      the project's approved budget as the inputs are read: the charter's budget plus the
 *                            budget changes of the change requests approved so far
 * @param baselineV1Hours     the estimate hours of baseline v1, the yardstick for scope growth
 * @param approvedChanges     change requests approved and applied to the baseline, not backed out
 * @param resourceUtilisation booked hours over available hours of the project's people (1.0 = fully booked)
 */
public record KpiInputs(
        List<PlannedPackage> packages,
        List<PackageProgress> progress,
        LocalDate statusDate,
        BigDecimal budgetAtCompletion,
        BigDecimal cancelledWorkBudget,
        BigDecimal approvedBudget,
        BigDecimal baselineV1Hours,
        int approvedChanges,
        BigDecimal resourceUtilisation) {

    /**
     * Where a package stands. CANCELLED is work the baseline still plans but that will not be done: the termination
     * cancels all open work and leaves the baseline as it was.
     */
    public enum PackageState {
        NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
    }

    /** A work package as the baseline plans it; planned start and finish are both working days of the package. */
    public record PlannedPackage(String code, BigDecimal plannedCost, LocalDate plannedStart, LocalDate plannedFinish,
                                 BigDecimal estimateHours) {

        public PlannedPackage {
            require(code != null && !code.isBlank(), "packages[].code is required");
            nonNegative(plannedCost, "packages[" + code + "].plannedCost");
            require(plannedStart != null, "packages[" + code + "].plannedStart is required");
            require(plannedFinish != null, "packages[" + code + "].plannedFinish is required");
            require(!plannedFinish.isBefore(plannedStart),
                    "packages[" + code + "].plannedFinish " + plannedFinish + " is before plannedStart " + plannedStart);
            nonNegative(estimateHours, "packages[" + code + "].estimateHours");
        }
    }

    /**
     * What has happened to one package so far.
     *
     * @param hoursBeyondTimeEntries of {@code actualHours}, what its completion reported beyond its time entries
     */
    public record PackageProgress(String code, PackageState state, BigDecimal actualHours, BigDecimal actualCost,
                                  BigDecimal hoursBeyondTimeEntries) {

        public PackageProgress {
            require(code != null && !code.isBlank(), "progress[].code is required");
            require(state != null, "progress[" + code + "].state is required");
            nonNegative(actualHours, "progress[" + code + "].actualHours");
            nonNegative(actualCost, "progress[" + code + "].actualCost");
            nonNegative(hoursBeyondTimeEntries, "progress[" + code + "].hoursBeyondTimeEntries");
        }
    }

    public KpiInputs {
        require(packages != null, "packages is required (may be empty)");
        require(progress != null, "progress is required (may be empty)");
        require(statusDate != null, "statusDate is required");
        nonNegative(budgetAtCompletion, "budgetAtCompletion");
        nonNegative(cancelledWorkBudget, "cancelledWorkBudget");
        nonNegative(approvedBudget, "approvedBudget");
        nonNegative(baselineV1Hours, "baselineV1Hours");
        require(approvedChanges >= 0, "approvedChanges must be 0 or more, not " + approvedChanges);
        nonNegative(resourceUtilisation, "resourceUtilisation");
        packages = List.copyOf(packages);
        progress = List.copyOf(progress);
        unique(packages.stream().map(PlannedPackage::code).toList(), "packages");
        unique(progress.stream().map(PackageProgress::code).toList(), "progress");
    }

    private static void unique(List<String> codes, String field) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            require(seen.add(code), field + " names package " + code + " twice");
        }
    }

    private static void nonNegative(BigDecimal value, String field) {
        require(value != null, field + " is required");
        require(value.signum() >= 0, field + " must be 0 or more, not " + value.toPlainString());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid KPI inputs: " + message);
        }
    }
}
