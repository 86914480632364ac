package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.lessons.ProjectFacts.ChangeFact;
import io.charterline.lessons.ProjectFacts.EarlyCompletionFact;
import io.charterline.lessons.ProjectFacts.EscalationFact;
import io.charterline.lessons.ProjectFacts.ResourceGapFact;
import io.charterline.lessons.ProjectFacts.WorkPackageFact;
import io.charterline.monitoring.Health;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonDeriverTest {

    private static final List<String> SERVICES = List.of("CRM", "BILLING");
    private final LessonDeriver deriver = new LessonDeriver();

    @Test
    void estimateVarianceBeyondFifteenPercentBySkillBecomesALessonEitherWay() {
        ProjectFacts facts = facts(List.of(
                wp("1.1", "Design order API", "ARCHITECTURE", 40, 44),     // +10 %: within tolerance
                wp("2.1", "Implement order API", "JAVA", 100, 130),
                wp("2.2", "Billing adapter", "JAVA", 60, 78),              // JAVA: 208 h vs 160 h = +30 %
                wp("3.1", "System test", "TESTING", 80, 60),               // -25 %
                wp("4.1", "Deploy to production", "DEVOPS", 20, null)),    // not booked: no verdict
                List.of(), List.of());

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.EXECUTION);

        assertThat(lessons).hasSize(2).allMatch(l -> l.category() == LessonCategory.ESTIMATING);
        assertThat(lessons.get(0).whatHappened()).isEqualTo("JAVA work took 30% more hours than estimated: 208 h "
                + "reported against 160 h estimated over 2 work packages (2.1 Implement order API, "
                + "2.2 Billing adapter).");
        assertThat(lessons.get(0).impact()).isEqualTo("48 h more effort than planned for JAVA.");
        assertThat(lessons.get(0).recommendation()).startsWith("Estimate JAVA work about 30% higher");
        assertThat(lessons.get(0).tags()).containsExactly("estimating", "java", "build", "crm", "billing");
        assertThat(lessons.get(1).whatHappened()).isEqualTo("TESTING work took 25% fewer hours than estimated: "
                + "60 h reported against 80 h estimated over 1 work package (3.1 System test).");
        assertThat(lessons.get(1).impact()).startsWith("20 h of the effort planned for TESTING were not needed");
    }

    @Test
    void theLessonsSentencesNameEachSkillAsTheCatalogDoesAndTagItByItsCode() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(
                wp("1.1", "Analyse order flows", "ANALYSIS", 100, 130)), List.of(), null, null, List.of(), null, null,
                List.of(), List.of(), List.of(new ResourceGapFact("SECURITY", new BigDecimal("40"))), 0, 0, null,
                Map.of("ANALYSIS", "Business analysis", "SECURITY", "Information security"));

        assertThat(deriver.derive(facts, Phase.EXECUTION))
                .filteredOn(lesson -> lesson.category() == LessonCategory.ESTIMATING).singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.whatHappened()).startsWith("Business analysis work took 30% more hours");
                    assertThat(lesson.impact()).isEqualTo("30 h more effort than planned for Business analysis.");
                    assertThat(lesson.tags()).contains("analysis");
                });
        assertThat(deriver.derive(facts, Phase.PLANNING))
                .filteredOn(lesson -> lesson.category() == LessonCategory.STAFFING).singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.whatHappened()).isEqualTo("The resource pool could not staff the plan: "
                            + "Information security short of 40 h.");
                    assertThat(lesson.recommendation()).startsWith("Reserve people for Information security before");
                    assertThat(lesson.tags()).contains("security");
                });
    }

    @Test
    void varianceHiddenInsideASkillShowsByWorkPackageType() {
        ProjectFacts facts = facts(List.of(
                wp("2.1", "Implement order API", "JAVA", 100, 114),       // BUILD +14 %
                wp("5.1", "Migrate customer data", "JAVA", 50, 40)),      // MIGRATION -20 %; JAVA overall +2.7 %
                List.of(), List.of());

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.EXECUTION);

        assertThat(lessons).singleElement().satisfies(lesson -> {
            assertThat(lesson.whatHappened()).startsWith("Migration work packages took 20% fewer hours than "
                    + "estimated: 40 h reported against 50 h estimated over 1 work package "
                    + "(5.1 Migrate customer data)");
            assertThat(lesson.tags()).containsExactly("estimating", "migration", "java", "crm", "billing");
        });
    }

    @Test
    void aPackageAChangeCancelledIsLeftOutOfTheEstimatingLessons() {
        ProjectFacts facts = facts(List.of(
                wp("MOB-2", "Design the app", "FRONTEND", 40, 44),           // +10 %: within tolerance
                cancelled("MOB-3", "Build the app", "FRONTEND", 160, 63.5)),  // stopped at -60 %: no verdict
                List.of(), List.of());

        assertThat(deriver.derive(facts, Phase.EXECUTION)).isEmpty();
    }

    @Test
    void aPackageCompletedBeforeItsPlannedStartTeachesNoEstimate() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES,
                List.of(wp("NET-3", "Network cut-over", "NETWORK", 60, 4)), List.of(), null, null,
                List.of(netThreeDoneEarly()), null, null, List.of(), List.of(), List.of(), 0, 0, null);

        assertThat(deriver.derive(facts, Phase.EXECUTION)).isEmpty();
    }

    @Test
    void theEstimatingLessonNamesThePackagesCompletedBeforeTheirPlannedStartThatItLeftOut() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES,
                List.of(wp("2.1", "Implement order API", "JAVA", 100, 130),
                        wp("NET-3", "Network cut-over", "JAVA", 60, 4)),   // with it: 134 h against 160 h, -16 %
                List.of(), null, null, List.of(netThreeDoneEarly()), null, null, List.of(), List.of(), List.of(), 0, 0,
                null);

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("JAVA work took 30% more hours than estimated: 130 h reported against 100 h estimated "
                        + "over 1 work package (2.1 Implement order API). The estimate leaves out 1 work package "
                        + "completed before its planned start, which says nothing about how long the work took: "
                        + "NET-3 Network cut-over (planned start 2026-07-06, completed on 2026-06-15, 4 h reported "
                        + "against 60 h estimated).");
    }

    private static EarlyCompletionFact netThreeDoneEarly() {
        return new EarlyCompletionFact("NET-3", "Network cut-over", LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 6, 15), new BigDecimal("60"), new BigDecimal("4"));
    }

    @Test
    void threeOrMoreChangesGiveOneLessonNamingDecisionsAndTheMostFrequentCause() {
        ProjectFacts facts = facts(List.of(), List.of(
                new ChangeFact("CR-2026-0001", "Add export", "Missed requirement", "APPROVED"),
                new ChangeFact("CR-2026-0002", "Add archive", "missed requirement", "APPROVED"),
                new ChangeFact("CR-2026-0003", "New VAT rule", "Regulatory", "REJECTED"),
                new ChangeFact("CR-2026-0004", "Add import", "missed requirement ", "DEFERRED")), List.of());

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.EXECUTION);

        assertThat(lessons).singleElement().satisfies(lesson -> {
            assertThat(lesson.category()).isEqualTo(LessonCategory.CHANGE);
            assertThat(lesson.whatHappened()).isEqualTo("4 change requests were raised: 2 approved, 1 rejected, "
                    + "1 deferred. Causes: 3 missed requirement, 1 regulatory.");
            assertThat(lesson.impact()).endsWith("2 approved changes took effect.");
            assertThat(lesson.recommendation()).startsWith("The most frequent cause was 'missed requirement' (3 of 4)");
            assertThat(lesson.tags()).containsExactly("change", "crm", "billing");
        });
    }

    @Test
    void twoChangesAreNoLesson() {
        ProjectFacts facts = facts(List.of(), List.of(
                new ChangeFact("CR-2026-0001", "Add export", "Missed requirement", "APPROVED"),
                new ChangeFact("CR-2026-0002", "Add archive", "Missed requirement", "APPROVED")), List.of());

        assertThat(deriver.derive(facts, Phase.EXECUTION)).isEmpty();
    }

    @Test
    void everyEscalationCountsAndAReplanSaysTheBaselineNoLongerHeld() {
        ProjectFacts facts = facts(List.of(), List.of(), List.of(
                new EscalationFact("CONTINUE", "Vendor late"), new EscalationFact("REPLAN", "Scope grew")));

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.EXECUTION);

        assertThat(lessons).singleElement().satisfies(lesson -> {
            assertThat(lesson.category()).isEqualTo(LessonCategory.ESCALATION);
            assertThat(lesson.whatHappened()).isEqualTo("The status turned RED and was escalated to the sponsor "
                    + "twice; the sponsor continued (Vendor late), then re-planned (Scope grew).");
            assertThat(lesson.impact()).contains("re-plan");
        });
    }

    @Test
    void aRedCausedByACriticalIssueNamesTheIssueAndAdvisesResolvingBlockersInTime() {
        ProjectFacts facts = facts(List.of(), List.of(), List.of(new EscalationFact("CONTINUE", null,
                "the open critical issue 'Build server down' (owner Priya Manager)")));

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().satisfies(lesson -> {
            assertThat(lesson.whatHappened()).isEqualTo("The status turned RED and was escalated to the sponsor "
                    + "once; the sponsor decided to continue. RED because of the open critical issue "
                    + "'Build server down' (owner Priya "
                    + "Manager).");
            assertThat(lesson.recommendation()).isEqualTo("Raise blockers as issues early and resolve them before "
                    + "they become critical: an open critical issue makes the status RED whatever SPI and CPI say "
                    + "(here the open critical issue 'Build server down' (owner Priya Manager)).");
        });
    }

    @Test
    void escalationsDecidedDifferentlyNameWhatTheSponsorDecidedOnEachCause() {
        ProjectFacts facts = facts(List.of(), List.of(), List.of(
                new EscalationFact("CONTINUE", null,
                        "the open critical issue 'Build server down' (owner Priya Manager)"),
                new EscalationFact("REPLAN", "Scope grew", "SPI 0.62, CPI 0.95")));

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().satisfies(lesson ->
                assertThat(lesson.whatHappened()).contains("RED because of the open critical issue 'Build server "
                        + "down' (owner Priya Manager) (decided: continue); SPI 0.62, CPI 0.95 (decided: re-plan)."));
    }

    @Test
    void aSingleEscalationSaysWhatTheSponsorDecidedAndWhy() {
        ProjectFacts facts = facts(List.of(), List.of(), List.of(new EscalationFact("CONTINUE",
                "Integrations are nearly rebuilt", "SPI 0.68, CPI 0.76")));

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("The status turned RED and was escalated to the sponsor once; the sponsor decided to "
                        + "continue (Integrations are nearly rebuilt). RED because of SPI 0.68, CPI 0.76.");
    }

    @Test
    void repeatedEscalationsDecidedAlikeSayItOnceWithEachReason() {
        ProjectFacts facts = facts(List.of(), List.of(), List.of(new EscalationFact("CONTINUE", "Vendor late"),
                new EscalationFact("CONTINUE", "Tests catch up")));

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("The status turned RED and was escalated to the sponsor twice; the sponsor decided to "
                        + "continue each time (Vendor late; Tests catch up).");
    }

    @Test
    void aRedAfterAnAmberReportAdvisesActingOnAmber() {
        ProjectFacts facts = escalated(List.of(Health.GREEN, Health.AMBER, Health.RED), "SPI 0.62, CPI 0.95");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().satisfies(lesson -> {
            assertThat(lesson.whatHappened()).endsWith("RED because of SPI 0.62, CPI 0.95.");
            assertThat(lesson.recommendation()).isEqualTo("Act on AMBER status reports before they turn RED: agree "
                    + "with the sponsor in the charter which SPI and CPI values trigger a corrective action.");
        });
    }

    @Test
    void aProjectRedAtItsFirstStatusReportIsAdvisedToReportStatusEarlier() {
        ProjectFacts facts = escalated(List.of(Health.RED, Health.GREEN), "SPI 0.68, CPI 0.76");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::recommendation)
                .isEqualTo("Report status earlier in similar projects: the first status report was already RED "
                        + "(SPI 0.68, CPI 0.76), so the trend grew unseen before it; agree with the sponsor in the "
                        + "charter which SPI and CPI values trigger a corrective action.");
    }

    @Test
    void aProjectThatWentFromGreenStraightToRedIsAdvisedToReportMoreOften() {
        ProjectFacts facts = escalated(List.of(Health.GREEN, Health.RED), "SPI 0.70, CPI 0.90");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::recommendation)
                .asString().startsWith("Report status more often in similar projects: the status went from GREEN "
                        + "to RED without an AMBER report in between (SPI 0.70, CPI 0.90)")
                .doesNotContain("Act on AMBER");
    }

    @Test
    void anEscalatedProjectThatFinishedLateAndOverItsCostIsNotSaidToHaveGoneAsPlanned() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0002", SERVICES, List.of(), List.of(),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2), List.of(), new BigDecimal("100000"),
                new BigDecimal("104000"), List.of(new EscalationFact("CONTINUE", "Layout work catches up")),
                List.of(Health.RED), List.of(), 0, 0, null);

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::impact)
                .isEqualTo("The sponsor had to step in; the project went on with its baseline, without a re-plan, "
                        + "yet it finished 2 days late and cost $4,000.00 more than its planned cost (BAC).");
    }

    @Test
    void anEscalatedProjectThatFinishedOnTimeAndWithinItsCostSaysSo() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0002", SERVICES, List.of(), List.of(),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), List.of(), new BigDecimal("100000"),
                new BigDecimal("98000"), List.of(new EscalationFact("CONTINUE", null)), List.of(), List.of(), 0, 0,
                null);

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().extracting(DerivedLesson::impact)
                .isEqualTo("The sponsor had to step in; the project went on with its baseline, without a re-plan, "
                        + "and it finished on time within its planned cost (BAC).");
    }

    @Test
    void slipOfMoreThanFiveDaysAndBudgetOverrunOfMoreThanTenPercentAreClosingLessons() {
        ProjectFacts facts = outcome(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 12), "120000", "141600");

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.CLOSING);

        assertThat(lessons).extracting(DerivedLesson::category)
                .containsExactly(LessonCategory.SCHEDULE, LessonCategory.BUDGET);
        assertThat(lessons.get(0).whatHappened())
                .isEqualTo("The work finished 12 days late: first baseline's finish 2026-06-30, actual finish "
                        + "2026-07-12.");
        assertThat(lessons.get(1).whatHappened()).isEqualTo("The project cost 18% more than its planned cost "
                + "(BAC): actual cost $141,600.00 against a BAC of $120,000.00.");
        assertThat(lessons.get(1).impact()).isEqualTo("$21,600.00 over its planned cost (BAC).");
    }

    @Test
    void earlyFinishAndUnderspendBeyondTheTolerancesAreLessonsToo() {
        ProjectFacts facts = outcome(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 21), "100000", "85000");

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.CLOSING);

        assertThat(lessons).extracting(DerivedLesson::whatHappened).containsExactly(
                "The work finished 9 days early: first baseline's finish 2026-06-30, actual finish 2026-06-21.",
                "The project cost 15% less than its planned cost (BAC): actual cost $85,000.00 against a BAC of "
                        + "$100,000.00.");
    }

    @Test
    void theScheduleLessonNamesThePackagesCompletedBeforeTheirPlannedStartThatItLeftOut() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 21),
                List.of(new EarlyCompletionFact("NET-3", "Network cut-over", LocalDate.of(2026, 7, 6),
                        LocalDate.of(2026, 6, 15), new BigDecimal("60"), new BigDecimal("4"))),
                null, null, List.of(), List.of(), List.of(), 0, 0, null);

        assertThat(deriver.derive(facts, Phase.CLOSING)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("The work finished 9 days early: first baseline's finish 2026-06-30, actual finish "
                        + "2026-06-21. Both finishes leave out 1 work package completed before its planned start, "
                        + "which says nothing about how long the work took: NET-3 Network cut-over (planned start "
                        + "2026-07-06, completed on 2026-06-15, 4 h reported against 60 h estimated).");
    }

    @Test
    void theBudgetLessonNamesThePackagesCompletedBeforeTheirPlannedStartThatItsActualCostIncludes() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(), null, null,
                List.of(netThreeDoneEarly()), new BigDecimal("100000"), new BigDecimal("27000"), List.of(), List.of(),
                List.of(), 0, 0, null);

        assertThat(deriver.derive(facts, Phase.CLOSING)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("The project cost 73% less than its planned cost (BAC): actual cost $27,000.00 against a "
                        + "BAC of $100,000.00. The actual cost includes the hours of 1 work package completed before "
                        + "its planned start, which says nothing about how long the work took: NET-3 Network "
                        + "cut-over (planned start 2026-07-06, completed on 2026-06-15, 4 h reported against 60 h "
                        + "estimated).");
    }

    @Test
    void fiveDaysLateAndTenPercentOverAreWithinTheTolerances() {
        ProjectFacts facts = outcome(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 5), "100000", "110000");

        assertThat(deriver.derive(facts, Phase.CLOSING)).isEmpty();
    }

    @Test
    void staffingGapsAreSummedBySkillAtPlanning() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(), null, null,
                List.of(), null, null, List.of(), List.of(), List.of(new ResourceGapFact("JAVA", new BigDecimal("120")),
                new ResourceGapFact("SECURITY", new BigDecimal("40")),
                new ResourceGapFact("JAVA", new BigDecimal("30"))), 0, 0, null);

        List<DerivedLesson> lessons = deriver.derive(facts, Phase.PLANNING);

        assertThat(lessons).singleElement().satisfies(lesson -> {
            assertThat(lesson.category()).isEqualTo(LessonCategory.STAFFING);
            assertThat(lesson.whatHappened())
                    .isEqualTo("The resource pool could not staff the plan: JAVA short of 150 h, SECURITY short of 40 h.");
            assertThat(lesson.impact()).startsWith("190 h of planned work");
            assertThat(lesson.tags()).containsExactly("staffing", "java", "security", "crm", "billing");
        });
    }

    @Test
    void charterReworksAreACharterLessonAndPlanRejectionsAPlanningLesson() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(), null, null,
                List.of(), null, null, List.of(), List.of(), List.of(), 2, 1, null);

        assertThat(deriver.derive(facts, Phase.CHARTER)).singleElement().satisfies(lesson -> {
            assertThat(lesson.category()).isEqualTo(LessonCategory.GOVERNANCE);
            assertThat(lesson.whatHappened())
                    .isEqualTo("The sponsor sent the charter back for rework twice before approving it.");
        });
        assertThat(deriver.derive(facts, Phase.PLANNING)).singleElement().extracting(DerivedLesson::whatHappened)
                .isEqualTo("The plan was rejected at the plan gate once.");
    }

    @Test
    void eachKindOfLessonIsDrawnAtItsOwnGateOnly() {
        ProjectFacts everything = new ProjectFacts("PRJ-2026-0001", SERVICES,
                List.of(wp("2.1", "Implement order API", "JAVA", 100, 150)),
                List.of(new ChangeFact("CR-1", "a", "x", "APPROVED"), new ChangeFact("CR-2", "b", "x", "APPROVED"),
                        new ChangeFact("CR-3", "c", "x", "APPROVED")),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 1), List.of(), new BigDecimal("100"),
                new BigDecimal("200"),
                List.of(new EscalationFact("CONTINUE", null)), List.of(),
                List.of(new ResourceGapFact("JAVA", BigDecimal.TEN)), 1, 1, null);

        assertThat(deriver.derive(everything, Phase.CHARTER)).extracting(DerivedLesson::category)
                .containsExactly(LessonCategory.GOVERNANCE);
        assertThat(deriver.derive(everything, Phase.PLANNING)).extracting(DerivedLesson::category)
                .containsExactly(LessonCategory.GOVERNANCE, LessonCategory.STAFFING);
        assertThat(deriver.derive(everything, Phase.EXECUTION)).extracting(DerivedLesson::category)
                .containsExactly(LessonCategory.ESTIMATING, LessonCategory.CHANGE, LessonCategory.ESCALATION);
        assertThat(deriver.derive(everything, Phase.CLOSING)).extracting(DerivedLesson::category)
                .containsExactly(LessonCategory.SCHEDULE, LessonCategory.BUDGET);
    }

    @Test
    void aTerminationAfterARedStatusIsOneEscalationLessonWithTheSponsorsReason() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0003", SERVICES, List.of(), List.of(), null, null,
                List.of(), null, null, List.of(new EscalationFact("TERMINATE", "Warehouses outsourced")), List.of(), List.of(),
                0, 0, "Warehouses outsourced");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).extracting(DerivedLesson::whatHappened).containsExactly(
                "The sponsor terminated the project: stopped after a RED status: Warehouses outsourced.");
    }

    @Test
    void escalationsBeforeTheTerminatingOneKeepTheirOwnLesson() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0003", SERVICES, List.of(), List.of(), null, null,
                List.of(), null, null, List.of(new EscalationFact("CONTINUE", "Vendor late"),
                        new EscalationFact("TERMINATE", "Warehouses outsourced")), List.of(), List.of(), 0, 0,
                "Warehouses outsourced");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).extracting(DerivedLesson::whatHappened).containsExactly(
                "The status turned RED and was escalated to the sponsor twice; the sponsor continued (Vendor late), "
                        + "then terminated the project (Warehouses outsourced).",
                "The sponsor terminated the project: stopped after a RED status: Warehouses outsourced.");
    }

    @Test
    void aTerminationThroughTheApiIsAnEscalationLessonWithItsReason() {
        ProjectFacts facts = new ProjectFacts("PRJ-2026-0004", SERVICES, List.of(), List.of(), null, null,
                List.of(), null, null, List.of(), List.of(), List.of(), 0, 0, "Market moved to a partner app");

        assertThat(deriver.derive(facts, Phase.EXECUTION)).singleElement().satisfies(lesson -> {
            assertThat(lesson.category()).isEqualTo(LessonCategory.ESCALATION);
            assertThat(lesson.whatHappened()).isEqualTo(
                    "The sponsor terminated the project: stopped during execution: Market moved to a partner app.");
            assertThat(lesson.tags()).contains("termination");
        });
    }

    @Test
    void factsThatSayNothingGiveNoLessonAtAnyGate() {
        ProjectFacts nothing = ProjectFacts.none("PRJ-2026-0001", SERVICES);

        for (Phase phase : Phase.values()) {
            assertThat(deriver.derive(nothing, phase)).as("%s", phase).isEmpty();
        }
    }

    private static ProjectFacts facts(List<WorkPackageFact> packages, List<ChangeFact> changes,
                                      List<EscalationFact> escalations) {
        return new ProjectFacts("PRJ-2026-0001", SERVICES, packages, changes, null, null, List.of(), null, null,
                escalations, List.of(), List.of(), 0, 0, null);
    }

    private static ProjectFacts escalated(List<Health> healths, String cause) {
        return new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(), null, null, List.of(), null, null,
                List.of(new EscalationFact("CONTINUE", null, cause)), healths, List.of(), 0, 0, null);
    }

    private static ProjectFacts outcome(LocalDate plannedFinish, LocalDate actualFinish, String bac, String actual) {
        return new ProjectFacts("PRJ-2026-0001", SERVICES, List.of(), List.of(), plannedFinish, actualFinish,
                List.of(), new BigDecimal(bac), new BigDecimal(actual), List.of(), List.of(), List.of(), 0, 0, null);
    }

    private static WorkPackageFact wp(String code, String name, String skill, int estimate, Integer actual) {
        return new WorkPackageFact(code, name, skill, BigDecimal.valueOf(estimate),
                actual == null ? null : BigDecimal.valueOf(actual), false);
    }

    private static WorkPackageFact cancelled(String code, String name, String skill, int estimate, double actual) {
        return new WorkPackageFact(code, name, skill, BigDecimal.valueOf(estimate), BigDecimal.valueOf(actual), true);
    }
}
