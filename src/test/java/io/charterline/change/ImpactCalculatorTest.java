package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.FreezePeriodView;
import io.charterline.cmdb.ServiceGraph;
import io.charterline.plan.CriticalPathScheduler;
import io.charterline.plan.Plan;
import io.charterline.plan.StatusDate;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The impact analysis on hand-checked plans and graphs. The plan: A (16 h) before B (8 h) and C (24 h), both
 * before D (8 h); from Monday 2027-01-04 that is A on days 0-1, B on day 2, C on days 2-4, D on day 5: six working
 * days, finish Monday 2027-01-11, critical path A-C-D. All JAVA at 110 an hour: 56 h, 6,160.00.
 */
class ImpactCalculatorTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final Map<String, BigDecimal> RATES = Map.of("JAVA", new BigDecimal("110.00"),
            "TESTING", new BigDecimal("85.00"));
    /** Analysed before the plan starts: nothing has begun, and the status date holds no package back. */
    static final StatusDate BEFORE_START = new StatusDate(START.minusWeeks(1), Set.of());
    static final Instant SATURDAY_22 = Instant.parse("2027-03-06T22:00:00Z");

    static WorkPackageSpec spec(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                Arrays.asList(predecessors));
    }

    static Plan plan(List<WorkPackageSpec> specs) {
        return Plan.of(new CriticalPathScheduler().schedule(specs, START), RATES, code -> null);
    }

    static final Plan DIAMOND = plan(List.of(spec("A", 16), spec("B", 8, "A"), spec("C", 24, "A"),
            spec("D", 8, "B", "C")));

    static WorkPackageChange modify(String code, int hours) {
        return new WorkPackageChange(WorkPackageAction.MODIFY, code, null, BigDecimal.valueOf(hours), null, null,
                null);
    }

    static WorkPackageChange add(String code, int hours, String skill, String... predecessors) {
        return new WorkPackageChange(WorkPackageAction.ADD, code, "Package " + code, BigDecimal.valueOf(hours),
                skill, 2, List.of(predecessors));
    }

    static ChangeProposal proposal(List<WorkPackageChange> changes, List<String> items, Instant windowStart) {
        return new ChangeProposal("Change", "Change", "Because", ChangeType.NORMAL, "requester", changes,
                BigDecimal.ZERO, null, items, windowStart, windowStart.plusSeconds(4 * 3600));
    }

    static ChangeProposal proposal(WorkPackageChange... changes) {
        return proposal(List.of(changes), List.of(), SATURDAY_22);
    }

    static ImpactAnalysis analyse(Plan plan, PortfolioLoad people, ServiceGraph graph,
                                  List<ScheduledChange> others, ChangeProposal proposal) {
        return new ImpactCalculator(RATES, people, graph, others).analyse(
                new ImpactCalculator.AnalysedBaseline(1, plan, new BigDecimal("100000"), LocalDate.of(2027, 6, 30),
                        Map.of(), BEFORE_START),
                proposal);
    }

    /** On {@code plan} with the given hours booked so far, e.g. "B", "6". */
    static ImpactAnalysis analyseWithHoursBooked(Plan plan, ChangeProposal proposal, String... codeHours) {
        Map<String, BigDecimal> booked = new HashMap<>();
        for (int i = 0; i < codeHours.length; i += 2) {
            booked.put(codeHours[i], new BigDecimal(codeHours[i + 1]));
        }
        return new ImpactCalculator(RATES, new InMemoryPortfolio(), ServiceGraphs.catalog(), List.of()).analyse(
                new ImpactCalculator.AnalysedBaseline(1, plan, new BigDecimal("100000"), LocalDate.of(2027, 6, 30),
                        booked, BEFORE_START), proposal);
    }

    static ChangeProposal removeBWithDAfterC() {
        return proposal(new WorkPackageChange(WorkPackageAction.REMOVE, "B", null, null, null, null, List.of()),
                new WorkPackageChange(WorkPackageAction.MODIFY, "D", null, null, null, null, List.of("C")));
    }

    static ImpactAnalysis analyse(ChangeProposal proposal) {
        return analyse(DIAMOND, new InMemoryPortfolio(), ServiceGraphs.catalog(), List.of(), proposal);
    }

    static List<InvalidField> errors(ChangeProposal proposal) {
        return catchThrowableOfType(InvalidInputException.class, () -> analyse(proposal)).fields();
    }

    @Test
    void longerPackageOffTheCriticalPathBecomesCriticalAndMovesTheFinish() {
        // B grows to 40 h = 5 days, days 2-6; D follows on day 7: eight working days, finish Wednesday 01-13.
        ImpactAnalysis impact = analyse(proposal(modify("B", 40)));

        assertThat(DIAMOND.criticalPath()).containsExactly("A", "C", "D");
        assertThat(impact.criticalPath()).containsExactly("A", "B", "D");
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(impact.scheduleSlipDays()).isEqualTo(2);
        assertThat(impact.baselineVersion()).isEqualTo(1);
        assertThat(impact.summary()).contains("- Schedule: slips 2 days; new finish 2027-01-13; critical path "
                + "A -> B -> D");
    }

    @Test
    void shorterPackageOffTheCriticalPathMovesNothing() {
        ImpactAnalysis impact = analyse(proposal(modify("B", 4)));

        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void slipCountsCalendarDaysAcrossTheWeekend() {
        // C grows by one day: seven working days, finish Tuesday 01-12; adding E (8 h) after D on top: Wednesday.
        // Then adding 16 h more to E ends on Friday 01-15: 4 calendar days later than Monday 01-11.
        ImpactAnalysis impact = analyse(proposal(modify("C", 32), add("E", 24, "JAVA", "D")));

        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(impact.scheduleSlipDays()).isEqualTo(4);
    }

    @Test
    void costDeltaIsTheChangeOfTheBudgetAtCompletionWithoutTheBudgetChange() {
        // +32 h JAVA (B 8 -> 40) = +3,520.00, +10 h TESTING (85) = +850.00: 4,370.00 of 6,160.00; the +500.00 of
        // budget is no cost of work
        ChangeProposal proposal = new ChangeProposal("Change", "Change", "Because", ChangeType.NORMAL, "requester",
                List.of(modify("B", 40), add("E", 10, "TESTING", "D")), new BigDecimal("500"), null, List.of(),
                SATURDAY_22, SATURDAY_22.plusSeconds(3600));

        ImpactAnalysis impact = analyse(proposal);

        assertThat(impact.costDelta()).isEqualByComparingTo("4370.00");
        assertThat(impact.budgetAtCompletion()).isEqualByComparingTo("6160.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("70.94");
        assertThat(impact.budgetChange()).isEqualByComparingTo("500.00");
    }

    /** On the diamond (6,160.00 at completion) of a project whose approved budget is {@code approved}. */
    static ImpactAnalysis analyseWithApprovedBudget(String approved, String budgetChange,
                                                    WorkPackageChange... changes) {
        ChangeProposal proposal = new ChangeProposal("Change", "Change", "Because", ChangeType.NORMAL, "requester",
                List.of(changes), new BigDecimal(budgetChange), null, List.of(), SATURDAY_22,
                SATURDAY_22.plusSeconds(3600));
        return new ImpactCalculator(RATES, new InMemoryPortfolio(), ServiceGraphs.catalog(), List.of()).analyse(
                new ImpactCalculator.AnalysedBaseline(1, DIAMOND, new BigDecimal(approved), LocalDate.of(2027, 6, 30),
                        Map.of(), BEFORE_START), proposal);
    }

    @Test
    void budgetCutIsShownAsAMoveOfTheApprovedBudgetNotAsACostOfWork() {
        ImpactAnalysis impact = analyseWithApprovedBudget("10000", "-5000");

        assertThat(impact.summary()).contains("- Cost: +$0.00 (0.00 % of the budget at completion $6,160.00)\n"
                + "- Approved budget: $10,000.00 -> $5,000.00 (-50.00 %); ");
    }

    @Test
    void budgetCutBelowTheForecastAtCompletionIsFlaggedWithItsNegativeHeadroom() {
        // 10,000 - 5,000 = 5,000 approved against the 6,160.00 the unchanged plan costs: 1,160.00 short.
        ImpactAnalysis impact = analyseWithApprovedBudget("10000", "-5000");

        assertThat(impact.summary()).contains("- Approved budget: $10,000.00 -> $5,000.00 (-50.00 %); below the "
                + "forecast at "
                + "completion of $6,160.00: headroom -$1,160.00\n");
    }

    @Test
    void budgetChangeIsNoCostOfWorkButAShareOfTheApprovedBudget() {
        // -5,000 of the approved 10,000 = -50 %; the work does not change
        ImpactAnalysis impact = analyseWithApprovedBudget("10000", "-5000");

        assertThat(impact.costDelta()).isEqualByComparingTo("0.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("0.00");
        assertThat(impact.budgetChangePercent()).isEqualByComparingTo("-50.00");
        assertThat(impact.summary()).contains("- Cost: +$0.00 (0.00 % of the budget at completion $6,160.00)");
    }

    @Test
    void workAndBudgetChangedTogetherAreShownApartWithTheHeadroomLeft() {
        // B 8 -> 40 h JAVA = +3,520.00 (57.14 % of 6,160.00); the plan then costs 9,680.00 at completion, against
        // 100,000 + 500 = 100,500 approved: 90,820.00 of headroom.
        ImpactAnalysis impact = analyseWithApprovedBudget("100000", "500", modify("B", 40));

        assertThat(impact.summary()).contains("- Cost: +$3,520.00 (57.14 % of the budget at completion $6,160.00)\n"
                + "- Approved budget: $100,000.00 -> $100,500.00 (+0.50 %); headroom $90,820.00 over the forecast at "
                + "completion of $9,680.00\n");
    }

    @Test
    void workThatOutgrowsAnUnchangedApprovedBudgetIsFlagged() {
        // B 8 -> 40 h: the plan costs 9,680.00 at completion, 3,180.00 more than the 6,500 approved.
        ImpactAnalysis impact = analyseWithApprovedBudget("6500", "0", modify("B", 40));

        assertThat(impact.summary()).contains("- Approved budget: $6,500.00, unchanged; below the forecast at "
                + "completion of $9,680.00: headroom -$3,180.00\n");
    }

    @Test
    void removingAPackageSavesItsCost() {
        // B removed and D now waits only for C: -8 h = -880.00 of 6,160.00
        ImpactAnalysis impact = analyse(proposal(new WorkPackageChange(WorkPackageAction.REMOVE, "B", null, null,
                null, null, List.of()), new WorkPackageChange(WorkPackageAction.MODIFY, "D", null, null, null, null,
                List.of("C"))));

        assertThat(impact.costDelta()).isEqualByComparingTo("-880.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("-14.29");
        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.summary()).doesNotContain("already spent");
    }

    @Test
    void removingAStartedPackageSavesOnlyItsCostNotSpentYet() {
        // B: 8 h planned = 880.00; 6 h booked = 660.00 spent, so removing it saves 220.00 of 6,160.00 = 3.57 %.
        // The 12 h booked on A, which stays, change nothing.
        ImpactAnalysis impact = analyseWithHoursBooked(DIAMOND, removeBWithDAfterC(), "A", "12", "B", "6");

        assertThat(impact.costDelta()).isEqualByComparingTo("-220.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("-3.57");
        assertThat(impact.removedWork()).containsExactly(new ImpactAnalysis.RemovedWork("B",
                new BigDecimal("880.00"), new BigDecimal("660.00"), new BigDecimal("220.00")));
        assertThat(impact.summary()).contains("- Cost: -$220.00 (-3.57 % of the budget at completion $6,160.00); "
                + "removing B saves $220.00 of $880.00 planned; $660.00 already spent");
    }

    @Test
    void removingAPackageThatSpentMoreThanPlannedSavesNothing() {
        // B: 880.00 planned, 10 h booked = 1,100.00 spent: nothing left to save; the overrun is no budget.
        ImpactAnalysis impact = analyseWithHoursBooked(DIAMOND, removeBWithDAfterC(), "B", "10");

        assertThat(impact.costDelta()).isEqualByComparingTo("0.00");
        assertThat(impact.summary()).contains("removing B saves $0.00 of $880.00 planned; $1,100.00 already spent");
    }

    @Test
    void budgetKeptForWorkCancelledEarlierIsNeitherSavedNorSpentAgain() {
        // A baseline of the diamond's packages (6,160.00) that keeps 300.00 spent on a package an earlier change
        // removed: removing B (nothing booked) saves its 880.00, against a budget at completion of 6,460.00.
        Plan keeping = new Plan(DIAMOND.startDate(), DIAMOND.finishDate(), DIAMOND.durationDays(),
                DIAMOND.totalHours(), new BigDecimal("6460.00"), DIAMOND.packages(), DIAMOND.criticalPath());

        ImpactAnalysis impact = analyseWithHoursBooked(keeping, removeBWithDAfterC());

        assertThat(impact.costDelta()).isEqualByComparingTo("-880.00");
        assertThat(impact.budgetAtCompletion()).isEqualByComparingTo("6460.00");
    }

    @Test
    void modifiedHoursGoToThePersonBookedOnThePackageAndOverloadTheirWeeks() {
        // B (8 h on Wednesday 01-06, booked for dev1) grows to 40 h over Wed 01-06 to Tue 01-12: 24 h in the week
        // of 01-04 and 16 h in the week of 01-11, less the 8 h booked: +16 h in each week. dev1 already has 30 h in
        // each week from all projects (B's 8 h included): 46 h of 40 h.
        InMemoryPortfolio people = new InMemoryPortfolio()
                .book("B", "dev1", LocalDate.of(2027, 1, 4), "8")
                .bookElsewhere("dev1", LocalDate.of(2027, 1, 4), "22")
                .bookElsewhere("dev1", LocalDate.of(2027, 1, 11), "30");

        ImpactAnalysis impact = analyse(DIAMOND, people, ServiceGraphs.catalog(), List.of(),
                proposal(modify("B", 40)));

        assertThat(impact.resourceOverloads()).containsExactly(
                new ImpactAnalysis.ResourceOverload("dev1", LocalDate.of(2027, 1, 4), new BigDecimal("46.00"),
                        new BigDecimal("40.00")),
                new ImpactAnalysis.ResourceOverload("dev1", LocalDate.of(2027, 1, 11), new BigDecimal("46.00"),
                        new BigDecimal("40.00")));
    }

    @Test
    void addedHoursGoToTheQualifiedPersonWithTheMostFreeHours() {
        // E (16 h TESTING after D) runs Tue 01-12 and Wed 01-13. dev2 has 35 h of 40 that week (5 free), dev3
        // 20 h of 24 (4 free): dev2 has more room and gets the 16 h, 51 h of 40.
        InMemoryPortfolio people = new InMemoryPortfolio().qualified("TESTING", "dev2", "dev3")
                .bookElsewhere("dev2", LocalDate.of(2027, 1, 11), "35")
                .bookElsewhere("dev3", LocalDate.of(2027, 1, 11), "20").capacity("dev3", 24);

        ImpactAnalysis impact = analyse(DIAMOND, people, ServiceGraphs.catalog(), List.of(),
                proposal(add("E", 16, "TESTING", "D")));

        assertThat(impact.resourceOverloads()).containsExactly(new ImpactAnalysis.ResourceOverload("dev2",
                LocalDate.of(2027, 1, 11), new BigDecimal("51.00"), new BigDecimal("40.00")));
    }

    @Test
    void workAddedAfterAFinishedPredecessorStartsOnTheStatusDateAndShowsTheSlipAndItsWeeksLoad() {
        // All four packages are done by Wednesday 2027-01-20. E (16 h TESTING after B) would follow B on Thu 01-07,
        // within the plan's finish of Mon 01-11; it can start no earlier than 01-20, so it runs 01-20 and 01-21.
        InMemoryPortfolio people = new InMemoryPortfolio().qualified("TESTING", "dev2")
                .bookElsewhere("dev2", LocalDate.of(2027, 1, 4), "35")
                .bookElsewhere("dev2", LocalDate.of(2027, 1, 18), "35");
        StatusDate wednesday = new StatusDate(LocalDate.of(2027, 1, 20), Set.of("A", "B", "C", "D"));

        ImpactAnalysis impact = new ImpactCalculator(RATES, people, ServiceGraphs.catalog(), List.of()).analyse(
                new ImpactCalculator.AnalysedBaseline(1, DIAMOND, new BigDecimal("100000"),
                        LocalDate.of(2027, 6, 30), Map.of(), wednesday), proposal(add("E", 16, "TESTING", "B")));

        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(impact.scheduleSlipDays()).isEqualTo(10);
        assertThat(impact.resourceOverloads()).containsExactly(new ImpactAnalysis.ResourceOverload("dev2",
                LocalDate.of(2027, 1, 18), new BigDecimal("51.00"), new BigDecimal("40.00")));
    }

    /** On the diamond as it stands on {@code status}, with nobody to book. */
    static ImpactAnalysis analyseOn(StatusDate status, ChangeProposal proposal) {
        return new ImpactCalculator(RATES, new InMemoryPortfolio(), ServiceGraphs.catalog(), List.of()).analyse(
                new ImpactCalculator.AnalysedBaseline(1, DIAMOND, new BigDecimal("100000"),
                        LocalDate.of(2027, 6, 30), Map.of(), status), proposal);
    }

    /** Tuesday 2027-01-19: A, B and C are done, D (planned for Monday 01-11) has not begun: it ends 8 days late. */
    static final StatusDate D_BEHIND = new StatusDate(LocalDate.of(2027, 1, 19), Set.of("A", "B", "C"));

    @Test
    void changeOffTheCriticalPathOfALateProjectSlipsNothingAndTheLatenessIsReportedApart() {
        // E (8 h after A) has not begun either: it runs on 01-19 beside D, and the finish stays where D puts it.
        ImpactAnalysis impact = analyseOn(D_BEHIND, proposal(add("E", 8, "JAVA", "A")));

        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(impact.forecastFinishDate()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(impact.forecastLateDays()).isEqualTo(8);
        assertThat(impact.summary()).contains("- Schedule: the plan already forecasts finishing 2027-01-19, 8 days "
                + "after its baseline's 2027-01-11, because work not begun is behind its dates; this change adds no "
                + "slip; finish stays 2027-01-19");
    }

    @Test
    void changeOnTheCriticalPathOfALateProjectSlipsOnlyWhatItAdds() {
        // E (24 h after D) runs Wednesday to Friday after D's 01-19: finish 01-22, 3 days after the forecast.
        ImpactAnalysis impact = analyseOn(D_BEHIND, proposal(add("E", 24, "JAVA", "D")));

        assertThat(impact.scheduleSlipDays()).isEqualTo(3);
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(impact.forecastLateDays()).isEqualTo(8);
        assertThat(impact.summary()).contains("- Schedule: the plan already forecasts finishing 2027-01-19, 8 days "
                + "after its baseline's 2027-01-11, because work not begun is behind its dates; this change slips it "
                + "3 more days; new finish 2027-01-22");
    }

    @Test
    void changeToAProjectAheadOfABaselinePushedOutEarlierSlipsFromTheForecastAndReportsTheGainApart() {
        // Recorded on Wednesday 01-13 with only A begun: B and C pushed to 01-13, D to Monday 01-18. By Tuesday 01-19
        // all four have begun and keep the dates A gives them: the forecast is 01-11, 7 days before the baseline's.
        Plan pushed = Plan.of(new CriticalPathScheduler().schedule(DIAMOND.specs(), START,
                new StatusDate(LocalDate.of(2027, 1, 13), Set.of("A"))), RATES, code -> null);
        ImpactAnalysis impact = new ImpactCalculator(RATES, new InMemoryPortfolio(), ServiceGraphs.catalog(),
                List.of()).analyse(new ImpactCalculator.AnalysedBaseline(2, pushed, new BigDecimal("100000"),
                LocalDate.of(2027, 6, 30), Map.of(), new StatusDate(LocalDate.of(2027, 1, 19),
                Set.of("A", "B", "C", "D"))), proposal(add("E", 8, "JAVA", "D")));

        assertThat(pushed.finishDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(impact.scheduleSlipDays()).isEqualTo(8);
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(impact.forecastFinishDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(impact.forecastLateDays()).isEqualTo(-7);
        assertThat(impact.summary()).contains("- Schedule: the plan already forecasts finishing 2027-01-11, 7 days "
                + "before its baseline's 2027-01-18, because work begun is ahead of its dates; this change slips it "
                + "8 days; new finish 2027-01-19");
    }

    @Test
    void changeToAProjectOnTimeSlipsFromTheBaselinesFinishWithoutLateness() {
        // On Wednesday 01-06 only A has begun; B, C and D are not late yet. E (8 h after D) ends Tuesday 01-12.
        ImpactAnalysis impact = analyseOn(new StatusDate(LocalDate.of(2027, 1, 6), Set.of("A")),
                proposal(add("E", 8, "JAVA", "D")));

        assertThat(impact.scheduleSlipDays()).isEqualTo(1);
        assertThat(impact.forecastFinishDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(impact.forecastLateDays()).isZero();
        assertThat(impact.summary()).contains("- Schedule: slips 1 day; new finish 2027-01-12")
                .doesNotContain("already forecasts");
    }

    @Test
    void addedHoursDoNotGoToSomeoneAwayThatWeek() {
        // dev2 is away the whole week (capacity 0, nothing booked); dev3 has 20 h of 40: the 16 h fit with dev3.
        InMemoryPortfolio people = new InMemoryPortfolio().qualified("TESTING", "dev2", "dev3")
                .capacity("dev2", 0).bookElsewhere("dev3", LocalDate.of(2027, 1, 11), "20");

        assertThat(analyse(DIAMOND, people, ServiceGraphs.catalog(), List.of(),
                proposal(add("E", 16, "TESTING", "D"))).resourceOverloads()).isEmpty();
    }

    @Test
    void addedWorkWithinCapacityOverloadsNobody() {
        InMemoryPortfolio people = new InMemoryPortfolio().qualified("TESTING", "dev2");

        assertThat(analyse(DIAMOND, people, ServiceGraphs.catalog(), List.of(),
                proposal(add("E", 16, "TESTING", "D"))).resourceOverloads()).isEmpty();
    }

    @Test
    void changeToAnItemAffectsEveryItemThatDependsOnItTransitively() {
        ImpactAnalysis impact = analyse(proposal(List.of(), List.of("DB"), SATURDAY_22));

        assertThat(impact.affectedServices()).containsExactly(
                new ImpactAnalysis.AffectedService("DB", "Database", Criticality.CRITICAL, 0, null, List.of("DB")),
                new ImpactAnalysis.AffectedService("APP", "Application", Criticality.HIGH, 1, "DB",
                        List.of("DB", "APP")),
                new ImpactAnalysis.AffectedService("MOBILE", "Mobile backend", Criticality.CRITICAL, 2, "APP",
                        List.of("DB", "APP", "MOBILE")),
                new ImpactAnalysis.AffectedService("PORTAL", "Portal", Criticality.MEDIUM, 2, "APP",
                        List.of("DB", "APP", "PORTAL")));
        assertThat(impact.criticalServiceCount()).isEqualTo(2);
    }

    @Test
    void windowInsideTheMaintenanceWindowOfTheItemHasNoConflict() {
        assertThat(analyse(proposal(List.of(), List.of("DB"), SATURDAY_22)).windowConflicts()).isEmpty();
    }

    @Test
    void windowRunningPastTheMaintenanceWindowConflicts() {
        ImpactAnalysis impact = analyse(proposal(List.of(), List.of("DB"), SATURDAY_22.plusSeconds(3600)));

        assertThat(impact.windowConflicts()).extracting(ImpactAnalysis.WindowConflict::item,
                        ImpactAnalysis.WindowConflict::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DB",
                        ImpactAnalysis.ConflictKind.MAINTENANCE_OUTSIDE));
        assertThat(impact.summary()).contains("- Window: outside DB's maintenance windows: DB may only change within "
                + "its maintenance windows (").doesNotContain("\\", "MAINTENANCE_OUTSIDE");
    }

    @Test
    void windowLongerThanEveryMaintenanceWindowOfTheItemIsFlaggedInTheSummaryAsNeverFitting() {
        ChangeProposal sixHours = new ChangeProposal("Change", "Change", "Because", ChangeType.NORMAL, "requester",
                List.of(), BigDecimal.ZERO, null, List.of("DB"), SATURDAY_22, SATURDAY_22.plusSeconds(6 * 3600));

        assertThat(analyse(sixHours).summary()).contains("- Window: outside DB's maintenance windows: DB may only change"
                + " within its maintenance windows (SATURDAY 22:00 for 240 min); the requested window lasts 6 h, longer"
                + " than any of them (4 h), so it never fits");
    }

    @Test
    void windowOfAFittingLengthAtTheWrongTimeIsNotCalledTooLong() {
        assertThat(analyse(proposal(List.of(), List.of("DB"), SATURDAY_22.plusSeconds(3600))).summary())
                .doesNotContain("never fits");
    }

    @Test
    void freezeOfAParentOrAChildOfTheItemAndAGlobalFreezeConflict() {
        ServiceGraph graph = ServiceGraphs.catalog(
                new FreezePeriodView(1L, "APP", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 6), "Release"),
                new FreezePeriodView(2L, "STORAGE", LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 7), "Migration"),
                new FreezePeriodView(3L, "PORTAL", LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 6), "Grandchild"),
                new FreezePeriodView(4L, null, LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 8), "Closing"));

        ImpactAnalysis impact = analyse(DIAMOND, new InMemoryPortfolio(), graph, List.of(),
                proposal(List.of(), List.of("DB"), SATURDAY_22));

        assertThat(impact.windowConflicts()).extracting(ImpactAnalysis.WindowConflict::item,
                ImpactAnalysis.WindowConflict::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("APP", ImpactAnalysis.ConflictKind.FREEZE),
                org.assertj.core.groups.Tuple.tuple("STORAGE", ImpactAnalysis.ConflictKind.FREEZE),
                org.assertj.core.groups.Tuple.tuple("ALL", ImpactAnalysis.ConflictKind.FREEZE));
    }

    @Test
    void approvedChangeOnTheSameItemAtTheSameTimeConflictsAndOneElsewhereDoesNot() {
        ImplementationWindow overlapping = new ImplementationWindow(SATURDAY_22.plusSeconds(3600),
                SATURDAY_22.plusSeconds(2 * 3600));
        List<ScheduledChange> others = List.of(new ScheduledChange("CR-2027-0001", Set.of("APP"), overlapping, "pm"),
                new ScheduledChange("CR-2027-0002", Set.of("LOGS"), overlapping, "pm"));

        ImpactAnalysis impact = analyse(DIAMOND, new InMemoryPortfolio(), ServiceGraphs.catalog(), others,
                proposal(List.of(), List.of("DB"), SATURDAY_22));

        assertThat(impact.windowConflicts()).containsExactly(new ImpactAnalysis.WindowConflict("APP",
                ImpactAnalysis.ConflictKind.OTHER_CHANGE, "CR-2027-0001 works on APP " + overlapping));
    }

    @Test
    void modifyingAnUnknownPackageNamesTheChangesCode() {
        assertThat(errors(proposal(modify("B", 8), modify("X", 8)))).containsExactly(new InvalidField(
                "workPackageChanges[1].code",
                "baseline v1 has no work package 'X' to modify; use the code of an existing package"));
    }

    @Test
    void addingAnExistingCodeIsRefused() {
        assertThat(errors(proposal(add("C", 8, "JAVA")))).extracting(InvalidField::field)
                .containsExactly("workPackageChanges[0].code");
    }

    @Test
    void removingAPackageOthersStillWaitForIsRefused() {
        assertThat(errors(proposal(new WorkPackageChange(WorkPackageAction.REMOVE, "C", null, null, null, null,
                List.of())))).containsExactly(new InvalidField("workPackageChanges[0].code",
                "removing C leaves D waiting for it; modify their predecessors in the same change"));
    }

    @Test
    void unknownPredecessorOfAnAddedPackageIsRefused() {
        assertThat(errors(proposal(add("E", 8, "JAVA", "Z")))).extracting(InvalidField::field)
                .containsExactly("workPackageChanges[0].predecessors");
    }

    @Test
    void cycleMadeByAChangeNamesTheChangedPackagesPredecessors() {
        List<InvalidField> errors = errors(proposal(new WorkPackageChange(WorkPackageAction.MODIFY, "A", null, null,
                null, null, List.of("D"))));

        assertThat(errors).extracting(InvalidField::field).containsExactly("workPackageChanges[0].predecessors");
        assertThat(errors.get(0).message()).contains("A -> B -> D -> A");
    }

    @Test
    void withoutABaselineOnlyTheAddedWorkIsCostedAgainstTheCharterBudget() {
        ImpactAnalysis impact = new ImpactCalculator(RATES, new InMemoryPortfolio(), ServiceGraphs.catalog(),
                List.of()).analyse(new ImpactCalculator.AnalysedBaseline(0, null, new BigDecimal("100000"),
                LocalDate.of(2027, 6, 30), Map.of(), BEFORE_START), proposal(add("E", 20, "JAVA")));

        assertThat(impact.costDelta()).isEqualByComparingTo("2200.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("2.20");
        assertThat(impact.scheduleSlipDays()).isZero();
        assertThat(impact.newFinishDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(impact.baselineVersion()).isZero();
    }

    /**
     * Ten chains of 1,000 packages of 8 h each, side by side: 1,000 working days. Chain 3's package 500 grows by
     * 40 h (5 days), a package is added after the last of chain 7 and the last of chain 9 is removed.
     */
    @Test
    void tenThousandPackagePlanIsAnalysedCorrectly() {
        List<WorkPackageSpec> specs = new ArrayList<>();
        for (int chain = 0; chain < 10; chain++) {
            for (int i = 0; i < 1000; i++) {
                String code = "C" + chain + "-" + i;
                specs.add(i == 0 ? spec(code, 8) : spec(code, 8, "C" + chain + "-" + (i - 1)));
            }
        }
        Plan plan = plan(specs);

        ImpactAnalysis impact = analyse(plan, new InMemoryPortfolio(), ServiceGraphs.catalog(), List.of(),
                proposal(modify("C3-500", 48), add("X", 16, "JAVA", "C7-999"),
                        new WorkPackageChange(WorkPackageAction.REMOVE, "C9-999", null, null, null, null,
                                List.of())));

        assertThat(plan.durationDays()).isEqualTo(1000);
        assertThat(impact.newFinishDate())
                .isEqualTo(io.charterline.plan.WorkingCalendar.plusWorkingDays(START, 1005 - 1));
        assertThat(impact.scheduleSlipDays()).isEqualTo(7);
        assertThat(impact.criticalPath()).hasSize(1000).startsWith("C3-0").endsWith("C3-999");
        assertThat(impact.summary()).contains("C3-9 -> and 990 more").hasSizeLessThan(4000);
        // +40 h + 16 h - 8 h = +48 h at 110 = 5,280.00 of 10,000 x 8 h x 110 = 8,800,000.00
        assertThat(impact.costDelta()).isEqualByComparingTo("5280.00");
        assertThat(impact.budgetAtCompletion()).isEqualByComparingTo("8800000.00");
        assertThat(impact.costSharePercent()).isEqualByComparingTo("0.06");
    }
}
