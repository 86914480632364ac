package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.monitoring.EarnedValueCalculator;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.KpiInputs;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.plan.BaselineService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.record.ProjectRecords;
import io.charterline.risk.OpenItemCounts;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import io.charterline.work.WorkPackageVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hours booked on a package that an approved change then removes were spent all the same. Baseline v1 plans A
 * (16 h), B (8 h) and C (24 h) of JAVA at 110/h, side by side: 5,280. A and B are under way, 4 h booked on A and
 * 6 h on B, when a change removes B: of its 880 planned, 660 are spent and stay in the budget at completion, so
 * removing it saves 220, and baseline v2 has A and C (4,400) plus B's 660: 5,060.
 */
class RemovedWorkKeepsItsCostTest extends ChangeControlTestSupport {

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    StoredImpacts storedImpacts;

    @Autowired
    ProjectProgress progress;

    @Autowired
    ProjectRecords records;

    @Autowired
    Clock clock;

    @Autowired
    BaselineService baselines;

    private String projectKey;
    private String person;
    private String change;

    private static WorkPackageSpec java(String code, int hours) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3, List.of());
    }

    @BeforeEach
    void workUnderWayThenBRemoved() {
        projectKey = executingProjectWithBaseline(List.of(java("A", 16), java("B", 8), java("C", 24))).getKey();
        // Each project its own person: the 24-hour rule spans all of a person's bookings.
        person = "removed-work-" + projectKey;
        User user = engine.getIdentityService().newUser(person);
        user.setFirstName("Team");
        user.setLastName(person);
        engine.getIdentityService().saveUser(user);
        workPackages.syncFromBaseline(projectKey);
        for (String code : List.of("A", "B")) {
            workPackages.markReleased(projectKey, code, "instance-" + code);
            workPackages.assign(projectKey, code, person);
        }
        book("A", "4", person);
        book("B", "6", person);

        removeB();
    }

    private void book(String code, String hours, String person) {
        timeEntries.book(projectKey, new TimeEntryInput(code, LocalDate.now(clock), new BigDecimal(hours),
                "Worked on " + code, person), "pm", List.of());
    }

    private void removeB() {
        ChangeProposal base = proposal().build();
        ChangeProposal removeB = new ChangeProposal("Drop B", "B is no longer needed", "The supplier does it",
                base.requestedType(), base.requester(), List.of(new WorkPackageChange(WorkPackageAction.REMOVE, "B",
                null, null, null, null, null)), BigDecimal.ZERO, null, List.of(), base.windowStart(),
                base.windowEnd());
        change = changeRequestService.register(projectKey, removeB).getKey();
        changeControl.analyse(change);
        changeControl.recordDecision(change, ChangeDecision.APPROVE, "pm", "Supplier confirmed");
        changeControl.updateBaseline(change);
    }

    @Test
    void theRemovedPackagesCodeCannotBeAddedAgainSoItsHoursStayWithTheCancelledWork() {
        ChangeProposal base = proposal().build();
        ChangeProposal addBAgain = new ChangeProposal("B again", "B after all", "The supplier backed out",
                base.requestedType(), base.requester(), List.of(new WorkPackageChange(WorkPackageAction.ADD, "B",
                "Package B again", new BigDecimal("10"), "JAVA", 3, null)), BigDecimal.ZERO, null, List.of(),
                base.windowStart(), base.windowEnd());

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> changeRequestService.register(projectKey, addBAgain)).fields()).containsExactly(
                new InvalidField("workPackageChanges[0].code", "B was used by a cancelled package; use a new code"));
    }

    @Test
    void theImpactSavesOnlyTheRemovedPackagesCostNotSpentYetAndSaysSo() {
        ChangeRequest changeRequest = changeControl.require(change);
        ImpactAnalysis impact = storedImpacts.of(changeRequest);

        assertThat(impact.costDelta()).isEqualByComparingTo("-220.00");
        assertThat(changeRequest.getImpactSummary()).contains(
                "removing B saves $220.00 of $880.00 planned; $660.00 already spent");
    }

    @Test
    void theNewBaselineKeepsTheSpentCostSoItsBudgetAtCompletionMovesByTheImpactsCostDelta() {
        BigDecimal v1 = baselines.baseline(projectKey, 1).orElseThrow().plan().budgetAtCompletion();
        BigDecimal v2 = baselines.baseline(projectKey, 2).orElseThrow().plan().budgetAtCompletion();

        assertThat(v1).isEqualByComparingTo("5280");
        assertThat(v2).isEqualByComparingTo("5060");
        assertThat(v2.subtract(v1)).isEqualByComparingTo(
                storedImpacts.of(changeControl.require(change)).costDelta());
    }

    @Test
    void backingTheRemovalOutGivesBackItsWholePlannedCostInsteadOfWhatItKept() {
        changeControl.backOut(change, "pmo");

        // A, B and C planned again: 5,280, nothing kept beside them
        assertThat(baselines.baseline(projectKey, 3).orElseThrow().plan().budgetAtCompletion())
                .isEqualByComparingTo("5280");
    }

    @Test
    void thePackageABackOutBringsBackShowsTheHoursItsCompletionCounts() {
        changeControl.backOut(change, "pmo");

        // B is the same work again, planned at its whole cost: its 6 h from before the removal are part of it
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(projectKey + ":B").singleResult();
        assertThat(taskService.getVariable(task.getId(), WorkPackageVariables.BOOKED_HOURS)).isEqualTo(6.0);
        assertRefused(() -> taskService.complete(task.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, 5,
                WorkPackageVariables.COMPLETION_NOTE, "Done")), InvalidVariablesException.class,
                "at least the 6 h already booked on it");
    }

    @Test
    void actualCostKeepsTheHoursBookedOnTheRemovedPackage() {
        KpiFigures figures = new EarnedValueCalculator().calculate(progress.inputs(projectKey), OpenItemCounts.NONE);

        assertThat(workPackages.find(projectKey, "B").orElseThrow().state()).isEqualTo(WorkPackageState.CANCELLED);
        assertThat(figures.actualHours()).isEqualByComparingTo("10");
        assertThat(figures.actualCost()).isEqualByComparingTo("1100");
        // EV 2,860 (A and C, released once B left, half each, and B's kept 660 in full) over AC 1,100, not over
        // the 440 of A alone
        assertThat(figures.cpi()).isEqualByComparingTo("2.6");
    }

    @Test
    void plannedAndEarnedValueStayOnTheCurrentBaseline() {
        KpiInputs inputs = progress.inputs(projectKey);
        KpiFigures figures = new EarnedValueCalculator().calculate(inputs, OpenItemCounts.NONE);

        assertThat(inputs.packages()).extracting(KpiInputs.PlannedPackage::code).containsExactlyInAnyOrder("A", "C");
        assertThat(figures.budgetAtCompletion()).isEqualByComparingTo("5060");
        // A and C in progress (C was released when the change was applied): half of 1,760 + half of 2,640; and
        // the 660 B keeps for its work done
        assertThat(figures.earnedValue()).isEqualByComparingTo("2860");
        assertThat(figures.baselineHours()).isEqualByComparingTo("40");
    }

    @Test
    void theProjectRecordCostsTheRemovedPackagesHoursForTheLessonsAndTheCloseoutReport() {
        assertThat(records.of(projectKey).actualCost()).isEqualByComparingTo("1100");
    }
}
