package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.demo.ProjectDriver;
import io.charterline.notification.Notification;
import io.charterline.notification.Notifications;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.project.LifecycleVariables;
import io.charterline.resource.StaffingGapText;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change that arrives when the work is nearly or wholly done, through the real lifecycle and change control.
 * Baseline v1: A and B side by side; A is done before each test.
 */
class ChangesAtTheEndOfTheWorkTest extends ChangeControlTestSupport {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            A,Build,16,JAVA,2,
            B,Document,16,JAVA,2,
            """;
    private static final Map<String, Object> APPROVE = Map.of(CHANGE_DECISION, "APPROVE",
            CHANGE_DECISION_REASON, "Agreed");

    @Autowired
    ProjectDriver driver;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    StoredImpacts impacts;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    private String projectKey;

    @BeforeEach
    void aIsDone() {
        projectKey = ExecutingProjects.start(driver, projects, PLAN_CSV, gaps -> StaffingGapText.parse(gaps).stream()
                .map(gap -> gap.packageCode() + "=dev1").collect(Collectors.joining("\n")));
        OwnWorker.handOver(engine, workPackages, projectKey, "A");
        driver.finishPackage(projectKey, "A", 16);
    }

    private String requestChange(WorkPackageChange change, String... items) {
        Instant window = quietWindowStart();
        String key = driver.requestChange(projectKey, "pm", new ChangeRequestInput("Rework the end",
                "Change the last of the work", "The customer asked", ChangeType.NORMAL, List.of(change),
                BigDecimal.ZERO, null, List.of(items), window, window.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(projectKey);
        return key;
    }

    private void approve(String change) {
        driver.completeIfOpen(change, "Task_ApproveChangeAsSponsor", "sponsor", APPROVE);
        driver.completeIfOpen(change, "Task_ApproveChangeAsPm", "pm", APPROVE);
        driver.voteUntilDecided(change, Map.of(VOTE, "APPROVE", VOTE_REASON, "Agreed"));
        driver.runPendingJobs(projectKey);
    }

    private ProcessInstance lifecycle() {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LifecycleVariables.PROCESS_KEY).processInstanceBusinessKey(projectKey)
                .singleResult();
    }

    private Object acceptanceWaitsOnImplementation(String change) {
        return taskService.getVariableLocal(taskService.createTaskQuery().processInstanceBusinessKey(change)
                .taskDefinitionKey("Task_ImplementChange").singleResult().getId(), ACCEPTANCE_WAITS);
    }

    private List<String> noticesOfHeldAcceptance() {
        return notifications.of(projectKey).stream()
                .filter(notice -> notice.getEvent().equals(AcceptanceWaits.NOTICE))
                .map(notice -> notice.getRecipients() + ": " + notice.getSubject()).toList();
    }

    private String title(String change) {
        return change + " (" + changeRequests.findByKey(change).orElseThrow().getTitle() + ") on " + projectKey;
    }

    private boolean lifecyclePassedWorkCompleted() {
        String lifecycle = lifecycle().getId();
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(lifecycle)
                .activityId("Event_WorkCompleted").finished().count() == 1;
    }

    @Test
    void aChangeThatCancelsTheLastOpenPackageLetsTheLifecycleMoveOnToAcceptance() {
        assertThat(lifecyclePassedWorkCompleted()).isFalse();

        String change = requestChange(new WorkPackageChange(WorkPackageAction.REMOVE, "B", null, null, null, null,
                null));
        approve(change);

        assertThat(workPackages.find(projectKey, "B").orElseThrow().state()).isEqualTo(WorkPackageState.CANCELLED);
        assertThat(lifecyclePassedWorkCompleted()).isTrue();
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.WORK_PACKAGES_UPDATED).findFirst().orElseThrow()
                .getDetail()).endsWith("no work is open any more, so the project moves on to acceptance");
    }

    @Test
    void aChangeThatAddsWorkAfterAllWorkIsFinishedNoLongerApplies() {
        String change = requestChange(new WorkPackageChange(WorkPackageAction.ADD, "C", "Train the users",
                new BigDecimal("8"), "JAVA", 2, List.of("A")));
        OwnWorker.handOver(engine, workPackages, projectKey, "B");
        driver.finishPackage(projectKey, "B", 16);
        assertThat(lifecyclePassedWorkCompleted()).isTrue();

        approve(change);

        assertThat(changeRequests.findByKey(change).orElseThrow().getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.NOT_APPLICABLE).findFirst().orElseThrow()
                .getDetail()).contains("all work of " + projectKey + " is finished");
        assertThat(workPackages.find(projectKey, "C")).isEmpty();
        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void backingOutTheCancellationOfTheLastOpenPackageAfterTheWorkIsFinishedIsRefused() {
        String change = requestChange(new WorkPackageChange(WorkPackageAction.REMOVE, "B", null, null, null, null,
                null));
        approve(change);
        driver.complete(change, "Task_ImplementChange", "pm", Map.of(IMPLEMENTATION_NOTES, "B dropped"));
        driver.complete(change, "Task_ReviewImplementation", "pmo", Map.of(IMPLEMENTATION_OUTCOME, "FAILED",
                REVIEW_COMMENT, "The customer wants the documentation after all"));
        driver.runPendingJobs(projectKey);

        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.BACK_OUT_REFUSED).findFirst().orElseThrow()
                .getDetail()).contains("it would bring back B after all work is finished");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(change)
                .taskDefinitionKey("Task_FollowUpRefusedBackOut").count()).isEqualTo(1);
        assertThat(workPackages.find(projectKey, "B").orElseThrow().state()).isEqualTo(WorkPackageState.CANCELLED);
        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void hoursBookedOnRemovedWorkWhileTheChangeWaitedAreAnalysedAgainBeforeItIsApplied() {
        driver.bookToday(projectKey, "B", "4", "Outline");
        String change = requestChange(new WorkPackageChange(WorkPackageAction.REMOVE, "B", null, null, null, null,
                null));
        BigDecimal analysed = costDelta(change);
        driver.bookToday(projectKey, "B", "2", "First chapter");

        approve(change);

        // B plans 16 h; 4 h were spent when it was analysed, 6 h when it is applied: the saving shrinks by 2 h.
        BigDecimal hourlyRate = analysed.negate().divide(new BigDecimal("12"));
        assertThat(costDelta(change)).isEqualByComparingTo(analysed.add(hourlyRate.multiply(new BigDecimal("2"))));
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.REANALYSED).findFirst().orElseThrow()
                .getDetail()).startsWith("Hours were booked on work this change removes since it was analysed"
                        + " (cost then " + analysed.toPlainString() + ")");
    }

    @Test
    void finishingTheLastPackageWhileAnApprovedChangeWaitsForItsWindowTellsWhomAcceptanceWaitsFor() {
        String change = requestChange(new WorkPackageChange(WorkPackageAction.MODIFY, "B", null, new BigDecimal("20"),
                null, null, null));
        approve(change);
        assertThat(acceptanceWaitsOnImplementation(change)).as("work is still open").isNull();
        ChangeRequest scheduled = changeRequests.findByKey(change).orElseThrow();

        OwnWorker.handOver(engine, workPackages, projectKey, "B");
        driver.finishPackage(projectKey, "B", 20);

        BpmnAwareTests.assertThat(lifecycle()).hasPassed("Event_WorkCompleted")
                .isWaitingAt("CallActivity_ChangeControl");
        assertThat(noticesOfHeldAcceptance()).containsExactly("pm,sponsor: " + title(change)
                + " holds the acceptance of " + projectKey + ": all its work packages are done, and acceptance waits"
                + " for this change, scheduled for its window "
                + new ImplementationWindow(scheduled.getScheduledStart(), scheduled.getScheduledEnd())
                + "; it may be implemented before the window, or re-planned");
        assertThat(acceptanceWaitsOnImplementation(change)).isEqualTo("As of " + LocalDate.now(clock)
                + " all planned work of " + projectKey + " is done: the project's acceptance waits for this change's"
                + " implementation and review");
    }

    @Test
    void aChangeApprovedAfterAllWorkIsDoneTellsItsImplementerThatAcceptanceWaitsForIt() {
        Instant window = quietWindowStart();
        String change = driver.requestChange(projectKey, "pm", new ChangeRequestInput("Patch the CRM",
                "Apply the vendor patch", "Security advisory", ChangeType.NORMAL, List.of(), BigDecimal.ZERO, null,
                List.of("T-CRM"), window, window.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(projectKey);
        OwnWorker.handOver(engine, workPackages, projectKey, "B");
        driver.finishPackage(projectKey, "B", 16);
        assertThat(noticesOfHeldAcceptance()).containsExactly("pm,sponsor: " + title(change)
                + " holds the acceptance of " + projectKey + ": all its work packages are done, and acceptance waits"
                + " for this change, which is still waiting for its decision");

        approve(change);

        assertThat(acceptanceWaitsOnImplementation(change)).isEqualTo("As of " + LocalDate.now(clock)
                + " all planned work of " + projectKey + " is done: the project's acceptance waits for this change's"
                + " implementation and review");
    }

    @Test
    void aConflictingWindowAfterThePlannedFinishTellsThePmoThatTheProjectCannotCloseBeforeIt() {
        String change = requestChange(new WorkPackageChange(WorkPackageAction.MODIFY, "B", null, new BigDecimal("20"),
                null, null, null), "PAYROLL");
        approve(change);

        ChangeRequest waiting = changeRequests.findByKey(change).orElseThrow();
        LocalDate finish = baselineService.currentBaseline(projectKey).orElseThrow().plan().finishDate()
                .plusDays(impacts.of(waiting).scheduleSlipDays());
        // The requested window runs from Saturday 22:00 to midnight; the calendar proposes the one a week later.
        LocalDate requestedDay = LocalDate.ofInstant(quietWindowStart(), ZoneOffset.UTC);
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(change).singleResult().getId(), WINDOW_AFTER_FINISH)).isEqualTo(
                "The proposed window ends " + ChronoUnit.DAYS.between(finish, requestedDay.plusDays(7))
                        + " days after the planned finish " + finish + ": the project cannot close before it."
                        + " The requested window ends " + ChronoUnit.DAYS.between(finish, requestedDay)
                        + " days after the planned finish " + finish + ": if you keep it, the project cannot close"
                        + " before it.");
    }

    private BigDecimal costDelta(String change) {
        return impacts.of(changeRequests.findByKey(change).orElseThrow()).costDelta();
    }
}
