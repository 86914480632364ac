package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.ProjectProgress;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.Baseline;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.Project;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change request's budget change, through the real change-control process. The project's charter budget is
 * 100,000 and baseline v1 plans A and B, 400 h of JAVA each at 110/h: a BAC of 88,000. The change adds package C
 * (10 h of JAVA, 1,100) and 3,000 of budget: its analysis shows a cost of +1,100, the budget change apart.
 */
class ApprovedBudgetChangeTest extends ChangeControlTestSupport {

    @Autowired
    ProjectProgress progress;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    Clock clock;

    private Project project;

    private static WorkPackageSpec java(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                List.of(predecessors));
    }

    @BeforeEach
    void projectWithApprovedBaseline() {
        project = executingProjectWithBaseline(List.of(java("A", 400), java("B", 400, "A")));
    }

    /** The project manager approves (the change is minor), then it is implemented and reviewed. */
    private ProcessInstance approvedAndReviewed(String outcome) {
        return approvedAndReviewed(outcome, () -> { });
    }

    /** As above, with {@code meanwhile} done once the baseline holds the change, before it is implemented. */
    private ProcessInstance approvedAndReviewed(String outcome, Runnable meanwhile) {
        ProcessInstance change = requestChange(project, proposal().budgetChange(3000).add("C", 10, "JAVA"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                "Controlling pays for it");
        runJobs(change);
        meanwhile.run();
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Export switched on");
        decide(task(change, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, outcome, REVIEW_COMMENT,
                "Checked the export");
        runJobs(change);
        return change;
    }

    /** What the lifecycle's Task_ComputeKpis does: measure the project today and store the next status report. */
    private void statusCycle() {
        ProjectProgress.StatusMeasurement measurement = progress.statusMeasurement(project.getKey());
        statusReports.recordStatus(project.getKey(), measurement.inputs(), measurement.forecast());
    }

    private Project reloaded() {
        return projects.findById(project.getId()).orElseThrow();
    }

    private String logOf(ProcessInstance change, ChangeEvent event) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()).stream()
                .filter(entry -> entry.getEvent() == event).map(ChangeLogEntry::getDetail)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aChangeMustLeaveSomeApprovedBudget() {
        assertThatThrownBy(() -> requestChange(project, proposal().budgetChange(-100_001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("budgetChange: would leave the approved budget of $100,000.00 at -$1.00; it must "
                        + "stay more than 0 (to stop the project, terminate it)");
        assertThatThrownBy(() -> requestChange(project, proposal().budgetChange(-100_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("would leave the approved budget of $100,000.00 at $0.00");

        assertThat(changeRequestService.register(project.getKey(), proposal().budgetChange(-99_999).build()))
                .isNotNull();
    }

    /** Books {@code hours} on package A, released to a person of this project's own. */
    private void bookOnA(int hours) {
        workPackages.syncFromBaseline(project.getKey());
        workPackages.markReleased(project.getKey(), "A", "instance-A");
        // A person of this project's own: the 24-hour rule spans all of a person's bookings.
        String person = "budget-" + project.getKey();
        User user = engine.getIdentityService().newUser(person);
        user.setLastName(person);
        engine.getIdentityService().saveUser(user);
        workPackages.assign(project.getKey(), "A", person);
        timeEntries.book(project.getKey(), new TimeEntryInput("A", LocalDate.now(clock), BigDecimal.valueOf(hours),
                "Analysis", person), "pm", List.of());
    }

    @Test
    void aChangeCannotTakeTheApprovedBudgetBelowWhatTheWorkHasCostSoFar() {
        bookOnA(10);

        // 10 h x 110 = 1,100 spent on A
        assertThatThrownBy(() -> requestChange(project, proposal().budgetChange(-99_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("budgetChange: would take the approved budget of $100,000.00 below the $1,100.00 "
                        + "already spent on the project's work; the most a change can take is $98,900.00");
        assertThat(changeRequestService.register(project.getKey(), proposal().budgetChange(-98_900).build()))
                .isNotNull();
    }

    /** A cut of more than a tenth of the budget is major: the sponsor, then the board approve it. */
    private void approveAsSponsorAndBoard(ProcessInstance change, String reason) {
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, reason);
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, reason);
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, reason);
        runJobs(change);
    }

    @Test
    void twoCutsThatTogetherExceedTheApprovedBudgetLeaveTheSecondNotApplicable() {
        ProcessInstance first = requestChange(project, proposal().budgetChange(-60_000));
        ProcessInstance second = requestChange(project, proposal().budgetChange(-60_000));
        runJobs(first);
        runJobs(second);
        approveAsSponsorAndBoard(first, "Scope moved to next year");
        approveAsSponsorAndBoard(second, "Savings found");

        assertThat(changeRequest(first).getAppliedBaselineVersion()).as("a budget cut changes no work package, so "
                + "v1 stays current").isEqualTo(1);
        assertThat(changeRequest(second).getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("40000");
        assertThat(logOf(second, ChangeEvent.NOT_APPLICABLE)).contains(
                "budget change of -$60,000.00 would take the approved budget of $40,000.00 below zero");
    }

    @Test
    void aCutThatHoursBookedSinceItsRequestLeaveUncoveredEndsNotApplicable() {
        ProcessInstance cut = requestChange(project, proposal().budgetChange(-98_000));
        runJobs(cut);
        // 20 h x 110 = 2,200 spent while the cut waits for its approval; it would leave 2,000
        bookOnA(20);
        approveAsSponsorAndBoard(cut, "Savings found");

        BpmnAwareTests.assertThat(cut).isEnded().hasPassed("BoundaryEvent_ChangeNoLongerApplies",
                "EndEvent_ChangeNotApplicable");
        assertThat(changeRequest(cut).getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("100000");
        assertThat(baselineService.currentBaseline(project.getKey()).orElseThrow().version()).isEqualTo(1);
        assertThat(logOf(cut, ChangeEvent.NOT_APPLICABLE)).contains("budget change of -$98,000.00 would leave "
                + "$2,000.00 of the approved budget of $100,000.00, less than the $2,200.00 the project's work has cost "
                + "by now");
    }

    @Test
    void aCutThatWouldLeaveNoApprovedBudgetEndsNotApplicable() {
        ProcessInstance first = requestChange(project, proposal().budgetChange(-50_000));
        ProcessInstance second = requestChange(project, proposal().budgetChange(-50_000));
        runJobs(first);
        runJobs(second);
        approveAsSponsorAndBoard(first, "Scope moved to next year");
        approveAsSponsorAndBoard(second, "Savings found");

        assertThat(changeRequest(second).getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("50000");
        assertThat(logOf(second, ChangeEvent.NOT_APPLICABLE)).contains(
                "would leave the approved budget of $50,000.00 at $0.00; it must stay more than 0");
    }

    @Test
    void approvedBudgetChangeRaisesTheApprovedBudgetAndTheChangeLogSaysByHowMuchInDollars() {
        ProcessInstance change = approvedAndReviewed("SUCCESS");

        assertThat(changeRequest(change).getImpactJson()).contains("\"costDelta\":1100.00",
                "\"budgetChange\":3000.00");
        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("103000");
        assertThat(reloaded().getBudget()).as("the charter's budget").isEqualByComparingTo("100000");
        assertThat(logOf(change, ChangeEvent.BASELINE_UPDATED))
                .contains("budget at completion +$1,100.00")
                .contains("approved budget +$3,000.00, from $100,000.00 to $103,000.00");
    }

    @Test
    void theBaselineTakesTheAnalysedCostOfTheWorkAndTheApprovedBudgetTheBudgetChange() {
        approvedAndReviewed("SUCCESS");

        Baseline v2 = baselineService.currentBaseline(project.getKey()).orElseThrow();
        BigDecimal bacDelta = v2.plan().budgetAtCompletion().subtract(new BigDecimal("88000"));
        BigDecimal budgetDelta = reloaded().getApprovedBudget().subtract(reloaded().getBudget());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(bacDelta).isEqualByComparingTo("1100");
        assertThat(budgetDelta).isEqualByComparingTo("3000");
    }

    @Test
    void eachStatusCycleRecordsTheApprovedBudgetOfItsDayAndTheHeadroomTheForecastLeavesInIt() {
        statusCycle();
        approvedAndReviewed("SUCCESS");
        statusCycle();

        List<KpiFigures> cycles = statusReports.history(project.getKey()).stream().map(StatusReport::figures)
                .toList();
        // Nothing is booked, so EAC is the BAC: 88,000 before the change, 89,100 after it added C.
        assertThat(cycles).extracting(KpiFigures::estimateAtCompletion)
                .containsExactly(new BigDecimal("88000.00"), new BigDecimal("89100.00"));
        assertThat(cycles).extracting(KpiFigures::approvedBudget)
                .containsExactly(new BigDecimal("100000.00"), new BigDecimal("103000.00"));
        assertThat(cycles).extracting(KpiFigures::budgetHeadroomAtCompletion)
                .containsExactly(new BigDecimal("12000.00"), new BigDecimal("13900.00"));
    }

    @Test
    void backedOutChangeGivesTheMoneyBack() {
        ProcessInstance change = approvedAndReviewed("FAILED");

        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.BACKED_OUT);
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("100000");
        assertThat(logOf(change, ChangeEvent.BASELINE_RESTORED))
                .contains("approved budget -$3,000.00, from $103,000.00 to $100,000.00");
    }

    @Test
    void theBackOutsBaselineVersionNamesTheReviewerWhoFoundTheImplementationFailed() {
        approvedAndReviewed("FAILED");

        Baseline restored = baselineService.currentBaseline(project.getKey()).orElseThrow();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.createdBy()).isEqualTo("pmo");
        assertThat(baselineService.baseline(project.getKey(), 2).orElseThrow().createdBy())
                .as("as the change's own version names its approver").isEqualTo("pm");
    }

    @Test
    void backOutCancelsAnAddedPackageWithHoursBookedAndKeepsOnlyItsSpentCost() {
        ProcessInstance change = approvedAndReviewed("FAILED", () -> {
            // The baseline update released C and booked someone on it, who starts on it
            String assignee = workPackages.find(project.getKey(), "C").orElseThrow().assignee();
            timeEntries.book(project.getKey(), new TimeEntryInput("C", LocalDate.now(clock), new BigDecimal("3"),
                    "Started the export", assignee), "pm", List.of());
        });

        // 3 h x 110 = 330 of C's 1,100 were spent: they stay in the budget at completion and in the approved budget
        BpmnAwareTests.assertThat(change).hasPassed("EndEvent_ChangeBackedOut");
        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.BACKED_OUT);
        assertThat(workPackages.find(project.getKey(), "C").orElseThrow().state())
                .isEqualTo(WorkPackageState.CANCELLED);
        assertThat(baselineService.currentBaseline(project.getKey()).orElseThrow().plan().budgetAtCompletion())
                .isEqualByComparingTo("88330");
        assertThat(reloaded().getApprovedBudget()).isEqualByComparingTo("100330");
        assertThat(logOf(change, ChangeEvent.BASELINE_RESTORED))
                .contains("Reverted: C cancelled: 3.00 h already booked stay as spent cost")
                .contains("approved budget -$2,670.00, from $103,000.00 to $100,330.00");
    }
}
