package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.ACCEPTANCE_DECISION;
import static io.charterline.project.LifecycleVariables.ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.DELIVERABLES;
import static io.charterline.project.LifecycleVariables.IN_SCOPE;
import static io.charterline.project.LifecycleVariables.OUT_OF_SCOPE;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.WORK_PACKAGES_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.identity.PersonNames;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.ProjectService;
import io.charterline.project.ProjectStatus;
import io.charterline.project.TerminationRequest;
import io.charterline.record.ProjectRecord;
import io.charterline.record.ProjectRecords;
import io.charterline.risk.IssueInput;
import io.charterline.risk.IssueStatus;
import io.charterline.risk.IssueView;
import io.charterline.risk.RiskInput;
import io.charterline.risk.RiskRegister;
import io.charterline.risk.RiskStatus;
import io.charterline.risk.RiskView;
import io.charterline.support.AsyncSteps;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import io.charterline.work.WorkPackageVariables;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project the sponsor terminates while work is under way, through the real lifecycle: WP-1 (16 h ANALYSIS) is
 * done with 20 h, WP-2 (24 h JAVA) has 6 h booked when the termination cancels it. What the final report says
 * of the money: 26 h were spent; the work performed earned WP-1's 16 planned hours and the 6 h spent on the
 * cancelled WP-2; nothing remains to be done, so the estimate at completion is what was spent.
 */
class TerminatedProjectCloseoutTest extends LifecycleTestSupport {

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Build order service,24,JAVA,2,WP-1
            """;

    @Autowired
    RiskRegister register;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    ProjectService projectService;

    @Autowired
    ProjectRecords records;

    @Autowired
    CloseoutReports closeoutReports;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    Clock clock;

    @Autowired
    PersonNames names;

    private String key;
    private String developer;
    private ProjectRecord record;

    @BeforeEach
    void terminatedWithWorkUnderWay() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
        complete(task(project), Map.of(IN_SCOPE, "Order entry", OUT_OF_SCOPE, "Invoicing", DELIVERABLES,
                "New order UI", ACCEPTANCE_CRITERIA, "Orders in under 2 minutes"));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        Task planReview = task(project);
        taskService.claim(planReview.getId(), "pmo");
        taskService.complete(planReview.getId(), Map.of(PLAN_DECISION, "APPROVE"));
        key = projectKey(project);

        finishWork("WP-1", 20);
        // A person of the project's own: the 24-hour rule spans all of a person's bookings, in every test.
        developer = "terminated-" + key;
        User user = identityService.newUser(developer);
        user.setFirstName("Team");
        user.setLastName(developer);
        identityService.saveUser(user);
        workPackages.assign(key, "WP-2", developer);
        timeEntries.book(key, new TimeEntryInput("WP-2", LocalDate.now(clock), new BigDecimal("6"), "Started",
                developer), "pm", List.of());

        register.addRisk(key, new RiskInput("Supplier late", null, BigDecimal.valueOf(4), BigDecimal.valueOf(5), "pm",
                "Second supplier", null, null));
        register.addRisk(key, new RiskInput("Key user leaves", null, BigDecimal.ONE, BigDecimal.ONE, "pm",
                "Handover notes", "MITIGATED", null));
        register.addIssue(key, new IssueInput("Test server down", null, "HIGH", "pm", null, null));
        register.addIssue(key, new IssueInput("Licence expired", null, "LOW", "pm", "RESOLVED", "Licence renewed"));

        projectService.terminate(key, new TerminationRequest("Merged into another programme"), "sponsor", false);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);
        assertProjectStatus(project, ProjectStatus.TERMINATED);
        record = records.of(key);
    }

    @Test
    void cancelledWorkKeepsWhatWasSpentOnItAsEarnedSoOnlyTheOverrunLowersTheCpi() {
        BigDecimal analysis = record.hourlyRateOf("WP-1");
        BigDecimal java = record.hourlyRateOf("WP-2");
        BigDecimal earned = analysis.multiply(BigDecimal.valueOf(16)).add(java.multiply(BigDecimal.valueOf(6)));
        BigDecimal spent = analysis.multiply(BigDecimal.valueOf(20)).add(java.multiply(BigDecimal.valueOf(6)));

        assertThat(kpi("Cost performance index (CPI)"))
                .isEqualTo(earned.divide(spent, 2, RoundingMode.HALF_UP).toPlainString());
        assertThat(kpi("Earned value (EV)")).isEqualTo(money(earned));
        assertThat(kpi("Actual cost (AC)")).isEqualTo(money(spent));
    }

    @Test
    void nothingRemainsToBeDoneSoTheEstimateAtCompletionIsWhatWasSpent() {
        String spent = money(record.actualCost());

        assertThat(kpi("Estimate at completion (EAC): terminated, no work remains, EAC = AC")).isEqualTo(spent);
        assertThat(kpi("Planned cost not spent: work stopped by the termination (BAC - EAC)"))
                .isEqualTo(money(record.currentBaseline().plan().budgetAtCompletion().subtract(record.actualCost())));
        assertThat(closeoutReports.html(key)).contains("The project was terminated")
                .contains("<span>" + spent + "</span> was spent").doesNotContain("Variance at completion (VAC)");
    }

    @Test
    void theKpisEndWithTheCloseoutMeasurementTheReportShowsUnratedAsTheProjectHasEnded() {
        List<StatusReport> kpis = statusReports.history(key);

        assertThat(kpis).hasSize(1);
        StatusReport closeout = kpis.get(0);
        assertThat(closeout.isCloseout()).isTrue();
        assertThat(closeout.getHealth()).isNull();
        assertThat(closeout.getRecommendedAction()).startsWith("None: the project has ended");
        KpiFigures figures = closeout.figures();
        assertThat(kpi("Measured on")).isEqualTo(figures.statusDate() + " (closeout)");
        assertThat(kpi("Cost performance index (CPI)"))
                .isEqualTo(figures.cpi().setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(kpi("Actual cost (AC)")).isEqualTo(money(figures.actualCost()));
        assertThat(kpi("Estimate at completion (EAC): terminated, no work remains, EAC = AC"))
                .isEqualTo(money(figures.estimateAtCompletion()));
    }

    @Test
    void scheduleAndBudgetAccuracyAreNotScoredAgainstThePlanTheTerminationAbandoned() {
        KpiFigures closeout = statusReports.history(key).get(0).figures();

        assertThat(closeout.spi()).isNull();
        assertThat(closeout.scheduleAdherence()).isNull();
        assertThat(closeout.budgetAccuracy()).isNull();
        assertThat(kpi("Schedule performance index (SPI)"))
                .isEqualTo("n/a: terminated, the plan it measures against was abandoned");
        assertThat(kpi("Budget accuracy: 1 - the deviation of actual from planned cost over the done packages"))
                .isEqualTo("n/a: terminated, the plan it measures against was abandoned");
    }

    @Test
    void theRisksAndIssuesStillUnsettledCloseWithTheProjectAfterTheSnapshotCountedThem() {
        assertThat(register.risks(key))
                .extracting(RiskView::title, RiskView::status, RiskView::closingNote, RiskView::closedBy)
                .containsExactly(
                        tuple("Supplier late", RiskStatus.CLOSED,
                                "Still OPEN when the project was terminated; closed with the project at closeout",
                                "closeout"),
                        tuple("Key user leaves", RiskStatus.CLOSED, "Still MITIGATED when the project was "
                                + "terminated; closed with the project at closeout", "closeout"));
        assertThat(register.risks(key)).allSatisfy(risk -> assertThat(risk.closedAt()).isNotNull());
        assertThat(register.issues(key)).extracting(IssueView::title, IssueView::status, IssueView::closingNote)
                .containsExactlyInAnyOrder(
                        tuple("Test server down", IssueStatus.CLOSED, "Still OPEN when the project was terminated; "
                                + "closed unresolved with the project at closeout"),
                        tuple("Licence expired", IssueStatus.RESOLVED, "Licence renewed"));
        KpiFigures closeout = statusReports.history(key).get(0).figures();
        assertThat(closeout.openRisks().critical()).isEqualTo(1);
        assertThat(closeout.openIssues().high()).isEqualTo(1);
    }

    @Test
    void theReportShowsTheEntriesTheCloseoutClosedAsTheRegisterDoesWithHowTheyStood() {
        String html = closeoutReports.html(key).replaceAll("\\s+", " ");

        assertThat(html)
                .contains("<td>CLOSED at closeout (was OPEN)</td> <td>" + register.risks(key).get(0).closingNote()
                        + "</td>")
                .contains("<td>CLOSED at closeout (was MITIGATED)</td> <td>" + register.risks(key).get(1).closingNote()
                        + "</td>")
                .contains("<td>CLOSED at closeout (was OPEN)</td> <td>Still OPEN when the project was terminated; "
                        + "closed unresolved with the project at closeout</td>")
                .contains("<td>RESOLVED</td> <td>Licence renewed</td>")
                .doesNotContain("<td>OPEN</td>", "<td>MITIGATED</td>");
    }

    @Test
    void theReportSaysWhenByWhomAndWhyTheProjectWasTerminatedAndItsFinishIsTheTermination() {
        String html = closeoutReports.html(key).replaceAll("\\s+", " ");
        LocalDate today = LocalDate.now(clock);

        assertThat(html).contains(">Terminated on " + today + " by " + names.of("sponsor")
                        + ": Merged into another programme<")
                .contains("<th>Finish</th>")
                .contains("<td class=\"date\">terminated " + today + "</td>")
                .doesNotContain("<td class=\"date\">n/a</td>");
    }

    @Test
    void theWorkTheTerminationCancelledShowsItsEstimateAsPlannedAndHowFarItGot() {
        // The report names the developer as the identity service does: first and last name.
        assertThat(closeoutReports.html(key).replaceAll("\\s+", " ")).contains("<td>Team " + developer
                + "</td> <td>JAVA, cancelled WP-2 after 6 h</td> <td class=\"number\">24 h</td> "
                + "<td class=\"number sentence\">6 h</td>");
    }

    private String kpi(String name) {
        String html = closeoutReports.html(key).replaceAll("\\s+", " ");
        String row = "<td>" + name + "</td><td class=\"number\">";
        int at = html.indexOf(row);
        assertThat(at).as("row '%s' of the KPIs", name).isNotNegative();
        return html.substring(at + row.length(), html.indexOf("</td>", at + row.length()));
    }

    private static String money(BigDecimal amount) {
        return new CloseoutFormat().money(amount);
    }

    private void finishWork(String code, int hours) {
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(key + ":" + code).singleResult();
        OwnWorker.handOver(engine, workPackages, key, code);
        taskService.complete(work.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, hours,
                WorkPackageVariables.COMPLETION_NOTE, "Done"));
        for (Job job : managementService.createJobQuery().processInstanceId(work.getProcessInstanceId()).list()) {
            managementService.executeJob(job.getId());
        }
    }

    private void runJobs(ProcessInstance project) {
        AsyncSteps.runContinuations(managementService, project.getId());
    }
}
