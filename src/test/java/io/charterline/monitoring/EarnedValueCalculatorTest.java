package io.charterline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.monitoring.KpiInputs.PackageProgress;
import io.charterline.monitoring.KpiInputs.PackageState;
import io.charterline.monitoring.KpiInputs.PlannedPackage;
import io.charterline.risk.OpenItemCounts;
import io.charterline.risk.SeverityCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarnedValueCalculatorTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    private final EarnedValueCalculator calculator = new EarnedValueCalculator();

    /**
     * The fence exercise from Rita Mulcahy's PMP Exam Prep (p. 210 in the edition quoted widely): four sides,
     * $1,000 and one day each, built one after the other; at the end of day 3 sides 1 and 2 are done ($1,000 and
     * $1,200 spent), side 3 is half done ($600 spent), side 4 not started. The book's answers: PV 3,000, EV 2,500,
     * AC 2,800, CV −300, CPI .893, SV −500, SPI .833, EAC 4,479, ETC 1,679, VAC −479. The book rounds CPI to .893
     * before dividing; unrounded, EAC = 4,000 × 2,800 / 2,500 = 4,480, ETC 1,680 and VAC −480.
     * Side 3 "50 % done" is exactly what the 0/50/100 rule credits an in-progress package.
     */
    @Test
    void fenceExampleFromPmpExamPrepGivesTheBooksFigures() {
        KpiInputs inputs = inputs(MON.plusDays(2), "4000",
                List.of(pkg("SIDE-1", "1000", MON, MON), pkg("SIDE-2", "1000", MON.plusDays(1), MON.plusDays(1)),
                        pkg("SIDE-3", "1000", MON.plusDays(2), MON.plusDays(2)),
                        pkg("SIDE-4", "1000", MON.plusDays(3), MON.plusDays(3))),
                List.of(done("SIDE-1", "1000"), done("SIDE-2", "1200"), inProgress("SIDE-3", "600")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.plannedValue()).isEqualByComparingTo("3000");
        assertThat(figures.earnedValue()).isEqualByComparingTo("2500");
        assertThat(figures.actualCost()).isEqualByComparingTo("2800");
        assertThat(figures.scheduleVariance()).isEqualByComparingTo("-500");
        assertThat(figures.costVariance()).isEqualByComparingTo("-300");
        assertThat(figures.spi()).isEqualByComparingTo("0.8333");
        assertThat(figures.cpi()).isEqualByComparingTo("0.8929");
        assertThat(figures.budgetAtCompletion()).isEqualByComparingTo("4000");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("4480");
        assertThat(figures.estimateToComplete()).isEqualByComparingTo("1680");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("-480");
        // Sides 1–3 were due, two are done; done sides planned 2,000 and missed by 200 in total.
        assertThat(figures.scheduleAdherence()).isEqualByComparingTo("0.6667");
        assertThat(figures.budgetAccuracy()).isEqualByComparingTo("0.9000");
        assertThat(figures.plannedFinish()).isEqualTo(MON.plusDays(3));
    }

    /**
     * A change cancelled B after 600 of its 1,000 were spent; the baseline keeps those 600 in its BAC of 1,600
     * beside A (1,000, Monday), which is done at cost. All work is done: PV = EV = AC = BAC = 1,600, SPI and
     * CPI 1, EAC 1,600. Without B's kept budget earned, EV 1,000 would give CPI 0.625 and EAC 2,560.
     */
    @Test
    void budgetKeptForCancelledWorkIsPlannedAndEarnedInFull() {
        KpiInputs inputs = new KpiInputs(List.of(pkg("A", "1000", MON, MON)),
                List.of(done("A", "1000"), new PackageProgress("B", PackageState.NOT_STARTED, new BigDecimal("6"),
                        new BigDecimal("600"), BigDecimal.ZERO)),
                MON, new BigDecimal("1600"), new BigDecimal("600"), new BigDecimal("2000"), new BigDecimal("16"), 1,
                new BigDecimal("0.8"));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.plannedValue()).isEqualByComparingTo("1600");
        assertThat(figures.earnedValue()).isEqualByComparingTo("1600");
        assertThat(figures.actualCost()).isEqualByComparingTo("1600");
        assertThat(figures.spi()).isEqualByComparingTo("1.0000");
        assertThat(figures.cpi()).isEqualByComparingTo("1.0000");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("1600");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("0");
    }

    /**
     * The classic BAC 100,000 case (PV 50,000, EV 40,000, AC 45,000 → SPI 0.80, CPI 0.889, EAC 112,500,
     * ETC 67,500, VAC −12,500), built from packages that span weekends so the linear phasing over working days
     * is what produces PV. Status Friday 13 March 2026: A (30,000, 2–13 March) is fully planned; B and C
     * (20,000 each, 9–20 March, 10 working days) are 5 of 10 days in, 10,000 each; D starts on 23 March.
     */
    /**
     * The fence, terminated at the end of day 3: its open sides are cancelled, side 3 with 600 spent, side 4 never
     * started. Side 3 plans and earns the 600 spent on it, as work a change cancels does; side 4 plans and earns
     * nothing. PV = EV = 2,600, AC 2,800: CPI 0.93, only side 2's overrun. Nothing remains, so EAC = AC = 2,800,
     * ETC 0 and VAC the 1,200 of the budget not spent. Before, side 3 earned nothing: CPI 0.71, EAC 5,600.
     */
    @Test
    void terminatedProjectEarnsWhatWasSpentOnCancelledWorkAndForecastsNothingMore() {
        KpiInputs inputs = inputs(MON.plusDays(2), "4000",
                List.of(pkg("SIDE-1", "1000", MON, MON), pkg("SIDE-2", "1000", MON.plusDays(1), MON.plusDays(1)),
                        pkg("SIDE-3", "1000", MON.plusDays(2), MON.plusDays(2)),
                        pkg("SIDE-4", "1000", MON.plusDays(3), MON.plusDays(3))),
                List.of(done("SIDE-1", "1000"), done("SIDE-2", "1200"), cancelled("SIDE-3", "600"),
                        cancelled("SIDE-4", "0")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.plannedValue()).isEqualByComparingTo("2600");
        assertThat(figures.earnedValue()).isEqualByComparingTo("2600");
        assertThat(figures.actualCost()).isEqualByComparingTo("2800");
        assertThat(figures.cpi()).isEqualByComparingTo("0.9286");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("2800");
        assertThat(figures.estimateToComplete()).isEqualByComparingTo("0");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("1200");
    }

    @Test
    void cancelledWorkEarnsAtMostItsPlannedCost() {
        KpiInputs inputs = inputs(MON, "1000", List.of(pkg("A", "1000", MON, MON)),
                List.of(cancelled("A", "1300")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.earnedValue()).isEqualByComparingTo("1000");
        assertThat(figures.cpi()).isEqualByComparingTo("0.7692");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("1300");
    }

    @Test
    void bac100000ExampleTimePhasesPlannedValueOverWorkingDays() {
        KpiInputs inputs = inputs(LocalDate.of(2026, 3, 13), "100000",
                List.of(pkg("A", "30000", MON, LocalDate.of(2026, 3, 13)),
                        pkg("B", "20000", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20)),
                        pkg("C", "20000", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20)),
                        pkg("D", "30000", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 3))),
                List.of(done("A", "33000"), inProgress("B", "12000")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.plannedValue()).isEqualByComparingTo("50000");
        assertThat(figures.earnedValue()).isEqualByComparingTo("40000");
        assertThat(figures.actualCost()).isEqualByComparingTo("45000");
        assertThat(figures.scheduleVariance()).isEqualByComparingTo("-10000");
        assertThat(figures.costVariance()).isEqualByComparingTo("-5000");
        assertThat(figures.spi()).isEqualByComparingTo("0.8000");
        assertThat(figures.cpi()).isEqualByComparingTo("0.8889");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("112500");
        assertThat(figures.estimateToComplete()).isEqualByComparingTo("67500");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("-12500");
        assertThat(figures.scheduleAdherence()).isEqualByComparingTo("1");
        assertThat(figures.budgetAccuracy()).isEqualByComparingTo("0.9");
        assertThat(figures.plannedFinish()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void forecastOverTheBaselineButWithinTheApprovedBudgetLeavesHeadroom() {
        // A change added 1,000 of budget but no work: EAC 4,480 is 480 over BAC 4,000 yet 520 under 5,000.
        KpiFigures figures = calculator.calculate(fence("5000"), OpenItemCounts.NONE);

        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("-480");
        assertThat(figures.approvedBudget()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(figures.budgetHeadroomAtCompletion()).isEqualTo(new BigDecimal("520.00"));
    }

    @Test
    void forecastBeyondTheApprovedBudgetHasNegativeHeadroom() {
        // EAC 4,480 against 4,200 approved: the forecast needs 280 more than was approved.
        KpiFigures figures = calculator.calculate(fence("4200"), OpenItemCounts.NONE);

        assertThat(figures.approvedBudget()).isEqualTo(new BigDecimal("4200.00"));
        assertThat(figures.budgetHeadroomAtCompletion()).isEqualTo(new BigDecimal("-280.00"));
    }

    @Test
    void headroomAgainstAForecastWithEndlessDecimalsIsInCents() {
        // EV 300 (A half done), AC 400: EAC = 1,000 × 400 / 300 = 1,333.33…; 1,500 − 1,333.33… = 166.67.
        KpiInputs inputs = inputs(MON, "1000", "1500", List.of(pkg("A", "600", MON, MON), pkg("B", "400", MON, MON)),
                List.of(new PackageProgress("A", PackageState.IN_PROGRESS, new BigDecimal("8"), new BigDecimal("400"),
                        BigDecimal.ZERO)));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.estimateAtCompletion()).isEqualTo(new BigDecimal("1333.33"));
        assertThat(figures.budgetHeadroomAtCompletion()).isEqualTo(new BigDecimal("166.67"));
    }

    @Test
    void weekendDaysAddNoPlannedValue() {
        // Thursday 5 to Wednesday 11 March: Thu, Fri, Mon, Tue, Wed are five working days of 1,000 each.
        PlannedPackage spanning = pkg("W", "5000", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 11));

        assertThat(EarnedValueCalculator.plannedValue(spanning, LocalDate.of(2026, 3, 6))).isEqualByComparingTo("2000");
        assertThat(EarnedValueCalculator.plannedValue(spanning, LocalDate.of(2026, 3, 7))).isEqualByComparingTo("2000");
        assertThat(EarnedValueCalculator.plannedValue(spanning, LocalDate.of(2026, 3, 8))).isEqualByComparingTo("2000");
        assertThat(EarnedValueCalculator.plannedValue(spanning, LocalDate.of(2026, 3, 9))).isEqualByComparingTo("3000");
    }

    @Test
    void packageIsUnplannedBeforeItsStartAndFullyPlannedFromItsFinish() {
        PlannedPackage workPackage = pkg("P", "900", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11));

        assertThat(EarnedValueCalculator.plannedValue(workPackage, LocalDate.of(2026, 3, 8))).isEqualByComparingTo("0");
        assertThat(EarnedValueCalculator.plannedValue(workPackage, LocalDate.of(2026, 3, 10))).isEqualByComparingTo("600");
        assertThat(EarnedValueCalculator.plannedValue(workPackage, LocalDate.of(2026, 3, 11))).isEqualByComparingTo("900");
        assertThat(EarnedValueCalculator.plannedValue(workPackage, LocalDate.of(2026, 5, 1))).isEqualByComparingTo("900");
    }

    @Test
    void packagePlannedOnlyOnAWeekendIsPlannedInFullAtItsFinish() {
        PlannedPackage weekend = pkg("CUTOVER", "800", LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8));

        assertThat(EarnedValueCalculator.plannedValue(weekend, LocalDate.of(2026, 3, 7))).isEqualByComparingTo("0");
        assertThat(EarnedValueCalculator.plannedValue(weekend, LocalDate.of(2026, 3, 8))).isEqualByComparingTo("800");
    }

    @Test
    void workingDaysCountMondayToFridayWithBothEndsIncluded() {
        assertThat(EarnedValueCalculator.workingDays(MON, MON)).isEqualTo(1);
        assertThat(EarnedValueCalculator.workingDays(MON, MON.plusDays(4))).isEqualTo(5);
        assertThat(EarnedValueCalculator.workingDays(MON, MON.plusDays(7))).isEqualTo(6);
        assertThat(EarnedValueCalculator.workingDays(MON.plusDays(5), MON.plusDays(6))).isZero();
        assertThat(EarnedValueCalculator.workingDays(MON.plusDays(4), MON.plusDays(24))).isEqualTo(15);
    }

    @Test
    void beforeAnythingIsPlannedOrSpentTheProjectIsOnPlanWithNoCostIndexYet() {
        KpiInputs inputs = inputs(MON.minusDays(7), "10000", List.of(pkg("A", "10000", MON, MON.plusDays(4))),
                List.of());

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.plannedValue()).isEqualByComparingTo("0");
        assertThat(figures.spi()).isEqualByComparingTo("1");
        assertThat(figures.cpi()).as("no cost booked: CPI is not computable, not 'on budget'").isNull();
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("10000");
        assertThat(figures.estimateToComplete()).isEqualByComparingTo("10000");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("0");
        assertThat(figures.scheduleAdherence()).isEqualByComparingTo("1");
        assertThat(figures.budgetAccuracy()).isEqualByComparingTo("1");
    }

    @Test
    void workStartedBeforeAnythingIsPlannedKeepsSpiAtOne() {
        KpiInputs inputs = inputs(MON.minusDays(7), "10000", List.of(pkg("A", "10000", MON, MON.plusDays(4))),
                List.of(inProgress("A", "4000")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.earnedValue()).isEqualByComparingTo("5000");
        assertThat(figures.spi()).isEqualByComparingTo("1");
        assertThat(figures.cpi()).isEqualByComparingTo("1.25");
    }

    @Test
    void moneySpentWithNothingEarnedForecastsActualCostPlusTheWholeBudget() {
        KpiInputs inputs = inputs(MON.plusDays(4), "10000", List.of(pkg("A", "10000", MON, MON.plusDays(9))),
                List.of(new PackageProgress("A", PackageState.NOT_STARTED, new BigDecimal("8"), new BigDecimal("1000"),
                        BigDecimal.ZERO)));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.cpi()).isEqualByComparingTo("0");
        assertThat(figures.estimateAtCompletion()).isEqualByComparingTo("11000");
        assertThat(figures.estimateToComplete()).isEqualByComparingTo("10000");
        assertThat(figures.varianceAtCompletion()).isEqualByComparingTo("-1000");
    }

    @Test
    void costBookedOnAPackageNoLongerInTheBaselineCountsAsActualCostButEarnsNothing() {
        KpiInputs inputs = inputs(MON.plusDays(4), "10000", List.of(pkg("A", "10000", MON, MON.plusDays(4))),
                List.of(done("A", "10000"), inProgress("DROPPED", "2000")));

        KpiFigures figures = calculator.calculate(inputs, OpenItemCounts.NONE);

        assertThat(figures.earnedValue()).isEqualByComparingTo("10000");
        assertThat(figures.actualCost()).isEqualByComparingTo("12000");
        assertThat(figures.actualHours()).isEqualByComparingTo("16");
    }

    @Test
    void budgetAccuracyCountsOverrunsAndUnderrunsAlikeAndStopsAtZero() {
        List<PlannedPackage> packages = List.of(pkg("A", "1000", MON, MON), pkg("B", "1000", MON, MON));

        KpiFigures mixed = calculator.calculate(inputs(MON, "2000", packages,
                List.of(done("A", "1100"), done("B", "900"))), OpenItemCounts.NONE);
        KpiFigures wild = calculator.calculate(inputs(MON, "2000", packages,
                List.of(done("A", "4000"), done("B", "1000"))), OpenItemCounts.NONE);

        assertThat(mixed.budgetAccuracy()).isEqualByComparingTo("0.9");
        assertThat(wild.budgetAccuracy()).isEqualByComparingTo("0");
    }

    @Test
    void scopeAddedShareComparesCurrentBaselineHoursWithBaselineV1() {
        List<PlannedPackage> packages = List.of(pkg("A", "1000", MON, MON), pkg("B", "1000", MON, MON));

        KpiFigures grown = calculator.calculate(withScope(packages, "12", 3), OpenItemCounts.NONE);
        KpiFigures cut = calculator.calculate(withScope(packages, "20", 1), OpenItemCounts.NONE);

        assertThat(grown.baselineHours()).isEqualByComparingTo("16");
        assertThat(grown.scopeAddedShare()).isEqualByComparingTo("0.3333");
        assertThat(grown.approvedChanges()).isEqualTo(3);
        assertThat(cut.scopeAddedShare()).isEqualByComparingTo("-0.2");
    }

    @Test
    void scopeAddedShareIsZeroWithoutBaselineV1Hours() {
        KpiFigures figures = calculator.calculate(withScope(List.of(pkg("A", "1000", MON, MON)), "0", 0),
                OpenItemCounts.NONE);

        assertThat(figures.scopeAddedShare()).isEqualByComparingTo("0");
    }

    @Test
    void utilisationAndOpenItemsArePassedThrough() {
        OpenItemCounts open = new OpenItemCounts(new SeverityCounts(1, 2, 3, 4), new SeverityCounts(5, 6, 7, 8));
        KpiInputs inputs = new KpiInputs(List.of(), List.of(), MON, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, new BigDecimal("0.875"));

        KpiFigures figures = calculator.calculate(inputs, open);

        assertThat(figures.resourceUtilisation()).isEqualByComparingTo("0.875");
        assertThat(figures.openRisks()).isEqualTo(new SeverityCounts(1, 2, 3, 4));
        assertThat(figures.openIssues()).isEqualTo(new SeverityCounts(5, 6, 7, 8));
        assertThat(figures.plannedFinish()).isNull();
    }

    @Test
    void packageFinishingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> pkg("A", "1000", MON.plusDays(1), MON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("packages[A].plannedFinish 2026-03-02 is before plannedStart 2026-03-03");
    }

    @Test
    void negativeCostIsRejected() {
        assertThatThrownBy(() -> pkg("A", "-1", MON, MON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("packages[A].plannedCost must be 0 or more");
    }

    @Test
    void negativeApprovedBudgetIsRejected() {
        assertThatThrownBy(() -> inputs(MON, "1000", "-0.01", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("approvedBudget must be 0 or more, not -0.01");
    }

    @Test
    void packageCodeListedTwiceIsRejected() {
        assertThatThrownBy(() -> inputs(MON, "2000", List.of(pkg("A", "1000", MON, MON), pkg("A", "1000", MON, MON)),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("packages names package A twice");
    }

    /** Inputs whose approved budget is the BAC, as before any change moved money. */
    private static KpiInputs inputs(LocalDate statusDate, String bac, List<PlannedPackage> packages,
                                    List<PackageProgress> progress) {
        return inputs(statusDate, bac, bac, packages, progress);
    }

    private static KpiInputs inputs(LocalDate statusDate, String bac, String approvedBudget,
                                    List<PlannedPackage> packages, List<PackageProgress> progress) {
        BigDecimal hours = packages.stream().map(PlannedPackage::estimateHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KpiInputs(packages, progress, statusDate, new BigDecimal(bac), BigDecimal.ZERO,
                new BigDecimal(approvedBudget), hours, 0, new BigDecimal("0.8"));
    }

    private static KpiInputs withScope(List<PlannedPackage> packages, String v1Hours, int approvedChanges) {
        return new KpiInputs(packages, List.of(), MON, new BigDecimal("2000"), BigDecimal.ZERO, new BigDecimal("2000"),
                new BigDecimal(v1Hours), approvedChanges, BigDecimal.ONE);
    }

    /** The fence of {@link #fenceExampleFromPmpExamPrepGivesTheBooksFigures()}: BAC 4,000, EAC 4,480. */
    private static KpiInputs fence(String approvedBudget) {
        return inputs(MON.plusDays(2), "4000", approvedBudget,
                List.of(pkg("SIDE-1", "1000", MON, MON), pkg("SIDE-2", "1000", MON.plusDays(1), MON.plusDays(1)),
                        pkg("SIDE-3", "1000", MON.plusDays(2), MON.plusDays(2)),
                        pkg("SIDE-4", "1000", MON.plusDays(3), MON.plusDays(3))),
                List.of(done("SIDE-1", "1000"), done("SIDE-2", "1200"), inProgress("SIDE-3", "600")));
    }

    private static PlannedPackage pkg(String code, String cost, LocalDate start, LocalDate finish) {
        return new PlannedPackage(code, new BigDecimal(cost), start, finish, new BigDecimal("8"));
    }

    private static PackageProgress done(String code, String actualCost) {
        return new PackageProgress(code, PackageState.DONE, new BigDecimal("8"), new BigDecimal(actualCost),
                BigDecimal.ZERO);
    }

    private static PackageProgress cancelled(String code, String actualCost) {
        return new PackageProgress(code, PackageState.CANCELLED, BigDecimal.ZERO, new BigDecimal(actualCost),
                BigDecimal.ZERO);
    }

    private static PackageProgress inProgress(String code, String actualCost) {
        return new PackageProgress(code, PackageState.IN_PROGRESS, new BigDecimal("8"), new BigDecimal(actualCost),
                BigDecimal.ZERO);
    }
}
