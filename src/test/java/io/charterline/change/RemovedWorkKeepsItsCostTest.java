package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.monitoring.EarnedValueCalculator;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.KpiInputs;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.record.ProjectRecords;
import io.charterline.risk.OpenItemCounts;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hours booked on a package that an approved change then removes were spent all the same. Baseline v1 plans A
 * (16 h), B (8 h) and C (24 h) of JAVA at 110/h, side by side. A and B are under way, 4 h booked on A and 6 h on
 * B, when a change removes B.
 */
class RemovedWorkKeepsItsCostTest extends ChangeControlTestSupport {

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    ProjectProgress progress;

    @Autowired
    ProjectRecords records;

    @Autowired
    Clock clock;

    private String projectKey;

    private static WorkPackageSpec java(String code, int hours) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3, List.of());
    }

    @BeforeEach
    void workUnderWayThenBRemoved() {
        projectKey = executingProjectWithBaseline(List.of(java("A", 16), java("B", 8), java("C", 24))).getKey();
        // Each project its own person: the 24-hour rule spans all of a person's bookings.
        String person = "removed-work-" + projectKey;
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
        String change = changeRequestService.register(projectKey, removeB).getKey();
        changeControl.analyse(change);
        changeControl.recordDecision(change, ChangeDecision.APPROVE, "pm", "Supplier confirmed");
        changeControl.updateBaseline(change);
    }

    @Test
    void actualCostKeepsTheHoursBookedOnTheRemovedPackage() {
        KpiFigures figures = new EarnedValueCalculator().calculate(progress.inputs(projectKey), OpenItemCounts.NONE);

        assertThat(workPackages.find(projectKey, "B").orElseThrow().state()).isEqualTo(WorkPackageState.CANCELLED);
        assertThat(figures.actualHours()).isEqualByComparingTo("10");
        assertThat(figures.actualCost()).isEqualByComparingTo("1100");
        // EV 2,200 (A and C, released once B left, half each) over AC 1,100, not over the 440 of A alone
        assertThat(figures.cpi()).isEqualByComparingTo("2.0");
    }

    @Test
    void plannedAndEarnedValueStayOnTheCurrentBaseline() {
        KpiInputs inputs = progress.inputs(projectKey);
        KpiFigures figures = new EarnedValueCalculator().calculate(inputs, OpenItemCounts.NONE);

        assertThat(inputs.packages()).extracting(KpiInputs.PlannedPackage::code).containsExactlyInAnyOrder("A", "C");
        assertThat(figures.budgetAtCompletion()).isEqualByComparingTo("4400");
        // A and C in progress (C was released when the change was applied): half of 1,760 + half of 2,640
        assertThat(figures.earnedValue()).isEqualByComparingTo("2200");
        assertThat(figures.baselineHours()).isEqualByComparingTo("40");
    }

    @Test
    void theProjectRecordCostsTheRemovedPackagesHoursForTheLessonsAndTheCloseoutReport() {
        assertThat(records.of(projectKey).actualCost()).isEqualByComparingTo("1100");
    }
}
