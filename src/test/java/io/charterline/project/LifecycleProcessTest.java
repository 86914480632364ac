package io.charterline.project;

import static io.charterline.project.LifecycleVariables.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.change.ChangeControlVariables;
import io.charterline.charter.CharterRejectionNoticeVariables;
import io.charterline.change.ChangeEvent;
import io.charterline.change.ChangeLogEntry;
import io.charterline.change.ChangeLogRepository;
import io.charterline.change.ChangeRequestInput;
import io.charterline.change.ChangeRequestService;
import io.charterline.change.ChangeStatus;
import io.charterline.change.ChangeType;
import io.charterline.change.WorkPackageAction;
import io.charterline.change.WorkPackageChange;
import io.charterline.closing.CloseoutReports;
import io.charterline.lessons.Lesson;
import io.charterline.lessons.LessonQuery;
import io.charterline.lessons.LessonRepository;
import io.charterline.lessons.LessonSearch;
import io.charterline.lessons.LessonView;
import io.charterline.monitoring.HealthVariables;
import io.charterline.notification.Notification;
import io.charterline.notification.Notifications;
import io.charterline.platform.process.FormTextTwins;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.risk.IssueInput;
import io.charterline.risk.RiskInput;
import io.charterline.risk.RiskRegister;
import io.charterline.support.AsyncSteps;
import io.charterline.time.TimeEntry;
import io.charterline.time.TimeEntryCorrectionInput;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import io.charterline.work.WorkPackageVariables;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every path of the project lifecycle and of its work packages, on the real engine with the real delegates and
 * the demo resource pool. The class fails unless its tests together cover every flow node and sequence flow.
 */
@Import(LifecycleProcessTest.FullCoverage.class)
class LifecycleProcessTest extends LifecycleTestSupport {

    /** Two packages in sequence that the demo pool staffs easily. */
    static final String SMALL_PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Build order service,24,JAVA,2,WP-1
            """;

    /** The demo pool's only level-5 UX designer works 32 hours a week; this package needs 40 for ten weeks. */
    static final String PLAN_WITH_GAP = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Design the order screens,400,UX,5,WP-1
            """;

    /** Two such packages side by side: one person picked for both carries 80 hours a week. */
    static final String PLAN_WITH_TWO_GAPS = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Design the order screens,400,UX,5,WP-1
            WP-3,Design the report screens,400,UX,5,WP-1
            """;

    /** A Sunday night two months ahead, inside the demo services' maintenance windows. */
    static final Instant WINDOW_START = LocalDate.now().plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
            .atTime(22, 0).toInstant(ZoneOffset.UTC);

    /** The final report's row of packages done by their planned finish, up to its value. */
    private static final String ON_TIME =
            "<td>On-time share: work packages done by their planned finish</td><td class=\"number\">";

    @TestConfiguration
    static class FullCoverage {
        @Bean
        ProcessEngineCoverageProperties lifecycleCoverage() {
            return ProcessEngineCoverageProperties.builder()
                    // Both are walked in full by ChangeControlProcessTest; here a rejection notice is often unread.
                    .excludeProcessDefinitionKeys(ChangeControlVariables.PROCESS_KEY,
                            ChangeControlVariables.NOTICE_PROCESS_KEY)
                    .assertClassCoverageAtLeast(1.0)
                    .build();
        }
    }

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    FormService formService;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    LessonRepository lessons;

    @Autowired
    LessonSearch lessonSearch;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    ChangeRequestService changeRequests;

    @Autowired
    CloseoutReports closeoutReports;

    @Autowired
    ChangeLogRepository changeLog;

    @Autowired
    RiskRegister register;

    @Autowired
    Notifications notifications;

    @Autowired
    HistoryService historyService;

    @Autowired
    StatusReportService statusReports;

    // --- charter -------------------------------------------------------------------------------------------

    @Test
    void rejectedCharterEndsAndRecordsTheProjectAsRejected() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, "No budget this year"));

        assertThat(project).isEnded().hasPassed("Task_SendCharterRejectionNotice", "EndEvent_ProjectRejected");
        assertProjectStatus(project, ProjectStatus.REJECTED);
        Task notice = taskService.createTaskQuery().processDefinitionKey(CharterRejectionNoticeVariables.PROCESS_KEY)
                .processInstanceBusinessKey(projectKey(project)).singleResult();
        assertThat(notice).hasDefinitionKey("Task_AcknowledgeCharterRejection").isAssignedTo("requester");
        complete(notice);
    }

    @Test
    void charterSentBackIsReworkedByItsAuthorAndReviewedAgain() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Quantify the objectives"));
        assertThat(task(project)).hasDefinitionKey("Task_ReworkCharter").isAssignedTo("requester");

        complete(task(project), withVariables(BUDGET, 300_000));

        assertThat(project).isWaitingAt("Task_ReviewCharter").variables().containsEntry(GOVERNANCE_TIER, 2);
    }

    // --- plan -------------------------------------------------------------------------------------------------

    @Test
    void fullyStaffedPlanOfATierThreeProjectNeedsOnlyThePmo() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));

        assertThat(project).hasPassed("Task_BuildBaseline", "Task_AssignResources").isWaitingAt("Task_ApprovePlan");
        assertThat(project).variables().containsEntry(FULLY_STAFFED, true);
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", GATE_LESSONS, "Plan with operations"));

        assertThat(project).hasPassed("Task_ApproveBaseline", "Task_CapturePlanningLessons", "Task_ReleaseWork")
                .hasNotPassed("Task_SponsorApprovePlan")
                .isWaitingAt("Event_WorkCompleted");
        assertStatusCycleScheduled(project);
        assertProjectStatus(project, ProjectStatus.EXECUTING);
    }

    @Test
    void thePlanGateShowsTheProjectNameAsTypedAboveTheRealBudget() {
        ProcessInstance project = toPlanning(charter().name(SPOOFED_NAME));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));

        assertThat(project).isWaitingAt("Task_ApprovePlan");
        Assertions.assertThat(formVariables(task(project).getId()))
                .containsEntry(FormTextTwins.twinOf(PROJECT_NAME), ESCAPED_NAME);
    }

    @Test
    void aClosedProjectSaysWhenItEndedWhoAcceptedItAndWhereItsReportIs() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        finishWork(key, "WP-1", 16);
        finishWork(key, "WP-2", 24);
        Assertions.assertThat(projectService.get(key).ending()).as("while it runs").isNull();

        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);

        ProjectView closed = projectService.get(key);
        Assertions.assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        Assertions.assertThat(closed.ending().endedOn()).isNotNull();
        Assertions.assertThat(closed.ending().acceptedBy()).isEqualTo(closed.sponsor());
        Assertions.assertThat(closed.ending().acceptedAt()).isNotNull();
        Assertions.assertThat(closed.ending().closeoutReport()).isEqualTo("/api/projects/" + key + "/closeout-report");
    }

    @Test
    void resourceGapGoesToThePmoWhoAssignsByHand() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN_WITH_GAP));

        assertThat(project).isWaitingAt("Task_ResolveResourceGap").variables().containsEntry(FULLY_STAFFED, false);
        Assertions.assertThat(runtimeService.getVariable(project.getId(), STAFFING_GAPS).toString())
                .contains("WP-2").contains("UX level 5")
                .containsPattern("closest candidate [A-Z][a-z]+ [A-Z][a-z]+ \\([a-z0-9.]+\\)$");
        assertRefused(() -> claimAndComplete(project, "pmo",
                Map.of(GAP_DECISION, "ASSIGN", MANUAL_ASSIGNMENTS, "WP-9=dev2")), "WP-2 needs a person");

        claimAndComplete(project, "pmo", Map.of(GAP_DECISION, "ASSIGN", MANUAL_ASSIGNMENTS, "WP-2=dev2"));

        assertThat(project).hasPassed("Task_RecordManualAssignments").isWaitingAt("Task_ApprovePlan");
    }

    @Test
    void aPickByHandThatOverloadsItsPersonIsStatedAtThePlanGate() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN_WITH_TWO_GAPS));

        claimAndComplete(project, "pmo", Map.of(GAP_DECISION, "ASSIGN", MANUAL_ASSIGNMENTS, "WP-2=dev2\nWP-3=dev2"));

        assertThat(project).isWaitingAt("Task_ApprovePlan");
        Assertions.assertThat(runtimeService.getVariable(project.getId(), STAFFING_SUMMARY).toString())
                .startsWith("all work packages staffed, 2 of them by hand; over capacity, all projects counted: "
                        + "Dmitri Developer: ")
                .containsPattern("h booked of [0-9.]+ h in [0-9]+ week\\(s\\) from [0-9-]+ to [0-9-]+, "
                        + "at most [0-9.]+ h of [0-9.]+ h in one week");
    }

    @Test
    void resourceGapRefusesAPersonWithoutThePackagesSkill() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN_WITH_GAP));

        // dev3 offers DEVOPS, JAVA and SECURITY, no UX at all
        assertRefused(() -> claimAndComplete(project, "pmo",
                        Map.of(GAP_DECISION, "ASSIGN", MANUAL_ASSIGNMENTS, "WP-2=dev3")),
                "work package WP-2: Dee Developer (dev3) has no UX skill");

        assertThat(project).isWaitingAt("Task_ResolveResourceGap");
    }

    @Test
    void resourceGapRefusalNamesTheFieldAsTheGapFormLabelsIt() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN_WITH_GAP));

        String refusal = refusal(() -> claimAndComplete(project, "pmo",
                Map.of(GAP_DECISION, "ASSIGN", MANUAL_ASSIGNMENTS, "")));

        Assertions.assertThat(refusal).contains("Invalid decision on the resource gap: Assignments by hand: "
                + "work package WP-2 needs a person (WP-2=user-id)").doesNotContain(MANUAL_ASSIGNMENTS);
    }

    @Test
    void resourceGapCanSendThePlanBack() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN_WITH_GAP));

        claimAndComplete(project, "pmo", Map.of(GAP_DECISION, "SEND_BACK", GAP_COMMENT, "Use level 4 for WP-2"));

        assertThat(project).isWaitingAt("Task_PlanWork");
    }

    @Test
    void planRejectedByThePmoGoesBackToPlanning() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));

        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "REJECT", PLAN_COMMENT, "Add testing"));

        assertThat(project).isWaitingAt("Task_PlanWork");
    }

    @Test
    void planGateDecidedWithoutClaimingIsRefusedSoTheDecisionHasAName() {
        ProcessInstance project = toPlanning(charter());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));

        assertRefused(() -> complete(task(project), withVariables(PLAN_DECISION, "APPROVE")),
                "assignee is required: claim the task before deciding");

        assertThat(project).isWaitingAt("Task_ApprovePlan");
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE"));
        assertThat(project).variables().containsEntry(GATE_DECIDED_BY, "pmo");
    }

    @Test
    void thePlanGateCannotHandTheSignOffToAnotherSponsor() {
        ProcessInstance project = toPlanning(charter().strategic());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        taskService.claim(task(project).getId(), "pmo");

        assertRefused(() -> complete(task(project), withVariables(PLAN_DECISION, "APPROVE", SPONSOR, "pmo")),
                "sponsor is the charter's and cannot change at 'Approve plan'");

        assertThat(project).isWaitingAt("Task_ApprovePlan").variables().containsEntry(SPONSOR, "sponsor");
    }

    /**
     * A governance-tier rule deployed before the deployment check existed may give a plan-gate approval that is
     * neither value, such as "PMO_AND_SPONSER": only the exact "PMO" skips the sponsor, so the sponsor signs off.
     */
    @Test
    void anUnknownPlanGateApprovalAsksThePmoAndTheSponsor() {
        ProcessInstance project = toPlanning(charter());
        runtimeService.setVariable(project.getId(), PLAN_GATE_APPROVAL, "PMO_AND_SPONSER");
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE"));

        assertThat(project).isWaitingAt("Task_SponsorApprovePlan");
        assertThat(task(project)).isAssignedTo("sponsor");
    }

    @Test
    void tierOnePlanNeedsTheSponsorWhoCanApproveOrReject() {
        ProcessInstance project = toPlanning(charter().strategic());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE"));

        assertThat(project).isWaitingAt("Task_SponsorApprovePlan");
        assertThat(task(project)).isAssignedTo("sponsor");
        complete(task(project), withVariables(PLAN_DECISION, "REJECT", PLAN_COMMENT, "Too thin"));
        assertThat(project).isWaitingAt("Task_PlanWork");

        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE"));
        complete(task(project), withVariables(PLAN_DECISION, "APPROVE"));

        assertThat(project).hasPassed("Task_ApproveBaseline").isWaitingAt("Event_WorkCompleted");
    }

    @Test
    void planWithoutWorkPackagesIsRefusedNamingTheFormsField() {
        ProcessInstance project = toPlanning(charter());

        assertRefused(() -> complete(task(project), withVariables(WORK_PACKAGES_CSV, "")),
                "Work packages (CSV) is required");
        assertThat(project).isWaitingAt("Task_PlanWork");
    }

    // --- execution and closing -----------------------------------------------------------------------------

    @Test
    void correctingOrWithdrawingAnEntryUpdatesTheHoursTheWorkTaskShows() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        Task task = workTask(key, "WP-1");
        String assignee = task.getAssignee();
        TimeEntry wrong = timeEntries.book(key, new TimeEntryInput("WP-1", LocalDate.now(), new BigDecimal("8"),
                null, null), assignee, List.of());
        timeEntries.book(key, new TimeEntryInput("WP-1", LocalDate.now(), new BigDecimal("2"), null, null),
                assignee, List.of());

        timeEntries.correct(key, wrong.id(), new TimeEntryCorrectionInput(wrong.date(), new BigDecimal("0.8"), null,
                wrong.version(), null), assignee, List.of());
        Assertions.assertThat(taskService.getVariable(task.getId(), WorkPackageVariables.BOOKED_HOURS))
                .as("corrected").isEqualTo(2.8);

        timeEntries.withdraw(key, wrong.id(), wrong.version() + 1, null, assignee, List.of());
        Assertions.assertThat(taskService.getVariable(task.getId(), WorkPackageVariables.BOOKED_HOURS))
                .as("withdrawn").isEqualTo(2.0);
        // frees the demo pool's people for the other tests' projects
        projectService.terminate(key, new TerminationRequest("Test done"), "sponsor", false);
        closeAfterTermination(project);
    }

    @Test
    void workPackagesBecomeTasksInOrderAndTheProjectClosesAfterAcceptance() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);

        Task first = workTask(key, "WP-1");
        Assertions.assertThat(workTasks(key)).hasSize(1);
        LocalDate plannedFinish = workPackages.list(key).get(0).plannedFinish();
        Assertions.assertThat(first.getDueDate()).as("due at the end of its planned finish day")
                .isEqualTo(Date.from(plannedFinish.atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant()));
        assertRefused(() -> taskService.complete(first.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, -4,
                WorkPackageVariables.COMPLETION_NOTE, "oops")), "Actual hours in total must be more than 0");
        assertRefused(() -> taskService.complete(first.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, 4)),
                "Completion note is required");
        timeEntries.book(key, new TimeEntryInput("WP-1", LocalDate.now(), new BigDecimal("6"), null, null),
                first.getAssignee(), List.of());
        Assertions.assertThat(taskService.getVariable(first.getId(), WorkPackageVariables.BOOKED_HOURS))
                .as("the form shows what is booked").isEqualTo(6.0);
        assertRefused(() -> taskService.complete(first.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, 4,
                WorkPackageVariables.COMPLETION_NOTE, "Done")), "Invalid work booking: Actual hours in total must be "
                + "your total hours on WP-1, at least the 6 h already booked on it");
        finishWork(key, "WP-1", 18);
        Assertions.assertThat(timeEntries.actualHours(key, "WP-1")).isEqualByComparingTo("18");
        finishWork(key, "WP-2", 20);

        assertThat(project).hasPassed("Event_WorkCompleted", "Task_CaptureExecutionLessons")
                .isWaitingAt("Task_AcceptDeliverables");
        assertProjectStatus(project, ProjectStatus.CLOSING);
        Assertions.assertThat((String) taskService.getVariable(task(project).getId(), EXECUTION_SUMMARY))
                .contains("Work packages: 2 of 2 done", "Changes: 0 requested, 0 applied",
                        "Hours: 38 h reported (6 h as time entries, 32 h at completion beyond them)");
        Assertions.assertThat(workPackages.list(key)).extracting("state")
                .containsOnly(WorkPackageState.DONE);

        complete(task(project), withVariables(ACCEPTANCE_DECISION, "SEND_BACK", ACCEPTANCE_COMMENT, "Manual missing"));
        assertThat(task(project)).hasDefinitionKey("Task_ReworkDeliverables").isAssignedTo("pm");
        assertRefused(() -> complete(task(project), withVariables(REWORK_NOTE, " ")), "What was reworked is required");
        complete(task(project), withVariables(REWORK_NOTE, "Manual written"));
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT", GATE_LESSONS, "Write manuals early"));
        runJobs(project);

        assertThat(project).isEnded().hasPassed("Task_ReleaseResources", "Task_CaptureClosingLessons",
                "Task_ProduceFinalReport", "EndEvent_ProjectClosed");
        assertProjectStatus(project, ProjectStatus.CLOSED);
        StatusReport closeout = statusReports.history(key).get(statusReports.history(key).size() - 1);
        Assertions.assertThat(closeout.figures().actualHours()).isEqualByComparingTo("38");
        Assertions.assertThat(closeout.figures().hoursBeyondTimeEntries()).as("the KPIs keep them apart")
                .isEqualByComparingTo("32");
        Assertions.assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .contains("<td>Hours reported</td><td class=\"number\">38 h (6 h as time entries, 32 h at completion "
                        + "beyond them)</td>")
                // The 6 h were booked by WP-1's first assignee; who completed it reported 12 h beyond them.
                .contains("<td class=\"number sentence\">12 h (0 h as time entries, 12 h at completion beyond them)"
                        + "</td>");
    }

    @Test
    void theFinalReportMeasuresTheProjectOnTheDayItClosesNotAtItsLastStatusCycle() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        runStatusCycle(project);
        finishWork(key, "WP-1", 18);
        finishWork(key, "WP-2", 20);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT", GATE_LESSONS, "Measure at the end"));
        runJobs(project);

        String kpis = closeoutReports.html(key).replaceAll("\\s+", " ");
        // The status cycle saw no hours; the report counts the 38 booked after it, on the closing day: 18 h of
        // ANALYSIS at 95 and 20 h of JAVA at 110 cost 3,910, all work is done, so EAC is 3,910 of 120,000 approved.
        Assertions.assertThat(kpis)
                .contains("<td>Measured on</td><td class=\"number\">" + LocalDate.now() + " (closeout)</td>")
                .contains("<td>Hours reported</td><td class=\"number\">38 h (0 h as time entries, 38 h at completion "
                        + "beyond them)</td>")
                .contains("<td>Estimate at completion (EAC)</td><td class=\"number\">$3,910.00</td>")
                .contains("<td>Approved budget</td><td class=\"number\">$120,000.00</td>")
                .contains("<td>Budget headroom at completion (approved budget - EAC)</td>"
                        + "<td class=\"number\">$116,090.00</td>")
                // Planned to start weeks from today and done today: left out of the on-time share.
                .contains(ON_TIME + "0 of 0; 2 left out, completed before their planned start</td>")
                .contains("<td>Schedule adherence: work packages due that are done</td><td class=\"number\">100.0 %"
                        + "</td>");
    }

    @Test
    void theFinalReportNamesWhoDidEachPackageThoughTheirBookingsEndAtClosing() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        String analyst = finishWork(key, "WP-1", 18);
        String developer = finishWork(key, "WP-2", 20);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT", GATE_LESSONS, "Name the people"));
        runJobs(project);

        Assertions.assertThat(List.of(analyst, developer)).doesNotContain("pm");
        Assertions.assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .contains("<td>" + nameOf(analyst) + "</td> <td>ANALYSIS</td> <td class=\"number\">16 h</td> "
                        + "<td class=\"number sentence\">18 h (0 h as time entries, 18 h at completion beyond them)"
                        + "</td>")
                .contains("<td>" + nameOf(developer) + "</td> <td>JAVA</td> <td class=\"number\">24 h</td> "
                        + "<td class=\"number sentence\">20 h (0 h as time entries, 20 h at completion beyond them)"
                        + "</td>");
    }

    /** How the report names a person: first and last name, as the identity service has them. */
    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    @Test
    void theFinalReportCountsThePackagesDoneAfterTheirPlannedFinish() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        finishWork(key, "WP-1", 18);
        finishWork(key, "WP-2", 20);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT", GATE_LESSONS, "Start on time"));
        runJobs(project);

        Assertions.assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .contains(ON_TIME + "0 of 2 (0.0 %)</td>");
    }

    @Test
    void greenStatusCycleReportsAndTheProjectGoesOn() {
        ProcessInstance project = toExecution(charter());

        runStatusCycle(project);

        assertThat(project).hasPassed("Task_ComputeKpis", "EndEvent_StatusReported").isWaitingAt("Event_WorkCompleted");
        assertStatusCycleScheduled(project);
        assertThat(project).variables().containsEntry(HEALTH, "GREEN");
    }

    @Test
    void redProjectEscalatesAndTheSponsorLetsItContinue() {
        ProcessInstance project = lateProject();
        runStatusCycle(project);

        assertThat(project).isWaitingAt("Task_DecideEscalation", "Event_WorkCompleted");
        complete(task("Task_DecideEscalation", project), withVariables(ESCALATION_DECISION, "CONTINUE"));

        assertThat(project).hasPassed("EndEvent_ProjectContinues").isWaitingAt("Event_WorkCompleted");
    }

    @Test
    void sponsorDecidingOnAnEscalationSeesTheForecastAgainstTheApprovedBudget() {
        ProcessInstance project = lateProject();
        runStatusCycle(project);

        // Nothing booked yet: EAC is the BAC, 16 h of ANALYSIS at 95 and 24 h of JAVA at 110 = 4,160.
        Assertions.assertThat((String) runtimeService.getVariable(project.getId(), KPI_SUMMARY))
                .contains("estimate at completion $4,160.00 against a budget at completion of $4,160.00.")
                .contains("Approved budget $120,000.00: headroom at completion $115,840.00.");
    }

    @Test
    void sponsorDecidingOnAnEscalationSeesWhichCriticalIssueAndHighRiskMadeItRed() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        register.addIssue(key, new IssueInput("Build server [down]", "No builds since Monday", "CRITICAL", "pm",
                null, null));
        register.addRisk(key, new RiskInput("Payment sandbox unstable", "Drops 5% of calls", new BigDecimal(4),
                new BigDecimal(4), "sponsor", "Retry queue in front of the sandbox", null, null));
        register.addRisk(key, new RiskInput("Printer jams", null, new BigDecimal(1), new BigDecimal(2), "pm", null,
                null, null));
        runStatusCycle(project);

        Task escalation = task("Task_DecideEscalation", project);
        Assertions.assertThat((String) formService.getTaskFormVariables(escalation.getId())
                        .getValueTyped(FormTextTwins.twinOf(HealthVariables.ESCALATION_REGISTER)).getValue())
                .isEqualTo("- Critical issue 'Build server \\[down\\]', owner " + nameOf("pm") + "\n"
                        + "- High risk 'Payment sandbox unstable', score 16, owner " + nameOf("sponsor")
                        + "; response: Retry queue in front of the sandbox");
    }

    @Test
    void theProjectManagerIsToldOfTheRedRatingAndBothOfThemOfTheSponsorsDecision() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        register.addIssue(key, new IssueInput("Build server down", null, "CRITICAL", "pm", null, null));
        runStatusCycle(project);
        Task escalation = task("Task_DecideEscalation", project);
        taskService.complete(escalation.getId(), withVariables(ESCALATION_DECISION, "CONTINUE", ESCALATION_COMMENT,
                "The server is back tomorrow"));

        Assertions.assertThat(notifications.of(key))
                .extracting(Notification::getEvent, Notification::getSubject, Notification::getRecipients)
                .containsExactly(
                        tuple("PROJECT_ESCALATED", key + " (Order entry renewal) is RED at status cycle 1 because of "
                                + "the open critical issue 'Build server down' (owner " + nameOf("pm") + "); "
                                + nameOf("sponsor") + " decides whether it continues, is re-planned or terminated",
                                "pm"),
                        tuple("ESCALATION_DECIDED", nameOf("sponsor") + " decided on the RED status of " + key
                                + " (Order entry renewal): continue as planned (The server is back tomorrow)",
                                "pm,sponsor"));
    }

    @Test
    void theEscalationLessonNamesTheCriticalIssueThatMadeTheStatusRed() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        register.addIssue(key, new IssueInput("Build server down", null, "CRITICAL", "pm", null, null));
        runStatusCycle(project);
        complete(task("Task_DecideEscalation", project), withVariables(ESCALATION_DECISION, "CONTINUE"));
        finishWork(key, "WP-1", 16);
        finishWork(key, "WP-2", 24);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);

        Assertions.assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .filteredOn(lesson -> lesson.getCategory().name().equals("ESCALATION"))
                .singleElement().satisfies(lesson -> {
                    Assertions.assertThat(lesson.getWhatHappened()).contains("RED because of the open critical "
                            + "issue 'Build server down' (owner " + nameOf("pm") + ")");
                    Assertions.assertThat(lesson.getRecommendation()).startsWith("Raise blockers as issues early");
                });
        Assertions.assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .contains("<td><span>Issue</span>: <span>Build server down</span></td> <td>CRITICAL</td> <td>"
                        + nameOf("pm") + "</td> <td>CLOSED at closeout (was OPEN)</td> <td>Still OPEN when the project "
                        + "was closed; closed unresolved with the project at closeout</td>");
    }

    @Test
    void twoOpenEscalationsDecidedInReverseOrderEachKeepTheirOwnCauseInTheLesson() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        runStatusCycle(project);
        Task first = task("Task_DecideEscalation", project);
        register.addIssue(key, new IssueInput("Build server down", null, "CRITICAL", "pm", null, null));
        runStatusCycle(project);
        Task second = taskService.createTaskQuery().processInstanceId(project.getId())
                .taskDefinitionKey("Task_DecideEscalation").list().stream()
                .filter(escalation -> !escalation.getId().equals(first.getId())).findFirst().orElseThrow();

        complete(second, withVariables(ESCALATION_DECISION, "CONTINUE", ESCALATION_COMMENT, "Server back tomorrow"));
        complete(first, withVariables(ESCALATION_DECISION, "TERMINATE", ESCALATION_COMMENT, "Business case gone"));
        closeAfterTermination(project);

        Assertions.assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .extracting(Lesson::getWhatHappened)
                .filteredOn(what -> what.startsWith("The status turned RED"))
                .singleElement().asString()
                .contains("the open critical issue 'Build server down' (owner " + nameOf("pm")
                        + ") (decided: continue)")
                .containsPattern("SPI [0-9.]+, CPI n/a \\(decided: terminate\\)");
    }

    @Test
    void twoOpenEscalationsEachShowTheirOwnCyclesFiguresOnTheSponsorsForm() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        runStatusCycle(project);
        Task first = task("Task_DecideEscalation", project);
        register.addIssue(key, new IssueInput("Build server [down]", null, "CRITICAL", "pm", null, null));
        runStatusCycle(project);
        Task second = taskService.createTaskQuery().processInstanceId(project.getId())
                .taskDefinitionKey("Task_DecideEscalation").list().stream()
                .filter(escalation -> !escalation.getId().equals(first.getId())).findFirst().orElseThrow();

        VariableMap firstForm = formService.getTaskFormVariables(first.getId());
        Assertions.assertThat((String) firstForm.get(KPI_SUMMARY)).startsWith("Status cycle 1 ")
                .endsWith("open critical issues: 0.");
        Assertions.assertThat(firstForm.get(HealthVariables.ESCALATION_REGISTER))
                .isEqualTo("No open critical issue or high risk.");
        Assertions.assertThat(firstForm.get(FormTextTwins.twinOf(HealthVariables.ESCALATION_REGISTER)))
                .isEqualTo("No open critical issue or high risk.");
        VariableMap secondForm = formService.getTaskFormVariables(second.getId());
        Assertions.assertThat((String) secondForm.get(KPI_SUMMARY)).startsWith("Status cycle 2 ")
                .endsWith("open critical issues: 1.");
        Assertions.assertThat(secondForm.get(HealthVariables.ESCALATION_REGISTER))
                .isEqualTo("- Critical issue 'Build server [down]', owner " + nameOf("pm"));
        Assertions.assertThat(secondForm.get(FormTextTwins.twinOf(HealthVariables.ESCALATION_REGISTER)))
                .isEqualTo("- Critical issue 'Build server \\[down\\]', owner " + nameOf("pm"));
        Assertions.assertThat((String) firstForm.get(RECOMMENDED_ACTION))
                .startsWith("Escalate to the sponsor: less than 80 % of the planned work is done");
        Assertions.assertThat((String) secondForm.get(RECOMMENDED_ACTION))
                .startsWith("Escalate to the sponsor: resolve the open critical issue");
    }

    @Test
    void aSecondEscalationOpensWithoutTheSponsorsEarlierDecision() {
        ProcessInstance project = lateProject();
        runStatusCycle(project);
        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "CONTINUE", ESCALATION_COMMENT, "The screens are nearly designed"));
        runStatusCycle(project);

        Task second = task("Task_DecideEscalation", project);
        Assertions.assertThat(formService.getTaskFormVariables(second.getId()).keySet())
                .doesNotContain(ESCALATION_DECISION, ESCALATION_COMMENT);
        complete(second, withVariables(ESCALATION_DECISION, "CONTINUE"));
        assertThat(project).isWaitingAt("Event_WorkCompleted");
    }

    @Test
    void acceptanceAfterReworkOpensWithoutTheDecisionThatSentItBack() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        finishWork(key, "WP-1", 16);
        finishWork(key, "WP-2", 24);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "SEND_BACK", ACCEPTANCE_COMMENT, "Manual missing"));
        complete(task(project), withVariables(REWORK_NOTE, "Manual written"));

        Task second = task(project);
        assertThat(second).hasDefinitionKey("Task_AcceptDeliverables");
        Assertions.assertThat(formService.getTaskFormVariables(second.getId()).keySet())
                .doesNotContain(ACCEPTANCE_DECISION, ACCEPTANCE_COMMENT);
    }

    @Test
    void theSponsorsPlanSignOffOpensWithoutThePmosDecision() {
        ProcessInstance project = toPlanning(charter().strategic());
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", PLAN_COMMENT, "Staffed and costed"));

        Task signOff = task(project);
        assertThat(signOff).hasDefinitionKey("Task_SponsorApprovePlan");
        Assertions.assertThat(formService.getTaskFormVariables(signOff.getId()).keySet())
                .doesNotContain(PLAN_DECISION, PLAN_COMMENT);
    }

    @Test
    void redProjectCanBeReplannedThroughChangeControl() {
        ProcessInstance project = lateProject();
        runStatusCycle(project);
        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "REPLAN", ESCALATION_COMMENT, "Cut scope"));

        assertThat(task("Task_RequestReplan", project)).isAssignedTo("pm");
        complete(task("Task_RequestReplan", project), withVariables(ChangeControlVariables.TITLE, "Cut scope",
                ChangeControlVariables.DESCRIPTION, "Drop the second package's extras",
                ChangeControlVariables.REASON, "Project is late", ChangeControlVariables.REQUESTED_TYPE, "NORMAL",
                ChangeControlVariables.BUDGET_CHANGE, -1000,
                ChangeControlVariables.WINDOW_START, WINDOW_START.toString(),
                ChangeControlVariables.WINDOW_END, WINDOW_START.plusSeconds(4 * 3600).toString()));
        finishChangeControl(project);

        assertThat(project).hasPassed("Task_RegisterReplanChange", "CallActivity_ReplanChangeControl",
                "EndEvent_ReplanHandled").isWaitingAt("Event_WorkCompleted");
        String replanChange = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(project.getId()).singleResult().getBusinessKey();
        assertThat(decisionNotice(replanChange)).as("the rejection notice, apart from the project").isAssignedTo("pm");
    }

    @Test
    void sponsorTerminatesARedProjectAndItClosesAsTerminated() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        runStatusCycle(project);

        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "TERMINATE", ESCALATION_COMMENT, "Business case gone"));

        assertThat(project).hasPassed("EndEvent_TerminationDecided", "BoundaryEvent_ProjectTerminated",
                "Task_CancelOpenWork").isWaitingAt("Task_AcceptDeliverables");
        Assertions.assertThat(workTasks(key)).isEmpty();
        closeAfterTermination(project);
    }

    @Test
    void theAcceptanceAfterARedTerminationSaysWhoTerminatedTheProjectWhenAndWhy() {
        ProcessInstance project = lateProject();
        runStatusCycle(project);

        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "TERMINATE", ESCALATION_COMMENT, "Business case gone"));

        assertThat(project).isWaitingAt("Task_AcceptDeliverables");
        Assertions.assertThat((String) taskService.getVariable(task(project).getId(), EXECUTION_SUMMARY))
                .containsPattern("^- Terminated on \\d{4}-\\d{2}-\\d{2} by Sofia Sponsor: Business case gone\n");
        closeAfterTermination(project);
    }

    @Test
    void theAcceptanceAfterATerminationThroughTheApiShowsTheReasonAsTyped() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);

        projectService.terminate(key, new TerminationRequest("Merged into **another** [programme](http://x.org)"),
                "sponsor", false);

        Assertions.assertThat((String) taskService.getVariable(task(project).getId(), EXECUTION_SUMMARY))
                .contains(" by Sofia Sponsor: Merged into \\*\\*another\\*\\* \\[programme\\]\\(http://x.org\\)\n");
        closeAfterTermination(project);
    }

    @Test
    void aRedProjectTheSponsorTerminatesLeavesASearchableEscalationLessonWithTheSponsorsReason() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        runStatusCycle(project);
        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "TERMINATE", ESCALATION_COMMENT, "Business case gone"));
        closeAfterTermination(project);

        Assertions.assertThat(terminationLessonsOf(key))
                .containsExactly("The sponsor terminated the project: stopped after a RED status: Business case "
                        + "gone.");
    }

    @Test
    void aProjectTerminatedThroughTheApiLeavesAnEscalationLessonWithTheReason() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);
        closeAfterTermination(project);

        Assertions.assertThat(terminationLessonsOf(key))
                .containsExactly("The sponsor terminated the project: stopped during execution: Merged into another "
                        + "programme.");
    }

    @Test
    void sponsorCanTerminateEarlyThroughTheApi() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);

        assertThat(project).hasPassed("BoundaryEvent_TerminationRequested", "Task_CancelOpenWork")
                .isWaitingAt("Task_AcceptDeliverables");
        Assertions.assertThat(workPackages.list(key)).extracting("state").contains(WorkPackageState.CANCELLED);
        closeAfterTermination(project);
    }

    @Test
    void terminationCancelsTheChangesInFlightWithTheReasonInTheirLogAndLeavesDecidedOnesAlone() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        String rejected = submitChange(key, "Extra report");
        finishChangeControl(project);
        String inFlight = submitChange(key, "Second report");
        ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(project.getId())
                .singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(change.getId())
                .singleResult().getId());
        Assertions.assertThat(changeRequests.get(inFlight).status()).isEqualTo(ChangeStatus.ANALYSED);

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);

        assertThat(project).hasPassed("Task_CancelOpenWork", "Task_CancelChangesInFlight")
                .isWaitingAt("Task_AcceptDeliverables");
        Assertions.assertThat(changeRequests.get(inFlight).status()).isEqualTo(ChangeStatus.CANCELLED);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(inFlight)).last()
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getDetail)
                .containsExactly(ChangeEvent.CANCELLED, "ended: project terminated (Merged into another programme)");
        Assertions.assertThat(changeRequests.get(rejected).status()).isEqualTo(ChangeStatus.REJECTED);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(rejected))
                .extracting(ChangeLogEntry::getEvent).doesNotContain(ChangeEvent.CANCELLED);
    }

    @Test
    void terminationDecidedOnAnEscalationGivesTheSponsorsCommentAsTheReasonChangesEnded() {
        ProcessInstance project = lateProject();
        String key = projectKey(project);
        String inFlight = submitChange(key, "Extra report");
        runStatusCycle(project);

        complete(task("Task_DecideEscalation", project),
                withVariables(ESCALATION_DECISION, "TERMINATE", ESCALATION_COMMENT, "Business case gone"));

        Assertions.assertThat(changeRequests.get(inFlight).status()).isEqualTo(ChangeStatus.CANCELLED);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(inFlight)).last()
                .extracting(ChangeLogEntry::getDetail).isEqualTo("ended: project terminated (Business case gone)");
    }

    @Test
    void aTerminatedProjectClaimsNoEarlyFinishAndDrawsNoScheduleOrBudgetLesson() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        finishWork(key, "WP-1", 24);

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);
        closeAfterTermination(project);

        // WP-1 was done today, weeks before the plan's finish: the work stopped, it did not finish early. Done
        // before its planned start too, so its hours teach no estimate either; the termination is the lesson.
        Assertions.assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .extracting(lesson -> lesson.getCategory().name())
                .contains("ESCALATION").doesNotContain("SCHEDULE", "BUDGET", "ESTIMATING");
        Assertions.assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .containsPattern("<th>Finish</th> <td class=\"date\">[0-9-]+</td> <td class=\"date\">terminated "
                        + "[0-9-]+</td> <td class=\"number\"></td>");
    }

    @Test
    void changeRequestedDuringExecutionRunsChangeControl() {
        ProcessInstance project = toExecution(charter());

        changeRequests.submit(projectKey(project), new ChangeRequestInput("Extra report", "A weekly order report",
                "Sales asked for it", ChangeType.NORMAL, List.of(), new BigDecimal("1500"), null, List.of(),
                WINDOW_START, WINDOW_START.plusSeconds(4 * 3600)), "requester");
        finishChangeControl(project);

        assertThat(project).hasPassed("StartEvent_ChangeRequested", "CallActivity_ChangeControl",
                "EndEvent_ChangeHandled").isWaitingAt("Event_WorkCompleted");
    }

    @Test
    void anUnreadRejectionNoticeDoesNotHoldUpAcceptanceAndCanStillBeReadLater() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        String changeRequestId = submitChange(key, "Extra report");
        finishChangeControl(project);

        finishWork(key, "WP-1", 18);
        finishWork(key, "WP-2", 20);

        assertThat(project).hasPassed("EndEvent_ChangeHandled", "Event_WorkCompleted")
                .isWaitingAt("Task_AcceptDeliverables");
        assertProjectStatus(project, ProjectStatus.CLOSING);
        Task notice = decisionNotice(changeRequestId);
        assertThat(notice).hasDefinitionKey("Task_AcknowledgeDecision").isAssignedTo("requester");

        taskService.complete(notice.getId());

        Assertions.assertThat(decisionNotice(changeRequestId)).isNull();
        // 1,500 more budget on an approved 120,000 (1.25 %) and no work: a minor change, the project manager's
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequestId))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor)
                .endsWith(tuple(ChangeEvent.REJECTED, "pm"), tuple(ChangeEvent.ACKNOWLEDGED, "requester"));
    }

    @Test
    void anUnreadRejectionNoticeEndsWhenTheProjectCloses() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        String changeRequestId = submitChange(key, "Extra report");
        finishChangeControl(project);
        finishWork(key, "WP-1", 18);
        finishWork(key, "WP-2", 20);
        String notice = decisionNotice(changeRequestId).getProcessInstanceId();

        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);

        assertThat(project).isEnded().hasPassed("Event_ProjectEnded", "EndEvent_ProjectClosed");
        Assertions.assertThat(decisionNotice(changeRequestId)).isNull();
        assertNoticeWithdrawn(notice);
    }

    @Test
    void anUnreadRejectionNoticeEndsWhenTheProjectIsTerminated() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        String changeRequestId = submitChange(key, "Extra report");
        finishChangeControl(project);
        String notice = decisionNotice(changeRequestId).getProcessInstanceId();

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);
        closeAfterTermination(project);

        assertThat(project).hasPassed("Event_ProjectEnded");
        Assertions.assertThat(decisionNotice(changeRequestId)).isNull();
        assertNoticeWithdrawn(notice);
    }

    private void assertNoticeWithdrawn(String noticeInstance) {
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(noticeInstance)
                .activityId("EndEvent_NoticeWithdrawn").count()).isOne();
    }

    @Test
    void anApprovedChangeToAnOpenPackageReplansItsTask() {
        ProcessInstance project = toExecution(charter());
        String key = projectKey(project);
        Task before = workTask(key, "WP-1");
        LocalDate finishBefore = LocalDate.parse((String) taskService.getVariable(before.getId(),
                WorkPackageVariables.PLANNED_FINISH));

        changeRequests.submit(key, new ChangeRequestInput("Deeper analysis", "Analyse returns as well",
                "Returns follow the same flows", ChangeType.NORMAL, List.of(new WorkPackageChange(
                        WorkPackageAction.MODIFY, "WP-1", null, new BigDecimal("40"), null, null, null)),
                null, null, List.of(), WINDOW_START, WINDOW_START.plusSeconds(4 * 3600)), "requester");
        approveChangeControl(project);

        Task after = workTask(key, "WP-1");
        LocalDate finishAfter = workPackages.list(key).get(0).plannedFinish();
        Assertions.assertThat(finishAfter).isAfter(finishBefore);
        Assertions.assertThat(taskService.getVariables(after.getId())).containsEntry(
                WorkPackageVariables.ESTIMATE_HOURS, 40.0).containsEntry(
                WorkPackageVariables.PLANNED_FINISH, finishAfter.toString());
        Assertions.assertThat(after.getDueDate()).isEqualTo(Date.from(finishAfter.atTime(17, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    @Autowired
    ProjectService projectService;

    private ProcessInstance toPlanning(CharterBuilder charter) {
        ProcessInstance project = startProject(charter);
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
        complete(task(project), Map.of(IN_SCOPE, "Order entry", OUT_OF_SCOPE, "Invoicing", DELIVERABLES,
                "New order UI", ACCEPTANCE_CRITERIA, "Orders in under 2 minutes"));
        return project;
    }

    private ProcessInstance toExecution(CharterBuilder charter) {
        ProcessInstance project = toPlanning(charter);
        complete(task(project), withVariables(WORK_PACKAGES_CSV, SMALL_PLAN));
        claimAndComplete(project, "pmo", Map.of(PLAN_DECISION, "APPROVE"));
        assertThat(project).isWaitingAt("Event_WorkCompleted");
        return project;
    }

    /**
     * Chartered, planned and released two months ago, on the dates it was planned for, with nothing done since:
     * the status cycle now rates it RED. The clock is replayed because a charter may not start in the past.
     */
    private ProcessInstance lateProject() {
        LocalDate start = LocalDate.now(clock).minusMonths(2);
        clock.replayFrom(start.atStartOfDay(clock.getZone()).toInstant());
        try {
            return toExecution(charter().dates(start, start.plusMonths(5)));
        } finally {
            clock.present();
        }
    }

    private void assertStatusCycleScheduled(ProcessInstance project) {
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(project.getId()).timers()
                .activityId("StartEvent_StatusReportDue").count()).isOne();
    }

    /** What a later charter's search for "terminated" among the project's escalation lessons finds. */
    private List<String> terminationLessonsOf(String key) {
        return lessonSearch.search(LessonQuery.of("terminated", null, "ESCALATION", key, null, null)).items().stream()
                .map(LessonView::whatHappened).toList();
    }

    private void closeAfterTermination(ProcessInstance project) {
        assertThat(project).variables().containsEntry(TERMINATED, true);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);
        assertThat(project).isEnded().hasPassed("EndEvent_ProjectTerminated");
        assertProjectStatus(project, ProjectStatus.TERMINATED);
    }

    private void claimAndComplete(ProcessInstance project, String user, Map<String, Object> variables) {
        Task open = task(project);
        taskService.claim(open.getId(), user);
        taskService.complete(open.getId(), variables);
    }

    /** Submits a small change as the requester and answers its id; its change control waits for the analysis. */
    private String submitChange(String projectKey, String title) {
        return changeRequests.submit(projectKey, new ChangeRequestInput(title, "A weekly order report",
                "Sales asked for it", ChangeType.NORMAL, List.of(), new BigDecimal("1500"), null, List.of(),
                WINDOW_START, WINDOW_START.plusSeconds(4 * 3600)), "requester").id();
    }

    private Task decisionNotice(String changeRequestId) {
        return taskService.createTaskQuery().processDefinitionKey(ChangeControlVariables.NOTICE_PROCESS_KEY)
                .processInstanceBusinessKey(changeRequestId).singleResult();
    }

    private List<Task> workTasks(String projectKey) {
        return taskService.createTaskQuery().processDefinitionKey(WorkPackageVariables.PROCESS_KEY)
                .processInstanceBusinessKeyLike(projectKey + ":%").list();
    }

    private Task workTask(String projectKey, String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(projectKey + ":" + code).singleResult();
    }

    /** Completes the package as a worker of the test's own, with the hours given; answers who did it. */
    private String finishWork(String projectKey, String code, int hours) {
        Task work = workTask(projectKey, code);
        String worker = OwnWorker.handOver(engine, workPackages, projectKey, code);
        taskService.complete(work.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, hours,
                WorkPackageVariables.COMPLETION_NOTE, "Done"));
        for (Job job : managementService.createJobQuery().processInstanceId(work.getProcessInstanceId()).list()) {
            managementService.executeJob(job.getId());
        }
        return worker;
    }

    private void runStatusCycle(ProcessInstance project) {
        Job timer = managementService.createJobQuery().processInstanceId(project.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
        runJobs(project);
    }

    /** Runs the project's asynchronous steps, and those they lead to, as the job executor would. */
    private void runJobs(ProcessInstance project) {
        AsyncSteps.runContinuations(managementService, project.getId());
    }

    /** Drives the called change-control instance to a quick end: the project manager rejects the change. */
    private void finishChangeControl(ProcessInstance project) {
        driveChangeControl(project, Map.of(ChangeControlVariables.CHANGE_DECISION, "REJECT",
                ChangeControlVariables.CHANGE_DECISION_REASON, "Not now",
                ChangeControlVariables.CLASSIFICATION_COMMENT, "Normal change"));
    }

    /** Approves the open change as whoever each step asks, implements it in its window and reviews it. */
    private void approveChangeControl(ProcessInstance project) {
        driveChangeControl(project, Map.of(ChangeControlVariables.CHANGE_DECISION, "APPROVE",
                ChangeControlVariables.CHANGE_DECISION_REASON, "Needed", ChangeControlVariables.VOTE, "APPROVE",
                ChangeControlVariables.VOTE_REASON, "Needed", ChangeControlVariables.CLASSIFICATION_COMMENT, "Normal",
                ChangeControlVariables.WINDOW_DECISION, "ACCEPT_PROPOSED",
                ChangeControlVariables.IMPLEMENTATION_NOTES, "Done in the window",
                ChangeControlVariables.IMPLEMENTATION_OUTCOME, "SUCCESS",
                ChangeControlVariables.REVIEW_COMMENT, "Works"));
    }

    /**
     * Runs the called change-control instance's jobs and completes its tasks one at a time with the given answers
     * (claimed by the PMO when offered to a group) until it ends. One at a time: a board vote that a majority has
     * decided removes the other members' tasks.
     */
    private void driveChangeControl(ProcessInstance project, Map<String, Object> answers) {
        for (int step = 0; step < 30; step++) {
            ProcessInstance change = runtimeService.createProcessInstanceQuery()
                    .superProcessInstanceId(project.getId()).singleResult();
            if (change == null) {
                return;
            }
            List<Job> jobs = managementService.createJobQuery().processInstanceId(change.getId()).executable().list();
            if (!jobs.isEmpty()) {
                jobs.forEach(job -> managementService.executeJob(job.getId()));
                continue;
            }
            Task open = taskService.createTaskQuery().processInstanceId(change.getId()).list().get(0);
            if (open.getAssignee() == null) {
                taskService.claim(open.getId(), "pmo");
            }
            taskService.complete(open.getId(), answers);
        }
        Assertions.fail("change control did not end");
    }
}
