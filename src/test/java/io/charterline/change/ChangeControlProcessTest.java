package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static io.charterline.work.WorkPackageVariables.ADDED_BY_CHANGE;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.notification.Notification;
import io.charterline.notification.Notifications;
import io.charterline.platform.text.Money;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.plan.WorkingCalendar;
import io.charterline.project.Project;
import io.charterline.plan.Baseline;
import io.charterline.plan.WorkPackageSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of change-control, as the people involved would walk it. Runs in its own Spring context with the
 * coverage listener, which fails the class unless every flow node and sequence flow of change-control was taken
 * (so a single method run alone fails on coverage by design).
 */
@Import({ProcessEngineCoverageConfiguration.class, ChangeControlTestSupport.FrozenItemsCalendar.class,
        ChangeControlProcessTest.FullCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ChangeControlProcessTest extends ChangeControlTestSupport {

    @Autowired
    FormService formService;

    @Autowired
    Notifications notifications;

    @Autowired
    ChangeWithdrawals withdrawals;

    @TestConfiguration
    static class FullCoverage {

        /** Primary over the library's default, which its configuration registers before this one is seen. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties changeControlCoverage() {
            return ProcessEngineCoverageProperties.builder()
                    .excludeProcessDefinitionKeys("project-lifecycle", "work-package")
                    .assertClassCoverageAtLeast(1.0)
                    .build();
        }
    }

    private static final String REASON = "Checked against the plan";

    /** Approved change: schedule, baseline and implementation run; the review decides the end. */
    private void implementAndReview(ProcessInstance change, String outcome) {
        runJobs(change);
        assertThat(change).isWaitingAt("Task_ImplementChange");
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");
        if ("ECAB".equals(changeRequest(change).getApprovalRoute())) {
            decide(task(change, "Task_ReviewEmergencyChange"), "ccb2", EMERGENCY_REVIEW_OUTCOME, "JUSTIFIED",
                    EMERGENCY_REVIEW_COMMENT, "Outage was real");
        }
        decide(task(change, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, outcome, REVIEW_COMMENT,
                "SUCCESS".equals(outcome) ? "Works as intended" : "Orders stuck in export");
        runJobs(change);
    }

    @Test
    void preApprovedStandardChangeNeedsNoApproverAndClosesAfterASuccessfulReview() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(0)
                .add("9.1", 4, "JAVA").items("WIKI"));

        runJobs(change);

        assertThat(change).hasPassed("Task_AnalyseImpact", "Task_ClassifyChange", "Task_RecordClassification",
                "Task_RecordDecision", "Task_ScheduleImplementation").isWaitingAt("Task_ImplementChange");
        assertThat(task(change, "Task_ImplementChange")).isAssignedTo("pm");
        assertThat(change).variables().containsEntry(SCHEDULED_WINDOW,
                new ImplementationWindow(requestedStart(change), requestedEnd(change)).toString());
        assertThat(change).variables().containsEntry(APPROVAL_ROUTE, "AUTO").containsEntry(CHANGE_CLASS, "STANDARD")
                .containsEntry(RISK_LEVEL, "LOW").containsEntry(CHANGE_DECISION, "APPROVE");
        implementAndReview(change, "SUCCESS");

        assertThat(change).isEnded().hasPassed("EndEvent_ChangeClosed");
        ChangeRequest closed = changeRequest(change);
        Assertions.assertThat(closed.getStatus()).isEqualTo(ChangeStatus.CLOSED);
        Assertions.assertThat(closed.getDecidedBy()).isNull();
        Assertions.assertThat(closed.getScheduledStart()).isEqualTo(requestedStart(change));
        Assertions.assertThat(story(change)).containsExactly(ChangeEvent.SUBMITTED, ChangeEvent.ANALYSED,
                ChangeEvent.CLASSIFIED, ChangeEvent.APPROVED, ChangeEvent.SCHEDULED, ChangeEvent.BASELINE_UPDATED,
                ChangeEvent.IMPLEMENTED, ChangeEvent.REVIEWED, ChangeEvent.CLOSED);
    }

    @Test
    void analysisStoresTheImpactAndGivesTheReviewersASummary() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().budgetChange(1000).add("7.1", 10, "JAVA")
                .items("T-BILLING"));

        runJobs(change);

        // 10 h x 110 = 1,100, which is 1.1 % of 100,000; the budget's 1,000 (1 % of the approved budget) apart
        ChangeRequest analysed = changeRequest(change);
        Assertions.assertThat(analysed.getImpactJson()).contains("\"costDelta\":1100.00", "\"budgetChange\":1000.00");
        assertThat(change).variables().containsEntry(COST_SHARE_PERCENT, 1.1)
                .containsEntry(BUDGET_CHANGE_PERCENT, 1.0)
                .containsEntry(MAX_SERVICE_CRITICALITY, "HIGH").containsEntry(CRITICAL_SERVICE_COUNT, 0)
                .containsEntry(IMPACT_SUMMARY, analysed.getImpactSummary());
        Assertions.assertThat(analysed.getImpactSummary())
                .contains("- Cost: +$1,100.00 (1.10 % of the budget at completion $100,000.00)\n"
                        + "- Approved budget: $100,000.00 -> $101,000.00 (+1.00 %)\n")
                .contains("BILLING (Billing, HIGH, named)");
    }

    @Test
    void smallWorkWithABudgetRequestIsClassifiedByTheCostOfItsWork() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().budgetChange(9500).add("7.1", 10, "JAVA"));
        runJobs(change);

        // The work costs 1,100 (1.1 % of 100,000); the 9,500 moved into the budget is no cost of it
        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm").variables()
                .containsEntry(COST_SHARE_PERCENT, 1.1).containsEntry(BUDGET_CHANGE_PERCENT, 9.5)
                .containsEntry(CHANGE_CLASS, "MINOR").containsEntry(APPROVAL_ROUTE, "PM");
        Assertions.assertThat(changeRequest(change).getImpactSummary())
                .contains("- Cost: +$1,100.00 (1.10 % of the budget at completion $100,000.00)");
    }

    @Test
    void largeMoveOfTheApprovedBudgetGoesToTheSponsor() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().budgetChange(10500).add("7.1", 10, "JAVA"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(COST_SHARE_PERCENT, 1.1).containsEntry(BUDGET_CHANGE_PERCENT, 10.5)
                .containsEntry(CHANGE_CLASS, "MAJOR").containsEntry(APPROVAL_ROUTE, "SPONSOR_AND_CCB");
    }

    /**
     * A rule deployed before the deployment check existed may still give a route no flow names, as "BOARD" for
     * "CCB" did: the change goes the strictest route instead of stalling at the gateway, and its log says why.
     */
    @Test
    void aRouteTheProcessDoesNotKnowGoesToTheSponsorAndTheBoardAndTheLogNamesIt() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        runtimeService.setVariable(change.getId(), APPROVAL_ROUTE, "BOARD");
        runtimeService.createProcessInstanceModification(change.getId())
                .cancelAllForActivity("Task_ApproveChangeAsPm")
                .startBeforeActivity("Gateway_RuleMatched")
                .execute();

        // The rule's reason spoke for the project manager; the note, not the reason, says why the sponsor decides
        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(APPROVAL_ROUTE, ROUTE_SPONSOR_AND_CCB).containsEntry(CLASSIFICATION_REASON, null);
        assertThat(task(change, "Task_ApproveChangeAsSponsor")).isAssignedTo("sponsor");
        Assertions.assertThat(changeRequest(change).getApprovalRoute()).isEqualTo(ROUTE_SPONSOR_AND_CCB);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .filteredOn(entry -> entry.getEvent() == ChangeEvent.CLASSIFIED).last()
                .extracting(ChangeLogEntry::getDetail).isEqualTo("class MINOR, risk LOW, route SPONSOR_AND_CCB. "
                        + "The decision change-classification gave approvalRoute \"BOARD\", which is not one of "
                        + "AUTO, PM, CCB, SPONSOR_AND_CCB, ECAB, MANUAL: the change goes the strictest route, "
                        + "sponsor and board; the rule needs correcting");
    }

    @Test
    void projectManagerApprovesAMinorChange() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        assertThat(task(change, "Task_ApproveChangeAsPm")).isAssignedTo("pm");
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");
        // a successful review needs no comment: the form leaves the field out
        decide(task(change, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, "SUCCESS");
        runJobs(change);

        assertThat(change).hasPassed("EndEvent_ChangeClosed");
        Assertions.assertThat(changeRequest(change).getDecidedBy()).isEqualTo("pm");
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .filteredOn(entry -> entry.getEvent() == ChangeEvent.REVIEWED)
                .singleElement().extracting(ChangeLogEntry::getDetail).isEqualTo("SUCCESS");
    }

    @Test
    void implementationIsDueAtTheEndOfItsWindowAndFollowedUpAtItsStart() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        Task implement = task(change, "Task_ImplementChange");
        Assertions.assertThat(implement.getDueDate()).isEqualTo(Date.from(requestedEnd(change)));
        Assertions.assertThat(implement.getFollowUpDate()).isEqualTo(Date.from(requestedStart(change)));
    }

    /** An instance moved to the implementation without a scheduled window, as by a migration, still gets its task. */
    @Test
    void implementationWithoutAScheduledWindowHasNoDueDate() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        runtimeService.removeVariables(change.getId(), List.of(SCHEDULED_WINDOW_START, SCHEDULED_WINDOW_END));
        runtimeService.setVariable(change.getId(), IMPLEMENTER, "pm");
        runtimeService.createProcessInstanceModification(change.getId())
                .cancelAllForActivity("Task_ApproveChangeAsPm")
                .startBeforeActivity("Task_ImplementChange")
                .execute();

        Task implement = task(change, "Task_ImplementChange");
        Assertions.assertThat(implement.getDueDate()).isNull();
        Assertions.assertThat(implement.getFollowUpDate()).isNull();
    }

    @Test
    void requesterIsNotifiedOfTheApprovalWithItsWindowAndOfTheClosing() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        ChangeRequest approved = changeRequest(change);
        String about = approved.getKey() + " (" + approved.getTitle() + ") on " + project.getKey();

        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("CHANGE_APPROVED", "requester", about + " was approved by Priya Manager;"
                        + " implementation window " + new ImplementationWindow(requestedStart(change),
                        requestedEnd(change))), tuple("CHANGE_BASELINE_UPDATED", "sponsor,pm", about
                        + " was approved by Priya Manager and changed the plan: approved budget "
                        + Money.of(project.getApprovedBudget()) + " -> "
                        + Money.of(project.getApprovedBudget().add(new BigDecimal("2000")))));

        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");
        decide(task(change, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, "SUCCESS");
        runJobs(change);

        Assertions.assertThat(notifications.of(project.getKey())).extracting(Notification::getEvent,
                        Notification::getRecipients, Notification::getSubject)
                .endsWith(tuple("CHANGE_CLOSED", "requester",
                        about + " is closed: Paul Office reviewed its implementation as successful"));
    }

    @Test
    void changeImplementedBeforeItsWindowIsFlaggedToTheReviewerAndInTheChangeLog() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        Instant start = requestedStart(change);
        long daysEarly = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), LocalDate.ofInstant(start,
                ZoneOffset.UTC));
        String flag = "Implemented " + daysEarly + " days before its window (start "
                + new ImplementationWindow(start, requestedEnd(change)).toString().substring(0, 16) + " UTC)";

        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");

        Assertions.assertThat(taskService.getVariable(task(change, "Task_ReviewImplementation").getId(),
                IMPLEMENTED_EARLY)).as("the reviewer's form").isEqualTo(flag);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .filteredOn(entry -> entry.getEvent() == ChangeEvent.IMPLEMENTED)
                .singleElement().extracting(ChangeLogEntry::getDetail)
                .isEqualTo("Deployed on Saturday night [" + flag + "]");
        assertThat(change).isWaitingAt("Task_ReviewImplementation");
    }

    @Test
    void theImplementationReviewIsDueInFiveWorkingDays() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "ok");
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed");

        Assertions.assertThat(LocalDate.ofInstant(task(change, "Task_ReviewImplementation").getDueDate().toInstant(),
                ZoneOffset.UTC)).isEqualTo(WorkingCalendar.plusWorkingDays(
                WorkingCalendar.onOrAfter(LocalDate.now(ZoneOffset.UTC)), 5));
    }

    @Test
    void implementerIsToldBeforeCompletingThatItIsEarlyAndWhoApprovedAndWhy() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        Instant start = requestedStart(change);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long daysEarly = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(start, ZoneOffset.UTC));

        Task implement = task(change, "Task_ImplementChange");

        Assertions.assertThat(taskService.getVariableLocal(implement.getId(), IMPLEMENTING_EARLY)).isEqualTo("As of "
                + today + ", when this task was created, completing it is " + daysEarly + " days before its window"
                + " (start " + new ImplementationWindow(start, requestedEnd(change)).toString().substring(0, 16)
                + " UTC)");
        Assertions.assertThat((String) taskService.getVariableLocal(implement.getId(), EARLIER_DECISIONS))
                .startsWith("- **Priya Manager** approved it on ").endsWith(": " + REASON);
    }

    @Test
    void reviewerSeesWhoImplementedTheChangeAndWhen() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");

        Assertions.assertThat((String) taskService.getVariable(task(change, "Task_ReviewImplementation").getId(),
                IMPLEMENTED_BY)).startsWith("Priya Manager on " + LocalDate.now(ZoneOffset.UTC) + " ").endsWith(" UTC");
    }

    @Test
    void workAChangeAddsIsReleasedAtApprovalAndItsTaskNamesTheChange() {
        Project project = threePackageProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM").add("D", 4, "JAVA"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Tested well");

        runJobs(change);

        assertThat(change).isWaitingAt("Task_ImplementChange");
        Assertions.assertThat(runtimeService.getVariable(workPackageInstance(project, "D"), ADDED_BY_CHANGE))
                .isEqualTo(changeRequest(change).getKey());
        Assertions.assertThat(runtimeService.getVariable(workPackageInstance(project, "A"), ADDED_BY_CHANGE))
                .as("planned work").isNull();
    }

    @Test
    void projectManagerRejectsAndTheRequesterIsToldWithTheBaselineUntouched() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "REJECT",
                CHANGE_DECISION_REASON, "No capacity this quarter");

        assertThat(change).isEnded().hasPassed("Event_DecisionNoticeSent", "EndEvent_ChangeRejected");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.REJECTED);
        Assertions.assertThat(changeRequest(change).getDecisionReason()).isEqualTo("No capacity this quarter");
        Task notice = notice(change);
        assertThat(notice).isAssignedTo("requester");
        Assertions.assertThat(formService.getDeployedTaskForm(notice.getId())).as("Tasklist's form").isNotNull();
        Assertions.assertThat(taskService.getVariables(notice.getId())).containsEntry(CHANGE_OUTCOME, "rejected")
                .containsEntry(CHANGE_DECISION_REASON, "No capacity this quarter")
                .containsEntry(CHANGE_DECISION_REASON_GIVEN, "Priya Manager: No capacity this quarter")
                .containsEntry(CHANGE_TITLE, changeRequest(change).getTitle())
                .containsEntry(CHANGE_REQUEST_ID, changeRequest(change).getKey());
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.REJECTED);
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients, Notification::getSubject)
                .as("the rejection, where the requester reads approvals too; no approval notice")
                .containsExactly(tuple("CHANGE_REJECTED", "requester", about(change, project)
                        + " was rejected. Reason: Priya Manager: No capacity this quarter"));

        decide(notice, "requester");

        Assertions.assertThat(notice(change)).isNull();
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.REJECTED, ChangeEvent.ACKNOWLEDGED)
                .doesNotContain(ChangeEvent.BASELINE_UPDATED);
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).activityId("EndEvent_DecisionAcknowledged").count())
                .isOne();
    }

    @Test
    void anUnreadDecisionNoticeIsWithdrawnWhenItsProjectEnds() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "REJECT",
                CHANGE_DECISION_REASON, "No capacity this quarter");
        Task notice = notice(change);

        runtimeService.createMessageCorrelation(MESSAGE_PROJECT_ENDED)
                .processInstanceVariableEquals(PROJECT_KEY, project.getKey()).correlateAll();

        Assertions.assertThat(notice(change)).isNull();
        Assertions.assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).count()).isZero();
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).activityId("EndEvent_NoticeWithdrawn").count())
                .isOne();
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.REJECTED);
    }

    @Test
    void approvedChangeThatAnEarlierChangeMadeInapplicableEndsAsNotApplicableWithTheReasonLogged() {
        Project project = executingProjectWithBaseline(List.of(new WorkPackageSpec("7.1", "Order screens",
                new BigDecimal("2000"), "JAVA", 3, List.of())));
        ProcessInstance first = requestChange(project, proposal().budgetChange(0).add("7.9", 10, "JAVA"));
        ProcessInstance second = requestChange(project, proposal().budgetChange(0).add("7.9", 12, "JAVA"));
        runJobs(first);
        runJobs(second);
        decide(task(first, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(first);
        assertThat(first).isWaitingAt("Task_ImplementChange");

        decide(task(second, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(second);

        assertThat(second).isEnded().hasPassed("BoundaryEvent_ChangeNoLongerApplies", "EndEvent_ChangeNotApplicable");
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(second.getId()).count())
                .as("no job left behind, so no incident").isZero();
        ChangeRequest notApplied = changeRequest(second);
        Assertions.assertThat(notApplied.getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        Assertions.assertThat(notApplied.getAppliedBaselineVersion()).isNull();
        // Told while it waited for its approver that the first change's baseline update moved the plan, it was
        // re-analysed there and found no longer to apply, which its approver read; its update ends it the same way.
        Assertions.assertThat(story(second)).containsSubsequence(ChangeEvent.CLASSIFIED, ChangeEvent.REANALYSED,
                        ChangeEvent.SCHEDULED, ChangeEvent.NOT_APPLICABLE)
                .containsSubsequence(ChangeEvent.APPROVED, ChangeEvent.SCHEDULED, ChangeEvent.NOT_APPLICABLE)
                .endsWith(ChangeEvent.NOT_APPLICABLE).doesNotContain(ChangeEvent.BASELINE_UPDATED);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(notApplied.getKey()).get(
                        story(second).size() - 1).getDetail())
                .contains(notApplied.getKey() + " can no longer be applied to baseline v2", "7.9");
        Assertions.assertThat(changeRequest(first).getAppliedBaselineVersion()).isEqualTo(2);
    }

    @Test
    void projectManagerDefersAndTheRequesterIsTold() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "DEFER",
                CHANGE_DECISION_REASON, "After the release");

        assertThat(change).isEnded().hasPassed("EndEvent_ChangeDeferred");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.DEFERRED);
        Assertions.assertThat(taskService.getVariables(notice(change).getId()))
                .containsEntry(CHANGE_OUTCOME, "deferred");
    }

    @Test
    void decisionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE"),
                InvalidVariablesException.class,
                ": Reason is required when the decision is 'Approve the change'");

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
    }

    @Test
    void changeToACriticalServiceGoesToTheBoardWhichClosesTheVoteOnceTwoOfThreeApprove() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_VoteOnChange").variables().containsEntry(APPROVAL_ROUTE, "CCB")
                .containsEntry(RISK_LEVEL, "HIGH");
        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).extracting(Task::getAssignee)
                .containsExactly("ccb1", "ccb2", "ccb3");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");
        assertThat(change).isWaitingAt("Task_VoteOnChange");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Tested well");

        assertThat(change).hasPassed("Task_TallyVotes").isWaitingAt("Task_ScheduleImplementation");
        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).isEmpty();
        ChangeRequest approved = changeRequest(change);
        Assertions.assertThat(approved.getStatus()).isEqualTo(ChangeStatus.APPROVED);
        Assertions.assertThat(approved.getDecidedBy()).isEqualTo("ccb");
        Assertions.assertThat(approved.getDecisionReason())
                .isEqualTo("Board vote: 2 of 3 board members approved, 0 rejected, 0 deferred (majority: 2). "
                        + "Carla Board approved: Low risk; Chen Board approved: Tested well");
        Assertions.assertThat(votes.findByChangeRequestIdOrderByVotedAtAscIdAsc(approved.getId()))
                .extracting(ChangeVote::getVoterId, ChangeVote::getVote)
                .containsExactly(tuple("ccb1", ChangeDecision.APPROVE), tuple("ccb2", ChangeDecision.APPROVE));
    }

    @Test
    void boardMajorityAgainstRejectsTheChange() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);

        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "REJECT", VOTE_REASON, "Peak season");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Fine");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb3", VOTE, "REJECT", VOTE_REASON, "Too risky");

        assertThat(change).hasPassed("EndEvent_ChangeRejected");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(notice(change)).isAssignedTo("requester");
    }

    @Test
    void rejectedRequesterIsToldEachBoardMembersReasonByName() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);

        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "REJECT", VOTE_REASON,
                "Not worth $2,400 now");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "REJECT", VOTE_REASON, "Agree");

        String reasons = "Board vote: 0 of 3 board members approved, 2 rejected, 0 deferred (majority: 2). "
                + "Carla Board rejected: Not worth $2,400 now; Chen Board rejected: Agree";
        Assertions.assertThat(taskService.getVariables(notice(change).getId()))
                .containsEntry(CHANGE_DECISION_REASON_GIVEN, reasons)
                .containsKey(CHANGE_DECISION_REASON_GIVEN + "Text");
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("CHANGE_REJECTED", "requester",
                        about(change, project) + " was rejected. Reason: " + reasons));
    }

    private String about(ProcessInstance change, Project project) {
        ChangeRequest changeRequest = changeRequest(change);
        return changeRequest.getKey() + " (" + changeRequest.getTitle() + ") on " + project.getKey();
    }

    @Test
    void pmoKeepingAWindowInAFreezeSeesTheBoardsReasonsAndTheRequesterIsToldOfTheFreezeAndWhy() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM", "PAYROLL"));
        runJobs(change);
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON,
                "Vendor deadline; accept freeze exception");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Agree");
        runJobs(change);

        Assertions.assertThat((String) taskService.getVariableLocal(task(change, "Task_OverrideWindow").getId(),
                EARLIER_DECISIONS)).contains("Carla Board approved: Vendor deadline; accept freeze exception",
                "Chen Board approved: Agree");
        Assertions.assertThat(LocalDate.ofInstant(task(change, "Task_OverrideWindow").getDueDate().toInstant(),
                ZoneOffset.UTC)).as("the PMO's window decision, due as the board's votes were")
                .isEqualTo(WorkingCalendar.plusWorkingDays(
                        WorkingCalendar.onOrAfter(LocalDate.now(ZoneOffset.UTC)), 3));
        decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, "OVERRIDE",
                WINDOW_OVERRIDE_REASON, "Vendor support ends in January");

        Assertions.assertThat(notifications.of(project.getKey()))
                .filteredOn(notification -> notification.getEvent().equals("CHANGE_APPROVED"))
                .extracting(Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("requester", about(change, project)
                        + " was approved by the change control board's vote; implementation window "
                        + new ImplementationWindow(requestedStart(change), requestedEnd(change))
                        + "; Paul Office kept this window although it lies in a change freeze (during a freeze of "
                        + "PAYROLL: payroll run freeze): Vendor support ends in January"));
    }

    @Test
    void sponsorAndManagerAreToldWhenAnApprovedChangeMovesTheirBaselineAndApprovedBudget() {
        Project project = threePackageProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM").add("D", 4, "JAVA"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Tested well");

        runJobs(change);

        Baseline before = baselineService.baseline(project.getKey(), 1).orElseThrow();
        Baseline after = baselineService.baseline(project.getKey(), 2).orElseThrow();
        BigDecimal budget = project.getApprovedBudget();
        Assertions.assertThat(after.plan().finishDate()).as("added beside the critical path")
                .isEqualTo(before.plan().finishDate());
        Assertions.assertThat(notifications.of(project.getKey()))
                .filteredOn(notification -> notification.getEvent().equals("CHANGE_BASELINE_UPDATED"))
                .extracting(Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("sponsor,pm", about(change, project)
                        + " was approved by the change control board's vote (Carla Board, Chen Board) and changed the"
                        + " plan: baseline v2 recorded on v1, finish unchanged (" + after.plan().finishDate()
                        + "), budget at completion "
                        + Money.signed(after.plan().budgetAtCompletion().subtract(before.plan().budgetAtCompletion()))
                        + " (" + Money.of(after.plan().budgetAtCompletion()) + "); approved budget "
                        + Money.of(budget) + " -> " + Money.of(budget.add(new BigDecimal("2000")))));
    }

    @Test
    void requesterOnTheBoardIsNotAmongTheVoters() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM").requester("ccb1"));
        runJobs(change);

        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).extracting(Task::getAssignee)
                .containsExactly("ccb2", "ccb3");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Fine");
        assertThat(change).isWaitingAt("Task_VoteOnChange");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb3", VOTE, "APPROVE", VOTE_REASON, "Fine");
        assertThat(change).isWaitingAt("Task_ScheduleImplementation");
    }

    @Test
    void requesterWithdrawsAChangeWhileTheBoardVotesAndTheMembersYetToVoteAreTold() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");

        withdrawals.withdraw(changeRequest(change).getKey(), new WithdrawalRequest("Vendor fixed it upstream"),
                "requester");

        assertThat(change).hasPassed("StartEvent_WithdrawalRequested", "Task_RecordWithdrawal",
                "EndEvent_ChangeWithdrawn").hasNotPassed("Task_TallyVotes").isEnded();
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(change.getId()).list()).isEmpty();
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .last().extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .containsExactly(ChangeEvent.WITHDRAWN, "requester",
                        "withdrawn before its decision: Vendor fixed it upstream");
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients)
                .containsExactly(tuple("CHANGE_WITHDRAWN", "ccb2,ccb3"));
        Assertions.assertThat(notifications.of(project.getKey()).get(0).getSubject())
                .contains("was withdrawn by", "before it was decided (Vendor fixed it upstream)");
    }

    @Test
    void projectManagerWithdrawsAnEmergencyChangeAndTheBoardWhoseGroupTaskItWasIsTold() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.EMERGENCY));
        runJobs(change);
        assertThat(change).isWaitingAt("Task_ApproveEmergencyChange");

        withdrawals.withdraw(changeRequest(change).getKey(), new WithdrawalRequest("Outage ended by itself"), "pm");

        assertThat(change).hasPassed("EndEvent_ChangeWithdrawn").isEnded();
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.WITHDRAWN);
        Assertions.assertThat(notifications.of(project.getKey())).singleElement()
                .extracting(notice -> List.of(notice.getRecipients().split(",")))
                .asList().contains("ccb1", "ccb2", "ccb3").doesNotContain("pm");
    }

    @Test
    void decidedChangeIsNotWithdrawnAndSaysWhy() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                REASON);
        String id = changeRequest(change).getKey();

        assertRefused(() -> withdrawals.withdraw(id, new WithdrawalRequest("Too late"), "requester"),
                ConflictException.class, id + " is APPROVED: only a change not yet decided", "backed out");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.APPROVED);
        Assertions.assertThat(story(change)).doesNotContain(ChangeEvent.WITHDRAWN);
    }

    @Test
    void onlyTheRequesterOrTheProjectManagerMayWithdrawAChange() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        String id = changeRequest(change).getKey();

        assertRefused(() -> withdrawals.withdraw(id, new WithdrawalRequest("Not needed"), "ccb1"),
                AccessDeniedException.class, "Only the requester of " + id + " (requester) or the project manager of "
                        + project.getKey() + " (pm) may withdraw it");
        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
    }

    @Test
    void boardVotesAreDueInThreeWorkingDaysAndTheMembersYetToVoteAreRemindedADayBefore() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);
        LocalDate today = WorkingCalendar.onOrAfter(LocalDate.now(ZoneOffset.UTC));

        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).extracting(vote -> LocalDate.ofInstant(
                vote.getDueDate().toInstant(), ZoneOffset.UTC)).containsOnly(WorkingCalendar.plusWorkingDays(today, 3));
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(change.getId())
                .activityId("BoundaryEvent_VotesDueTomorrow").singleResult();
        Assertions.assertThat(LocalDate.ofInstant(reminder.getDuedate().toInstant(), ZoneOffset.UTC))
                .isEqualTo(WorkingCalendar.plusWorkingDays(today, 2));
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");

        engine.getManagementService().executeJob(reminder.getId());

        assertThat(change).hasPassed("EndEvent_VotersReminded").isWaitingAt("Task_VoteOnChange");
        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).extracting(Task::getAssignee)
                .containsExactly("ccb2", "ccb3");
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients)
                .containsExactly(tuple("CHANGE_VOTE_DUE", "ccb2,ccb3"));
        Assertions.assertThat(notifications.of(project.getKey()).get(0).getSubject())
                .contains("waits for your vote", "due " + WorkingCalendar.plusWorkingDays(today, 3));
    }

    @Test
    void baselineVersionOfABoardApprovedChangeNamesTheMembersWhoVotedForIt() {
        Project project = threePackageProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM").add("D", 4, "JAVA"));
        runJobs(change);
        // Large against this small plan, so the sponsor approves before the board votes.
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Tested well");

        runJobs(change);

        assertThat(change).hasPassed("Task_UpdateBaseline");
        Baseline recorded = baselineService.currentBaseline(project.getKey()).orElseThrow();
        Assertions.assertThat(recorded.version()).isEqualTo(2);
        Assertions.assertThat(recorded.createdBy()).isEqualTo("the change control board (ccb1, ccb2)");
    }

    @Test
    void changeLogOfABoardApprovedChangeNamesTheMembersWhoVotedForItNotTheBoard() {
        Project project = threePackageProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM").add("D", 4, "JAVA"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Low risk");
        decide(tasks(change, "Task_VoteOnChange").get(1), "ccb3", VOTE, "REJECT", VOTE_REASON, "Peak season");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Tested well");

        runJobs(change);

        List<ChangeLogEntry> entries = changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey());
        Assertions.assertThat(entries).extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor)
                .contains(tuple(ChangeEvent.APPROVED, "ccb1, ccb2"), tuple(ChangeEvent.BASELINE_UPDATED, null));
        Assertions.assertThat(entry(change, ChangeEvent.BASELINE_UPDATED).getDetail())
                .as("Charterline updated it, on the approval of the members who voted for it")
                .startsWith("On the approval of the change control board (ccb1, ccb2): baseline v2 recorded on v1: "
                        + "added D; ");
        Assertions.assertThat(entries).extracting(ChangeLogEntry::getActor).doesNotContain("ccb");
    }

    @Test
    void largeCostChangeNeedsTheSponsorBeforeTheBoard() {
        Project project = executingProject();
        // 100 h of JAVA at 110 = 11,000 + 2,000 budget = 13 % of the budget
        ProcessInstance change = requestChange(project, proposal().add("7.1", 100, "JAVA"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(APPROVAL_ROUTE, "SPONSOR_AND_CCB").containsEntry(CHANGE_CLASS, "MAJOR");
        assertThat(task(change, "Task_ApproveChangeAsSponsor")).isAssignedTo("sponsor");
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it");
        assertThat(change).isWaitingAt("Task_VoteOnChange");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, "Yes");
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, "Yes");

        assertThat(change).isWaitingAt("Task_ScheduleImplementation");
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.SPONSOR_APPROVED, ChangeEvent.VOTED,
                ChangeEvent.VOTED, ChangeEvent.APPROVED);
    }

    @Test
    void theBoardReadsWhyTheChangeCameToItInTheRulesOwnWordsAndTheChangeLogKeepsThem() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-BILLING"));
        runJobs(change);

        String reason = "The change control board decides because T-BILLING, a HIGH-criticality service, is "
                + "affected: moderate risk, but operations must be heard.";
        assertThat(change).isWaitingAt("Task_VoteOnChange").variables().containsEntry(APPROVAL_ROUTE, "CCB")
                .containsEntry(CLASSIFICATION_REASON, reason);
        Assertions.assertThat(taskService.getVariablesLocal(tasks(change, "Task_VoteOnChange").get(0).getId()))
                .containsEntry(CLASSIFICATION_REASON + "Text", reason);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getDetail)
                .contains(tuple(ChangeEvent.CLASSIFIED, "class SIGNIFICANT, risk MEDIUM, route CCB. " + reason));
    }

    @Test
    void scopeAddedWithoutWorkOrBudgetIsShownAsNotEstimatedAndIsNotLowRisk() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().budgetChange(0)
                .scope("Loyalty points display enters the scope"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm").variables().containsEntry(SCOPE_NOT_ESTIMATED, true)
                .containsEntry(CHANGE_CLASS, "MINOR").containsEntry(RISK_LEVEL, "MEDIUM");
        Assertions.assertThat((String) runtimeService.getVariable(change.getId(), IMPACT_SUMMARY))
                .contains("- Scope: grows; no work package or budget proposed, so its cost and time are not estimated",
                        "(without the new scope, which is not estimated)");
        Assertions.assertThat((String) runtimeService.getVariable(change.getId(), CLASSIFICATION_REASON))
                .contains("the scope grows without any work package or budget: its cost and time are not estimated");
    }

    @Test
    void approversReadWhoRequestedTheChangeAndItsRouteInWordsWhileTheProcessKeepsTheCodes() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().add("7.1", 100, "JAVA"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(REQUESTER, "requester").containsEntry(REQUESTER_NAME, "Rita Requester")
                .containsEntry(APPROVAL_ROUTE, "SPONSOR_AND_CCB")
                .containsEntry(APPROVAL_ROUTE_NAME, "sponsor and change control board");
    }

    @Test
    void theBoardVotesSeeingWhoApprovedAsSponsorWhenAndWhyWithTheReasonAsTyped() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().add("7.1", 100, "JAVA"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Worth it; **window must move** [out of the freeze](http://example.org)");

        Assertions.assertThat(tasks(change, "Task_VoteOnChange")).isNotEmpty().allSatisfy(vote ->
                Assertions.assertThat((String) taskService.getVariableLocal(vote.getId(), EARLIER_DECISIONS))
                        .startsWith("- **Sofia Sponsor** approved it as sponsor on ")
                        .endsWith(" UTC: Worth it; \\*\\*window must move\\*\\* "
                                + "\\[out of the freeze\\]\\(http://example.org\\)"));
    }

    @Test
    void boardWithoutAnEarlierDecisionIsToldSoWithoutAClaimThatAnotherMembersVoteCouldMakeStale() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("T-CRM"));
        runJobs(change);
        List<Task> votes = tasks(change, "Task_VoteOnChange");
        Assertions.assertThat(votes).hasSizeGreaterThan(1);
        decide(votes.get(0), votes.get(0).getAssignee(), VOTE, "REJECT", VOTE_REASON, "Not now");

        Assertions.assertThat(taskService.getVariableLocal(votes.get(1).getId(), EARLIER_DECISIONS))
                .isEqualTo("Nobody decided on this change before this step.");
    }

    @Test
    void sponsorRejectingALargeChangeEndsItWithoutABoardVote() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().add("7.1", 100, "JAVA"));
        runJobs(change);

        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, "REJECT",
                CHANGE_DECISION_REASON, "Not in this budget year");

        assertThat(change).hasPassed("EndEvent_ChangeRejected").hasNotPassed("Task_VoteOnChange");
        Assertions.assertThat(changeRequest(change).getDecidedBy()).isEqualTo("sponsor");
    }

    @Test
    void emergencyChangeIsApprovedOnTheFastPathAndReviewedAfterTheFact() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.EMERGENCY).items("T-ERP"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveEmergencyChange");
        assertThat(task(change, "Task_ApproveEmergencyChange")).hasCandidateGroup("ccb");
        decide(task(change, "Task_ApproveEmergencyChange"), "ccb1", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        implementAndReview(change, "SUCCESS");

        assertThat(change).hasPassed("Task_ReviewEmergencyChange", "EndEvent_ChangeClosed");
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.IMPLEMENTED,
                ChangeEvent.EMERGENCY_REVIEWED, ChangeEvent.REVIEWED, ChangeEvent.CLOSED);
    }

    /** ccb2 approves the emergency change alone; pm implements it; the board's review waits. */
    private ProcessInstance emergencyChangeApprovedByCcb2AndImplemented() {
        ProcessInstance change = requestChange(executingProject(), proposal().type(ChangeType.EMERGENCY)
                .items("T-ERP"));
        runJobs(change);
        decide(task(change, "Task_ApproveEmergencyChange"), "ccb2", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed at once");
        return change;
    }

    @Test
    void theEmergencyApproverCannotClaimTheReviewAfterTheFactAndAnotherBoardMemberReviewsIt() {
        ProcessInstance change = emergencyChangeApprovedByCcb2AndImplemented();
        String review = task(change, "Task_ReviewEmergencyChange").getId();

        assertRefused(() -> taskService.claim(review, "ccb2"), AuthorizationException.class,
                "ccb2 approved this emergency change; another board member reviews it");

        assertThat(task(change, "Task_ReviewEmergencyChange")).isNotAssigned().hasCandidateUser("ccb1");
        decide(task(change, "Task_ReviewEmergencyChange"), "ccb1", EMERGENCY_REVIEW_OUTCOME, "JUSTIFIED",
                EMERGENCY_REVIEW_COMMENT, "Outage was real");
        assertThat(change).hasPassed("Task_ReviewEmergencyChange").isWaitingAt("Task_ReviewImplementation");
    }

    private List<String> candidateUsers(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getUserId).filter(Objects::nonNull).toList();
    }

    /** The tasks the user's "My groups' tasks" filter lists in Tasklist. */
    private List<String> groupTasksOf(String user, String group) {
        String filter = engine.getFilterService().createFilterQuery().filterName("My groups' tasks").singleResult()
                .getId();
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            return engine.getFilterService().<Task>list(filter).stream().map(Task::getId).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void theReviewAfterTheFactIsOfferedToTheOtherBoardMembersNotToTheEmergencyApprover() {
        ProcessInstance change = emergencyChangeApprovedByCcb2AndImplemented();
        Task review = task(change, "Task_ReviewEmergencyChange");

        assertThat(review).isNotAssigned().hasCandidateUser("ccb1").hasCandidateUser("ccb3");
        Assertions.assertThat(candidateUsers(review)).doesNotContain("ccb2", "requester");
        Assertions.assertThat(taskService.getIdentityLinksForTask(review.getId()))
                .as("not offered to the whole board").noneMatch(link -> "ccb".equals(link.getGroupId()));
        Assertions.assertThat(groupTasksOf("ccb1", "ccb")).contains(review.getId());
        Assertions.assertThat(groupTasksOf("ccb2", "ccb")).doesNotContain(review.getId());
    }

    @Test
    void whenTheBoardHasNobodyButTheEmergencyApproverThePmoReviewsAfterTheFact() {
        IdentityService identity = engine.getIdentityService();
        identity.deleteMembership("ccb1", "ccb");
        identity.deleteMembership("ccb3", "ccb");
        try {
            ProcessInstance change = emergencyChangeApprovedByCcb2AndImplemented();
            Task review = task(change, "Task_ReviewEmergencyChange");

            assertThat(review).isNotAssigned().hasCandidateUser("pmo");
            Assertions.assertThat(candidateUsers(review)).doesNotContain("ccb2", "requester");
        } finally {
            identity.createMembership("ccb1", "ccb");
            identity.createMembership("ccb3", "ccb");
        }
    }

    @Test
    void theEmergencyApproverCannotCompleteAReviewAnotherMemberClaimed() {
        ProcessInstance change = emergencyChangeApprovedByCcb2AndImplemented();
        String review = task(change, "Task_ReviewEmergencyChange").getId();
        taskService.claim(review, "ccb1");

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("ccb2", null, List.of()));
        try {
            assertRefused(() -> taskService.complete(review, Map.of(EMERGENCY_REVIEW_OUTCOME, "JUSTIFIED",
                    EMERGENCY_REVIEW_COMMENT, "I was right")), AuthorizationException.class,
                    "ccb2 approved this emergency change; another board member reviews it");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(change).isWaitingAt("Task_ReviewEmergencyChange");
    }

    /** pm approves and implements a change that the PMO member 'pmo' requested; its review waits. */
    private ProcessInstance changeRequestedByThePmoAndImplemented() {
        ProcessInstance change = requestChange(executingProject(), proposal().requester("pmo"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                REASON);
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");
        return change;
    }

    /** Runs the work with a second PMO member, 'pmo2', who leaves the group afterwards. */
    private void withSecondPmoMember(Runnable work) {
        var identity = engine.getIdentityService();
        identity.saveUser(identity.newUser("pmo2"));
        identity.createMembership("pmo2", "pmo");
        try {
            work.run();
        } finally {
            identity.deleteUser("pmo2");
        }
    }

    @Test
    void theRequesterCannotClaimTheImplementationReviewAndAnotherPmoMemberReviewsIt() {
        withSecondPmoMember(() -> {
            ProcessInstance change = changeRequestedByThePmoAndImplemented();
            String review = task(change, "Task_ReviewImplementation").getId();

            assertRefused(() -> taskService.claim(review, "pmo"), AuthorizationException.class, "'pmo' requested "
                    + "change " + changeRequest(change).getKey() + " and cannot take 'Review implementation': "
                    + "whoever asked for a change does not review it");

            assertThat(task(change, "Task_ReviewImplementation")).isNotAssigned().hasCandidateGroup("pmo");
            decide(task(change, "Task_ReviewImplementation"), "pmo2", IMPLEMENTATION_OUTCOME, "SUCCESS");
            runJobs(change);
            assertThat(change).isEnded().hasPassed("EndEvent_ChangeClosed");
        });
    }

    @Test
    void theRequesterCannotCompleteAnImplementationReviewAnotherMemberClaimed() {
        withSecondPmoMember(() -> {
            ProcessInstance change = changeRequestedByThePmoAndImplemented();
            String review = task(change, "Task_ReviewImplementation").getId();
            taskService.claim(review, "pmo2");

            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("pmo", null, List.of()));
            try {
                assertRefused(() -> taskService.complete(review, Map.of(IMPLEMENTATION_OUTCOME, "SUCCESS")),
                        AuthorizationException.class, "'pmo' requested change " + changeRequest(change).getKey()
                                + " and cannot decide on it at 'Review implementation'");
            } finally {
                SecurityContextHolder.clearContext();
            }
            assertThat(change).isWaitingAt("Task_ReviewImplementation");
        });
    }

    @Test
    void whenNobodyInThePmoButTheRequesterCouldReviewTheSponsorReviewsTheImplementation() {
        ProcessInstance change = changeRequestedByThePmoAndImplemented();

        assertThat(change).hasPassed("Gateway_ReviewerBesidesRequester").hasNotPassed("Task_ReviewImplementation")
                .isWaitingAt("Task_ReviewImplementationAsSponsor");
        assertThat(task(change, "Task_ReviewImplementationAsSponsor")).isAssignedTo("sponsor");
        decide(task(change, "Task_ReviewImplementationAsSponsor"), "sponsor", IMPLEMENTATION_OUTCOME, "SUCCESS");
        runJobs(change);

        assertThat(change).isEnded().hasPassed("EndEvent_ChangeClosed");
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor)
                .contains(tuple(ChangeEvent.REVIEWED, "sponsor"));
    }

    @Test
    void changeTheEmergencyBoardJudgesNoEmergencyTakesTheNormalRoute() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.EMERGENCY).items("WIKI"));
        runJobs(change);

        decide(task(change, "Task_ApproveEmergencyChange"), "ccb1", CHANGE_DECISION, NOT_AN_EMERGENCY,
                CHANGE_DECISION_REASON, "Not urgent, normal route");

        assertThat(change).hasPassed("Task_RerouteAsNormal").isWaitingAt("Task_ApproveChangeAsPm").variables()
                .containsEntry(REQUESTED_TYPE, "NORMAL").containsEntry(APPROVAL_ROUTE, "PM")
                .containsEntry(CHANGE_CLASS, "MINOR");
        Assertions.assertThat(formService.getTaskFormVariables(task(change, "Task_ApproveChangeAsPm").getId())
                .keySet()).as("the PM's form opens empty").doesNotContain(CHANGE_DECISION, CHANGE_DECISION_REASON);
        ChangeRequest rerouted = changeRequest(change);
        Assertions.assertThat(rerouted.getRequestedType()).isEqualTo(ChangeType.NORMAL);
        Assertions.assertThat(rerouted.getClassifiedBy()).as("classified by a rule, not by the board member").isNull();
        Assertions.assertThat(rerouted.getStatus()).isEqualTo(ChangeStatus.ANALYSED);
        Assertions.assertThat(story(change)).containsExactly(ChangeEvent.SUBMITTED, ChangeEvent.ANALYSED,
                ChangeEvent.CLASSIFIED, ChangeEvent.REROUTED_AS_NORMAL, ChangeEvent.CLASSIFIED);

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        assertThat(change).isWaitingAt("Task_ImplementChange");
    }

    @Test
    void conflictingWindowIsKeptByThePmoWithALoggedReason() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("PAYROLL"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        assertThat(change).isWaitingAt("Task_OverrideWindow").variables().containsEntry(WINDOW_CONFLICTS, true);
        Assertions.assertThat((String) taskService.getVariableLocal(task(change, "Task_OverrideWindow").getId(),
                EARLIER_DECISIONS)).startsWith("- **Priya Manager** approved it on ").endsWith(": " + REASON);
        Assertions.assertThat((String) runtimeService.getVariable(change.getId(), SCHEDULE_SUMMARY))
                .contains(" UTC is during a freeze of PAYROLL: payroll run freeze.").doesNotContain("FREEZE");
        assertRefused(() -> decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, "OVERRIDE"),
                InvalidVariablesException.class,
                ": Reason for keeping the requested window or rejecting the change is required when the decision is "
                        + "'Keep the requested window despite the conflicts'");
        decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, "OVERRIDE",
                WINDOW_OVERRIDE_REASON, "Payroll team agreed");
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ImplementChange");
        ChangeRequest scheduled = changeRequest(change);
        Assertions.assertThat(scheduled.getScheduledStart()).isEqualTo(requestedStart(change));
        Assertions.assertThat(scheduled.getOverrideReason()).isEqualTo("Payroll team agreed");
        assertThat(change).variables().containsEntry(SCHEDULED_WINDOW,
                new ImplementationWindow(requestedStart(change), requestedEnd(change)).toString());
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.WINDOW_CONFLICT,
                ChangeEvent.WINDOW_OVERRIDDEN, ChangeEvent.SCHEDULED, ChangeEvent.BASELINE_UPDATED);
        Assertions.assertThat(entry(change, ChangeEvent.SCHEDULED)).satisfies(scheduledBy ->
                Assertions.assertThat(scheduledBy.getActor() + ": " + scheduledBy.getDetail()).isEqualTo("pmo: "
                        + "Implementation window " + new ImplementationWindow(requestedStart(change),
                        requestedEnd(change)) + " (the requested one, kept), implementer pm"));
    }

    @Test
    void conflictingWindowMovesToTheProposedFreeWindowAndTheRequesterIsToldFromWhichWhyAndByWhom() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("PAYROLL"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, "ACCEPT_PROPOSED");

        Assertions.assertThat(changeRequest(change).getScheduledStart())
                .isEqualTo(requestedStart(change).plus(Duration.ofDays(7)));
        Assertions.assertThat(changeRequest(change).getOverrideReason()).isNull();
        ImplementationWindow moved = new ImplementationWindow(requestedStart(change).plus(Duration.ofDays(7)),
                requestedEnd(change).plus(Duration.ofDays(7)));
        Assertions.assertThat(runtimeService.getVariable(change.getId(), SCHEDULED_WINDOW))
                .as("the implementer's form").isEqualTo(moved.toString());
        Assertions.assertThat(entry(change, ChangeEvent.SCHEDULED).getDetail())
                .isEqualTo("Moved to the next free window " + moved + ", implementer pm");
        runJobs(change);
        Task implement = task(change, "Task_ImplementChange");
        Assertions.assertThat(implement.getDueDate()).isEqualTo(Date.from(moved.end()));
        Assertions.assertThat(implement.getFollowUpDate()).isEqualTo(Date.from(moved.start()));
        Assertions.assertThat(notifications.of(project.getKey()))
                .filteredOn(notification -> notification.getEvent().equals("CHANGE_APPROVED"))
                .extracting(Notification::getSubject)
                .containsExactly(changeRequest(change).getKey() + " (" + changeRequest(change).getTitle() + ") on "
                        + project.getKey() + " was approved by Priya Manager; implementation window " + moved
                        + "; Paul Office moved it from the requested window " + new ImplementationWindow(
                        requestedStart(change), requestedEnd(change)) + " to the next free one, as the requested one"
                        + " is during a freeze of PAYROLL: payroll run freeze");
    }

    @Test
    void windowConflictIsLoggedAsWrittenAndShownEscapedOnlyOnThePmosForm() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("LEDGER"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .filteredOn(entry -> entry.getEvent() == ChangeEvent.WINDOW_CONFLICT).singleElement()
                .extracting(ChangeLogEntry::getDetail).asString()
                .contains("during a freeze of LEDGER: year-end closing (books *locked*).").doesNotContain("\\");
        Assertions.assertThat((String) taskService.getVariableLocal(task(change, "Task_OverrideWindow").getId(),
                SCHEDULE_SUMMARY + "Text")).contains("year-end closing \\(books \\*locked\\*\\).");
    }

    @Test
    void movingToAProposedWindowIsRefusedInTheFormsWordsWhenNoneIsFree() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("LEDGER"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, "ACCEPT_PROPOSED"),
                InvalidVariablesException.class, "Decision: no free window was found within 90 days, so the change "
                        + "cannot be moved to one: choose 'Keep the requested window despite the conflicts' or "
                        + "'Reject the change: no window fits, so the requester can request it again with a shorter"
                        + " window or in parts', and give your reason");
        assertThat(change).isWaitingAt("Task_OverrideWindow");
    }

    @Test
    void approvedChangeThatNoWindowFitsIsRejectedByThePmoAndTheRequesterIsToldWithTheBaselineUntouched() {
        Project project = executingProjectWithBaseline(List.of(new WorkPackageSpec("7.1", "Order screens",
                new BigDecimal("2000"), "JAVA", 3, List.of())));
        ProcessInstance change = requestChange(project, proposal().items("LEDGER"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);
        assertThat(change).isWaitingAt("Task_OverrideWindow");
        Assertions.assertThat(changeRequest(change).getStatus()).as("approved, waiting for a window")
                .isEqualTo(ChangeStatus.APPROVED);

        decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, WINDOW_REJECT,
                WINDOW_OVERRIDE_REASON, "Split it into two changes that fit the ledger's windows");

        assertThat(change).isEnded().hasPassed("Task_RejectForNoWindow", "Event_DecisionNoticeSent",
                "EndEvent_ChangeRejected").hasNotPassed("Task_UpdateBaseline");
        ChangeRequest rejected = changeRequest(change);
        Assertions.assertThat(rejected.getStatus()).isEqualTo(ChangeStatus.REJECTED);
        Assertions.assertThat(rejected.getDecidedBy()).isEqualTo("pmo");
        Assertions.assertThat(rejected.getAppliedBaselineVersion()).isNull();
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.APPROVED, ChangeEvent.WINDOW_CONFLICT,
                ChangeEvent.REJECTED).endsWith(ChangeEvent.REJECTED).doesNotContain(ChangeEvent.BASELINE_UPDATED);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(rejected.getKey()))
                .last().extracting(ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .containsExactly("pmo", "Rejected at the window decision: no window fits. "
                        + "Split it into two changes that fit the ledger's windows");
        Task notice = notice(change);
        assertThat(notice).isAssignedTo("requester");
        Assertions.assertThat(taskService.getVariables(notice.getId()))
                .containsEntry(CHANGE_OUTCOME, "rejected at the window decision: no window fits")
                .containsEntry(CHANGE_DECISION_REASON, "Split it into two changes that fit the ledger's windows")
                .containsEntry(CHANGE_DECISION_REASON_GIVEN,
                        "Paul Office: Split it into two changes that fit the ledger's windows");
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getSubject).as("no approval notice")
                .containsExactly(tuple("CHANGE_REJECTED", about(change, project) + " was rejected at the window"
                        + " decision: no window fits. Reason: Paul Office: Split it into two changes that fit the"
                        + " ledger's windows"));
        Assertions.assertThat(baselineService.currentBaseline(project.getKey()).orElseThrow().version())
                .as("baseline untouched").isOne();
    }

    @Test
    void rejectingAtTheWindowDecisionWithoutAReasonIsRefusedNamingTheField() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("LEDGER"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, WINDOW_REJECT),
                InvalidVariablesException.class,
                ": Reason for keeping the requested window or rejecting the change is required when the decision is "
                        + "'Reject the change: no window fits, so the requester can request it again with a shorter"
                        + " window or in parts'");

        assertThat(change).isWaitingAt("Task_OverrideWindow");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void rejectingForNoWindowIsRefusedInTheFormsWordsWhenAFreeWindowWasProposed() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().items("PAYROLL"));
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_OverrideWindow"), "pmo", WINDOW_DECISION, WINDOW_REJECT,
                        WINDOW_OVERRIDE_REASON, "Too late"),
                InvalidVariablesException.class, "Decision: a free window exists, ",
                " UTC, so the change cannot be rejected for lack of one: choose "
                        + "'Move the change to the proposed free window' or "
                        + "'Keep the requested window despite the conflicts'");

        assertThat(change).isWaitingAt("Task_OverrideWindow");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.APPROVED);
        Assertions.assertThat(story(change)).doesNotContain(ChangeEvent.REJECTED);
    }

    @Test
    void failedImplementationIsBackedOutAndThePreviousBaselineRestored() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(0)
                .add("9.1", 4, "JAVA"));

        implementAndReview(change, "FAILED");

        assertThat(change).isEnded().hasPassed("Task_BackOutChange", "EndEvent_ChangeBackedOut");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.BACKED_OUT);
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.REVIEWED, ChangeEvent.BASELINE_RESTORED,
                ChangeEvent.BACKED_OUT);
    }

    @Test
    void charterlineRestoresTheBaselineOnTheWordOfTheReviewerWhoFoundTheImplementationFailed() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(0)
                .add("9.1", 4, "JAVA"));

        implementAndReview(change, "FAILED");

        ChangeLogEntry restored = entry(change, ChangeEvent.BASELINE_RESTORED);
        Assertions.assertThat(restored.getActor()).as("Charterline restored it, as it updated it").isNull();
        Assertions.assertThat(restored.getDetail())
                .startsWith("On the review of pmo, who found the implementation failed: ");
    }

    /** Baseline v1: A and B (8 h each), then C after both. */
    private String workPackageInstance(Project project, String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(project.getKey() + ":" + code)
                .singleResult().getId();
    }

    private Project threePackageProject() {
        return executingProjectWithBaseline(List.of(
                new WorkPackageSpec("A", "Package A", new BigDecimal("8"), "JAVA", 3, List.of()),
                new WorkPackageSpec("B", "Package B", new BigDecimal("8"), "JAVA", 3, List.of("A")),
                new WorkPackageSpec("C", "Package C", new BigDecimal("8"), "JAVA", 3, List.of("A", "B"))));
    }

    /**
     * On baseline v1 B waits for A, C for A and B. The change implemented here lets C wait for A only (v2); a later
     * one lets B, still planned as A is not done, wait for C instead (v3). Backing out the first would make C wait
     * for B again: a cycle B -> C -> B. The review then finds the implementation failed.
     */
    private ProcessInstance failedChangeWhoseBackOutWouldCloseACycle(Project project) {
        ProcessInstance first = requestChange(project, proposal().budgetChange(0).waitFor("C", "A"));
        runJobs(first);
        decide(task(first, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(first);
        decide(task(first, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Rescheduled C");
        ProcessInstance later = requestChange(project, proposal().budgetChange(0).waitFor("B", "C"));
        runJobs(later);
        decide(task(later, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(later);
        decide(task(first, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, "FAILED", REVIEW_COMMENT,
                "C started too early");
        return first;
    }

    @Test
    void backOutThatWouldLeaveACycleIsRefusedTheChangeStaysAndThePmoFollowsUp() {
        Project project = threePackageProject();

        ProcessInstance first = failedChangeWhoseBackOutWouldCloseACycle(project);

        assertThat(first).hasPassed("BoundaryEvent_BackOutRefused").hasNotPassed("EndEvent_ChangeBackedOut")
                .isWaitingAt("Task_FollowUpRefusedBackOut");
        assertThat(task(first, "Task_FollowUpRefusedBackOut")).hasCandidateGroup("pmo");
        String reason = (String) runtimeService.getVariable(first.getId(), BACK_OUT_REFUSED_REASON);
        Assertions.assertThat(reason).isEqualTo(changeRequest(first).getKey() + " cannot be backed out of baseline v3 "
                + "of " + project.getKey() + " by itself: without it, B is on a dependency cycle: B -> C -> B (each "
                + "must finish before the next starts). Request a change that takes it out by hand.");
        Assertions.assertThat(baselineService.currentBaseline(project.getKey()).orElseThrow().version())
                .as("nothing undone").isEqualTo(3);
        Assertions.assertThat(changeRequest(first).getStatus()).isEqualTo(ChangeStatus.IMPLEMENTED);
        Assertions.assertThat(changeRequest(first).getImplementationOutcome()).isEqualTo("FAILED");
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(first).getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getDetail).endsWith(
                        tuple(ChangeEvent.REVIEWED, "FAILED: C started too early"),
                        tuple(ChangeEvent.BACK_OUT_REFUSED, "Implementation failed, but the back-out is refused and "
                                + "the change stays in effect: " + reason));

        decide(task(first, "Task_FollowUpRefusedBackOut"), "pmo", BACK_OUT_FOLLOW_UP,
                "A new change request lets C wait for B again once B no longer waits for C");

        assertThat(first).isEnded().hasPassed("EndEvent_ChangeKeptInEffect");
        ChangeRequest kept = changeRequest(first);
        Assertions.assertThat(kept.getStatus()).isEqualTo(ChangeStatus.CLOSED);
        Assertions.assertThat(kept.inEffect()).isTrue();
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(kept.getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .last().isEqualTo(tuple(ChangeEvent.CLOSED, "pmo", "Kept in effect after the refused back-out: "
                        + "A new change request lets C wait for B again once B no longer waits for C"));
    }

    /**
     * The first change adds D; a later one makes C wait for D; the first fails its review, and its back-out would
     * take D away from under C. Answers the first change; {@code later} receives the later one.
     */
    private ProcessInstance failedChangeWhoseBackOutALaterChangeBlocks(Project project, ProcessInstance[] later) {
        ProcessInstance first = requestChange(project, proposal().budgetChange(0).add("D", 8, "JAVA"));
        runJobs(first);
        decide(task(first, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        runJobs(first);
        decide(task(first, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Added D");
        later[0] = requestChange(project, proposal().budgetChange(0).waitFor("C", "A", "B", "D"));
        runJobs(later[0]);
        decide(task(later[0], "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                REASON);
        runJobs(later[0]);

        decide(task(first, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, "FAILED", REVIEW_COMMENT,
                "D does not work");
        return first;
    }

    private Project projectWhereCWaitsForAAndB() {
        return executingProjectWithBaseline(List.of(
                new WorkPackageSpec("A", "Package A", new BigDecimal("800"), "JAVA", 3, List.of()),
                new WorkPackageSpec("B", "Package B", new BigDecimal("800"), "JAVA", 3, List.of()),
                new WorkPackageSpec("C", "Package C", new BigDecimal("800"), "JAVA", 3, List.of("A", "B"))));
    }

    @Test
    void backOutThatWouldTakeAwayAPackageALaterChangeMadeAnotherWaitForIsRefusedNamingThatChange() {
        Project project = projectWhereCWaitsForAAndB();
        ProcessInstance[] later = new ProcessInstance[1];

        ProcessInstance first = failedChangeWhoseBackOutALaterChangeBlocks(project, later);

        assertThat(first).hasPassed("BoundaryEvent_BackOutRefused").isWaitingAt("Task_FollowUpRefusedBackOut");
        Assertions.assertThat(runtimeService.getVariable(first.getId(), BACK_OUT_REFUSED_REASON)).isEqualTo(
                changeRequest(first).getKey() + " cannot be backed out of baseline v3 of " + project.getKey()
                        + " by itself: C waits for D, which the back-out would remove ("
                        + changeRequest(later[0]).getKey() + " made it wait, in baseline v3). Request a change that "
                        + "takes it out by hand and says what these packages wait for instead.");
        Assertions.assertThat(baselineService.currentBaseline(project.getKey()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void theLaterChangeThatBlocksABackOutSaysSoInItsOwnLog() {
        ProcessInstance[] later = new ProcessInstance[1];

        ProcessInstance first = failedChangeWhoseBackOutALaterChangeBlocks(projectWhereCWaitsForAAndB(), later);

        String reason = (String) runtimeService.getVariable(first.getId(), BACK_OUT_REFUSED_REASON);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(later[0]).getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getDetail).last().isEqualTo(tuple(
                        ChangeEvent.BLOCKED_BACK_OUT, "Blocks the back-out of " + changeRequest(first).getKey()
                                + ", which stays in effect: " + reason));
    }

    @Test
    void followUpOfARefusedBackOutNeedsAText() {
        ProcessInstance first = failedChangeWhoseBackOutWouldCloseACycle(threePackageProject());

        assertRefused(() -> decide(task(first, "Task_FollowUpRefusedBackOut"), "pmo"),
                InvalidVariablesException.class, "backOutFollowUp is required");
        assertThat(first).isWaitingAt("Task_FollowUpRefusedBackOut");
    }

    @Test
    void implementationWithoutNotesIsRefused() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(0)
                .add("9.1", 4, "JAVA"));
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_ImplementChange"), "pm"), InvalidVariablesException.class,
                "implementationNotes is required");
    }

    @Test
    void projectManagerRequestingTheChangeIsNeverOfferedItAndIsRefusedWhenTryingToApprove() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().requester("pm"));
        runJobs(change);

        Task approval = task(change, "Task_ApproveChangeAsPm");
        Assertions.assertThat(approval.getAssignee()).isNull();
        assertThat(approval).hasCandidateGroup("pmo")
                .hasName("Approve change as project manager, in place of pm, who requested it");
        assertRefused(() -> decide(approval, "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Mine"),
                AuthorizationException.class, "'pm' requested change " + changeRequest(change).getKey()
                        + " and cannot decide on it");

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        taskService.setAssignee(approval.getId(), null);
        decide(task(change, "Task_ApproveChangeAsPm"), "pmo", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON);
        assertThat(change).isWaitingAt("Task_ScheduleImplementation");
        Assertions.assertThat(changeRequest(change).getDecidedBy()).isEqualTo("pmo");
    }

    @Test
    void unclaimedDecisionIsRefusedSoEveryDecisionHasAName() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.EMERGENCY));
        runJobs(change);

        assertRefused(() -> taskService.complete(task(change, "Task_ApproveEmergencyChange").getId(),
                        Map.of(CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, REASON)),
                InvalidVariablesException.class, "claim the task before deciding");
    }

    @Test
    void standardChangeThatMovesScopeOrBudgetIsNeverPreApproved() {
        Project project = executingProject();
        ProcessInstance scope = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(0)
                .scope("FAQ page text added to the app"));
        ProcessInstance budget = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(250));
        runJobs(scope);
        runJobs(budget);

        // 250 is 0.25 % of the budget, well inside the cost envelope of a standard change
        assertThat(scope).isWaitingAt("Task_ClassifyManually").variables().containsEntry(APPROVAL_ROUTE, "MANUAL");
        assertThat(budget).isWaitingAt("Task_ClassifyManually").variables().containsEntry(APPROVAL_ROUTE, "MANUAL");
    }

    @Test
    void reviewersSeeWhatTheChangeProposes() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().budgetChange(1000).add("7.1", 10, "JAVA")
                .scope("Orders are exported nightly"));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        Assertions.assertThat((String) runtimeService.getVariable(change.getId(), CHANGE_SUMMARY))
                .contains("- What: Export orders to the data warehouse", "- Why: Controlling needs daily figures",
                        "- Work packages: ADD 7.1 (name \"Package 7.1\", 10 h, JAVA level 3)",
                        "- Budget change: +$1,000.00", "- Scope change: Orders are exported nightly",
                        "- Requested window: " + new ImplementationWindow(requestedStart(change), requestedEnd(change)));
    }

    @Test
    void standardChangeOutsideItsEnvelopeFitsNoRuleAndIsClassifiedByThePmo() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().type(ChangeType.STANDARD).budgetChange(3000));
        runJobs(change);

        assertThat(change).isWaitingAt("Task_ClassifyManually").variables().containsEntry(APPROVAL_ROUTE, "MANUAL");
        assertThat(task(change, "Task_ClassifyManually")).hasCandidateGroup("pmo");
        assertRefused(() -> decide(task(change, "Task_ClassifyManually"), "pmo", APPROVAL_ROUTE, "MANUAL",
                        CHANGE_CLASS, "MINOR", RISK_LEVEL, "LOW", CLASSIFICATION_COMMENT, "Small"),
                InvalidVariablesException.class, ": Approval route must be one of");
        taskService.setAssignee(task(change, "Task_ClassifyManually").getId(), null);
        decide(task(change, "Task_ClassifyManually"), "pmo", APPROVAL_ROUTE, "PM", CHANGE_CLASS, "MINOR",
                RISK_LEVEL, "LOW", CLASSIFICATION_COMMENT, "A normal change in disguise");

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm").variables()
                .containsEntry(CLASSIFICATION_REASON, "Classified by the PMO (pmo): A normal change in disguise");
        ChangeRequest classified = changeRequest(change);
        Assertions.assertThat(classified.getApprovalRoute()).isEqualTo("PM");
        Assertions.assertThat(classified.getClassifiedBy()).isEqualTo("pmo");
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(classified.getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .contains(tuple(ChangeEvent.CLASSIFIED_BY_HAND, "pmo",
                        "class MINOR, risk LOW, route PM: A normal change in disguise"));
    }

    @Test
    void projectManagerAsksTheRequesterWhoAnswersAndTheProjectManagerThenApproves() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        String id = changeRequest(change).getKey();

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, ASK_REQUESTER, CHANGE_QUESTION,
                "Why does it have to be in this release?");

        assertThat(change).isWaitingAt("Task_AnswerPmQuestion");
        Task question = task(change, "Task_AnswerPmQuestion");
        assertThat(question).isAssignedTo("requester").hasName("Answer question on change " + id);
        Assertions.assertThat(LocalDate.ofInstant(question.getDueDate().toInstant(), ZoneOffset.UTC))
                .isEqualTo(WorkingCalendar.plusWorkingDays(WorkingCalendar.onOrAfter(LocalDate.now(ZoneOffset.UTC)),
                        3));
        Assertions.assertThat(formService.getDeployedTaskForm(question.getId())).as("Tasklist's form").isNotNull();
        Assertions.assertThat(taskService.getVariables(question.getId()))
                .containsEntry(QUESTION_ASKED_BY_NAME, "Priya Manager")
                .containsEntry(CHANGE_QUESTION + "Text", "Why does it have to be in this release?")
                .doesNotContainKey(QUESTIONS_AND_ANSWERS);
        Assertions.assertThat(changeRequest(change).getStatus()).as("still undecided").isEqualTo(ChangeStatus.ANALYSED);
        Assertions.assertThat(entry(change, ChangeEvent.QUESTION_ASKED))
                .extracting(ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .containsExactly("pm", "Why does it have to be in this release?");
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("CHANGE_QUESTION_ASKED", "requester", about(change, project)
                        + " has a question from Priya Manager before it is decided (Why does it have to be in this "
                        + "release?); answer it in Tasklist (\"Answer question on change " + id + "\"), due "
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                                .format(question.getDueDate().toInstant())));

        decide(question, "requester", QUESTION_ANSWER, "The vendor ends support for the old version in March");

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        Task approval = task(change, "Task_ApproveChangeAsPm");
        assertThat(approval).isAssignedTo("pm");
        Assertions.assertThat(taskService.getVariables(approval.getId())).as("the approval opens empty")
                .doesNotContainKeys(CHANGE_DECISION, CHANGE_QUESTION, CHANGE_DECISION_REASON);
        Assertions.assertThat(taskService.getVariableLocal(approval.getId(), QUESTIONS_AND_ANSWERS).toString())
                .contains("- **Priya Manager** asked on ", ": Why does it have to be in this release?\n"
                        + "- **Rita Requester** answered on ",
                        ": The vendor ends support for the old version in March");
        Assertions.assertThat(entry(change, ChangeEvent.QUESTION_ANSWERED))
                .extracting(ChangeLogEntry::getActor, ChangeLogEntry::getDetail)
                .containsExactly("requester", "The vendor ends support for the old version in March");
        Assertions.assertThat(notifications.of(project.getKey()))
                .filteredOn(notification -> notification.getEvent().equals("CHANGE_QUESTION_ANSWERED"))
                .extracting(Notification::getRecipients, Notification::getSubject)
                .containsExactly(tuple("pm", about(change, project) + " has an answer from Rita Requester to your "
                        + "question (Why does it have to be in this release?): The vendor ends support for the old "
                        + "version in March. Your approval waits for you in Tasklist again"));

        decide(approval, "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Fair, then it goes in");

        assertThat(change).hasPassed("Task_RecordDecision").isWaitingAt("Task_ScheduleImplementation");
        Assertions.assertThat(changeRequest(change).getDecidedBy()).isEqualTo("pm");
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.CLASSIFIED, ChangeEvent.QUESTION_ASKED,
                ChangeEvent.QUESTION_ANSWERED, ChangeEvent.APPROVED);
    }

    @Test
    void sponsorAsksTwiceAndSeesBothAnswersBeforeApproving() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal().add("7.1", 100, "JAVA"));
        runJobs(change);

        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, ASK_REQUESTER,
                CHANGE_QUESTION, "Who pays for the extra 100 hours?");
        assertThat(change).isWaitingAt("Task_AnswerSponsorQuestion");
        decide(task(change, "Task_AnswerSponsorQuestion"), "requester", QUESTION_ANSWER, "The sales budget");
        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor");
        decide(task(change, "Task_ApproveChangeAsSponsor"), "sponsor", CHANGE_DECISION, ASK_REQUESTER,
                CHANGE_QUESTION, "Has sales agreed to that?");

        Task second = task(change, "Task_AnswerSponsorQuestion");
        assertThat(second).isAssignedTo("requester");
        Assertions.assertThat(taskService.getVariables(second.getId()))
                .containsEntry(QUESTION_ASKED_BY_NAME, "Sofia Sponsor")
                .containsEntry(CHANGE_QUESTION + "Text", "Has sales agreed to that?");
        Assertions.assertThat(taskService.getVariableLocal(second.getId(), QUESTIONS_AND_ANSWERS).toString())
                .as("the earlier round, not the open question").contains("Who pays for the extra 100 hours?",
                        "The sales budget").doesNotContain("Has sales agreed");
        decide(second, "requester", QUESTION_ANSWER, "Yes, in writing on Monday.");

        Task approval = task(change, "Task_ApproveChangeAsSponsor");
        Assertions.assertThat(taskService.getVariableLocal(approval.getId(), QUESTIONS_AND_ANSWERS).toString())
                .containsSubsequence("Who pays for the extra 100 hours?", "The sales budget",
                        "Has sales agreed to that?", "Yes, in writing on Monday");
        decide(approval, "sponsor", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON, "Paid for and agreed");

        assertThat(change).isWaitingAt("Task_VoteOnChange");
        String vote = tasks(change, "Task_VoteOnChange").get(0).getId();
        Assertions.assertThat((String) taskService.getVariableLocal(vote, EARLIER_DECISIONS)).as("the board reads what the sponsor asked and heard")
                .containsSubsequence("**Sofia Sponsor** asked the requester", "Who pays for the extra 100 hours?",
                        "answered", "The sales budget", "Has sales agreed to that?", "Yes, in writing on Monday",
                        "**Sofia Sponsor** approved it as sponsor");
        Assertions.assertThat(story(change)).containsSubsequence(ChangeEvent.QUESTION_ASKED,
                ChangeEvent.QUESTION_ANSWERED, ChangeEvent.QUESTION_ASKED, ChangeEvent.QUESTION_ANSWERED,
                ChangeEvent.SPONSOR_APPROVED);
        Assertions.assertThat(notifications.of(project.getKey()))
                .extracting(Notification::getEvent, Notification::getRecipients)
                .containsExactly(tuple("CHANGE_QUESTION_ASKED", "requester"),
                        tuple("CHANGE_QUESTION_ANSWERED", "sponsor"), tuple("CHANGE_QUESTION_ASKED", "requester"),
                        tuple("CHANGE_QUESTION_ANSWERED", "sponsor"));
        Assertions.assertThat(notifications.of(project.getKey())).extracting(Notification::getSubject)
                .anySatisfy(subject -> Assertions.assertThat(subject).contains("(Has sales agreed to that?)"))
                .anySatisfy(subject -> Assertions.assertThat(subject).contains(": Yes, in writing on Monday. Your approval"));
    }

    @Test
    void theRequesterFindsTheQuestionUnderMyTasksAndMayOpenItsChangeInTasklist() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        Assertions.assertThat(casesReadableBy("requester", change)).as("before the question").isZero();

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, ASK_REQUESTER, CHANGE_QUESTION,
                "Can it wait a sprint?");

        String filter = engine.getFilterService().createFilterQuery().filterName("My tasks").singleResult().getId();
        engine.getIdentityService().setAuthentication("requester", List.of("requesters"));
        try {
            Assertions.assertThat(engine.getFilterService().<Task>list(filter)).extracting(Task::getId)
                    .contains(task(change, "Task_AnswerPmQuestion").getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Assertions.assertThat(casesReadableBy("requester", change)).isOne();
    }

    private long casesReadableBy(String user, ProcessInstance instance) {
        engine.getIdentityService().setAuthentication(user, List.of("requesters"));
        try {
            return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void askingWithoutAQuestionIsRefusedInTheFormsWordsAndTheApprovalStaysOpen() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);

        assertRefused(() -> decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, ASK_REQUESTER,
                        CHANGE_QUESTION, "  "), InvalidVariablesException.class,
                ": Question for the requester is required when the decision is 'Ask the requester a question first'");

        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        Assertions.assertThat(story(change)).doesNotContain(ChangeEvent.QUESTION_ASKED);
        Assertions.assertThat(notifications.of(project.getKey())).isEmpty();
    }

    @Test
    void anEmptyAnswerIsRefusedInTheFormsWordsAndTheQuestionStaysOpen() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, ASK_REQUESTER, CHANGE_QUESTION,
                "Which customers asked for it?");

        assertRefused(() -> decide(task(change, "Task_AnswerPmQuestion"), "requester", QUESTION_ANSWER, ""),
                InvalidVariablesException.class, ": Your answer is required");

        assertThat(change).isWaitingAt("Task_AnswerPmQuestion");
        Assertions.assertThat(taskService.getVariables(task(change, "Task_AnswerPmQuestion").getId()))
                .containsEntry(CHANGE_QUESTION, "Which customers asked for it?");
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.QUESTION_ASKED);
        Assertions.assertThat(notifications.of(project.getKey())).extracting(Notification::getEvent)
                .containsExactly("CHANGE_QUESTION_ASKED");
    }

    @Test
    void requesterAskedAQuestionMayWithdrawTheChangeInsteadOfAnsweringAndTheApproverWhoAskedIsTold() {
        Project project = executingProject();
        ProcessInstance change = requestChange(project, proposal());
        runJobs(change);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, ASK_REQUESTER, CHANGE_QUESTION,
                "Is this still needed after the vendor's patch?");

        withdrawals.withdraw(changeRequest(change).getKey(), new WithdrawalRequest("The patch fixed it"),
                "requester");

        assertThat(change).hasPassed("EndEvent_ChangeWithdrawn").hasNotPassed("SequenceFlow_PmQuestionAnswered")
                .isEnded();
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
        Assertions.assertThat(story(change)).endsWith(ChangeEvent.QUESTION_ASKED, ChangeEvent.WITHDRAWN);
        Assertions.assertThat(notifications.of(project.getKey()))
                .filteredOn(notification -> notification.getEvent().equals("CHANGE_WITHDRAWN"))
                .extracting(Notification::getRecipients).containsExactly("pm");
    }
}
