package io.charterline.monitoring;

import io.charterline.monitoring.KpiInputs.PackageProgress;
import io.charterline.monitoring.KpiInputs.PackageState;
import io.charterline.monitoring.KpiInputs.PlannedPackage;
import io.charterline.risk.OpenItemCounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Earned value figures of a project on its status date, from its baseline and the progress booked against it.
 *
 * <p><b>Planned value</b> is time-phased linearly over each package's planned working days (Monday to Friday,
 * start and finish included): on the status date a package has planned {@code cost × elapsed working days /
 * planned working days}, where the status date counts as a full day. A package planned only on a weekend has
 * no working days; its whole cost is planned once the status date reaches its finish.
 *
 * <p><b>Earned value</b> follows the 0/50/100 rule: a package earns nothing until it starts, half its planned
 * cost once it is in progress and all of it when done. Charterline records a package's state (a Tasklist task
 * open or completed, hours booked), not a percent complete, so a fixed-formula rule is the honest choice: it
 * needs no one's guess of "70 % done". We take 0/50/100 rather than 0/100 because packages may span more than
 * one status cycle; under 0/100 a project whose packages are all well under way would show an SPI far below
 * 0.8 and be escalated RED for work that is merely unfinished. Keeping packages short (the 8/80 rule) keeps
 * the error of the 50 % credit small.
 *
 * <p><b>Actual cost</b> is every cost booked, including on packages a change has since removed from the
 * baseline: money spent stays spent. Such a package keeps what was spent on it, up to its planned cost, in the
 * budget at completion ({@link KpiInputs#cancelledWorkBudget()}); that budget counts as planned and earned in full,
 * the work being performed and closed, so a project with all its work done still earns its BAC. Spending on it
 * beyond its planned cost earns nothing.
 *
 * <p><b>Cancelled work</b> that the baseline still holds (the termination cancels all open work and leaves the
 * baseline as it was) follows the same rule: a cancelled package plans and earns what was spent on it, up to its
 * planned cost; the rest of its cost is work that will not be performed, neither planned nor earned. So sunk cost
 * does not read as unearned, and only overruns lower the CPI.
 *
 * <p><b>Estimate at completion</b> is BAC / CPI while work is open. Once no package of the baseline is open (all
 * done or cancelled) nothing remains to be spent: EAC is the actual cost and ETC is 0. For a project that did all
 * its work that is BAC / CPI as well; for a terminated one it is the honest figure, as no forecast applies to work
 * that will never be done.
 *
 * <p>Divisions by zero: SPI is 1 while nothing is planned (a project before its start is on plan). CPI is
 * null while nothing is spent: there is no cost to measure, and a 1 would read as "on budget"; EAC is then BAC.
 * With money spent and nothing earned CPI is 0 and BAC / CPI is undefined, so EAC falls back to
 * AC + (BAC − EV), the forecast that assumes the rest goes to plan.
 */
public class EarnedValueCalculator {

    private static final int MONEY_SCALE = 2;
    private static final int RATIO_SCALE = 4;
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public KpiFigures calculate(KpiInputs inputs, OpenItemCounts openItems) {
        Map<String, PackageProgress> progress = inputs.progress().stream()
                .collect(Collectors.toMap(PackageProgress::code, Function.identity()));
        LocalDate statusDate = inputs.statusDate();

        BigDecimal plannedValue = inputs.cancelledWorkBudget();
        BigDecimal earnedValue = inputs.cancelledWorkBudget();
        int due = 0;
        int doneOfDue = 0;
        boolean workOpen = false;
        BigDecimal donePlannedCost = BigDecimal.ZERO;
        BigDecimal doneCostError = BigDecimal.ZERO;
        for (PlannedPackage workPackage : inputs.packages()) {
            PackageProgress booked = progress.get(workPackage.code());
            PackageState state = booked == null ? PackageState.NOT_STARTED : booked.state();
            BigDecimal spent = booked == null ? BigDecimal.ZERO : booked.actualCost();
            plannedValue = plannedValue.add(state == PackageState.CANCELLED
                    ? retained(workPackage, spent) : plannedValue(workPackage, statusDate));
            earnedValue = earnedValue.add(earnedValue(workPackage, state, spent));
            workOpen |= state != PackageState.DONE && state != PackageState.CANCELLED;
            if (!workPackage.plannedFinish().isAfter(statusDate)) {
                due++;
                doneOfDue += state == PackageState.DONE ? 1 : 0;
            }
            if (state == PackageState.DONE) {
                BigDecimal actual = booked.actualCost();
                donePlannedCost = donePlannedCost.add(workPackage.plannedCost());
                doneCostError = doneCostError.add(actual.subtract(workPackage.plannedCost()).abs());
            }
        }
        BigDecimal actualCost = sum(inputs.progress().stream().map(PackageProgress::actualCost));
        BigDecimal actualHours = sum(inputs.progress().stream().map(PackageProgress::actualHours));
        BigDecimal beyondEntries = sum(inputs.progress().stream().map(PackageProgress::hoursBeyondTimeEntries));
        BigDecimal baselineHours = sum(inputs.packages().stream().map(PlannedPackage::estimateHours));

        BigDecimal bac = inputs.budgetAtCompletion();
        BigDecimal eac = workOpen ? estimateAtCompletion(bac, earnedValue, actualCost) : actualCost;
        return new KpiFigures(
                statusDate,
                money(plannedValue),
                money(earnedValue),
                money(actualCost),
                money(earnedValue.subtract(plannedValue)),
                money(earnedValue.subtract(actualCost)),
                ratioOr(earnedValue, plannedValue, BigDecimal.ONE),
                actualCost.signum() == 0 ? null : ratioOr(earnedValue, actualCost, BigDecimal.ONE),
                money(bac),
                money(eac),
                money(eac.subtract(actualCost)),
                money(bac.subtract(eac)),
                money(inputs.approvedBudget()),
                money(inputs.approvedBudget().subtract(eac)),
                ratioOr(BigDecimal.valueOf(doneOfDue), BigDecimal.valueOf(due), BigDecimal.ONE),
                budgetAccuracy(donePlannedCost, doneCostError),
                inputs.packages().stream().map(PlannedPackage::plannedFinish).max(Comparator.naturalOrder())
                        .orElse(null),
                inputs.approvedChanges(),
                baselineHours.setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                inputs.baselineV1Hours().setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                ratioOr(baselineHours.subtract(inputs.baselineV1Hours()), inputs.baselineV1Hours(), BigDecimal.ZERO),
                actualHours.setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                beyondEntries.setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                inputs.resourceUtilisation().setScale(RATIO_SCALE, RoundingMode.HALF_UP),
                openItems.risks(),
                openItems.issues());
    }

    static BigDecimal plannedValue(PlannedPackage workPackage, LocalDate statusDate) {
        if (statusDate.isBefore(workPackage.plannedStart())) {
            return BigDecimal.ZERO;
        }
        if (!statusDate.isBefore(workPackage.plannedFinish())) {
            return workPackage.plannedCost();
        }
        long planned = workingDays(workPackage.plannedStart(), workPackage.plannedFinish());
        if (planned == 0) {
            return BigDecimal.ZERO;
        }
        long elapsed = workingDays(workPackage.plannedStart(), statusDate);
        return workPackage.plannedCost().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(planned), PRECISION);
    }

    private static BigDecimal earnedValue(PlannedPackage workPackage, PackageState state, BigDecimal spent) {
        return switch (state) {
            case NOT_STARTED -> BigDecimal.ZERO;
            case IN_PROGRESS -> workPackage.plannedCost().divide(BigDecimal.valueOf(2), PRECISION);
            case DONE -> workPackage.plannedCost();
            case CANCELLED -> retained(workPackage, spent);
        };
    }

    /** What a cancelled package keeps of its cost: what was spent on it, at most its planned cost. */
    private static BigDecimal retained(PlannedPackage workPackage, BigDecimal spent) {
        return spent.min(workPackage.plannedCost());
    }

    private static BigDecimal estimateAtCompletion(BigDecimal bac, BigDecimal earnedValue, BigDecimal actualCost) {
        if (actualCost.signum() == 0) {
            return bac;
        }
        if (earnedValue.signum() == 0) {
            return actualCost.add(bac);
        }
        // BAC / CPI with CPI = EV / AC, unrounded, so the forecast does not inherit the index's rounding.
        return bac.multiply(actualCost).divide(earnedValue, PRECISION);
    }

    private static BigDecimal budgetAccuracy(BigDecimal donePlannedCost, BigDecimal doneCostError) {
        if (donePlannedCost.signum() == 0) {
            return BigDecimal.ONE.setScale(RATIO_SCALE);
        }
        BigDecimal accuracy = BigDecimal.ONE.subtract(doneCostError.divide(donePlannedCost, PRECISION));
        return accuracy.max(BigDecimal.ZERO).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** Working days (Monday to Friday) from {@code from} to {@code to}, both included. */
    static long workingDays(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate day = from.plusWeeks(weeks); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private static BigDecimal ratioOr(BigDecimal numerator, BigDecimal denominator, BigDecimal whenUndefined) {
        if (denominator.signum() == 0) {
            return whenUndefined.setScale(RATIO_SCALE, RoundingMode.HALF_UP);
        }
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(Stream<BigDecimal> values) {
        return values.reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
