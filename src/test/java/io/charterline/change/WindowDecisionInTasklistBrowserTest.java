package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.FreezePeriod;
import io.charterline.cmdb.FreezePeriodRepository;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.Browser;
import io.charterline.support.CharterlineWebTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PMO's "Decide on conflicting window" task in the real Tasklist: the Decision offers moving only when the
 * scheduler proposed a free window and rejecting only when it found none, and each offered option completes the
 * task. The conflicts are real: a freeze of the change's own service over its requested window, short (a free
 * window follows) or longer than the scheduler's 90-day search (none does).
 */
@CharterlineWebTest
class WindowDecisionInTasklistBrowserTest {

    private static final String TASK = "Task_OverrideWindow";
    private static final String MOVE = "Move the change to the proposed free window";
    private static final String KEEP = "Keep the requested window despite the conflicts";
    private static final String REJECT = "Reject the change: no window fits, so the requester can request it again "
            + "with a shorter window or in parts";
    private static final AtomicInteger ITEMS = new AtomicInteger();

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProjectRepository projects;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    FreezePeriodRepository freezes;

    @Autowired
    ChangeRequestService changeRequestService;

    @Autowired
    ChangeRequestRepository changeRequests;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConflictWithAFreeWindowOffersMovingOrKeepingAndMovingSchedulesTheProposedWindow() {
        ProcessInstance change = changeWaitingForTheWindowDecision(0);
        String proposedStart = (String) runtimeService.getVariable(change.getId(), PROPOSED_WINDOW_START);
        assertThat(proposedStart).isNotNull();

        openWindowDecisionAsPmo(change);
        browser.screenshot("window-decision-01-free-window-proposed");

        assertThat(decisionOptions()).containsExactly(MOVE, KEEP);
        choose(MOVE);
        complete();

        waitUntilDecided(change);
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly("Task_ImplementChange");
        assertThat(changeRequest(change).getScheduledStart()).hasToString(proposedStart);
    }

    @Test
    void keepingTheRequestedWindowWithoutAReasonIsRefusedInTheFormsWordsAndWithOneItIsScheduled() {
        ProcessInstance change = changeWaitingForTheWindowDecision(0);
        openWindowDecisionAsPmo(change);

        choose(KEEP);
        complete();
        WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'alert-danger')][contains(normalize-space(),'is required when')]")));
        browser.screenshot("window-decision-02-keep-refused");
        assertThat(refusal.getText()).contains("Reason for keeping the requested window or rejecting the change is "
                + "required when the decision is '" + KEEP + "' (OVERRIDE)");
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(TASK);

        // The notice stays over the Complete button; the PMO opens the task afresh.
        driver().navigate().refresh();
        field("Field_WindowOverrideReason");
        choose(KEEP);
        field("Field_WindowOverrideReason").sendKeys("Payroll team agreed");
        complete();

        waitUntilDecided(change);
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly("Task_ImplementChange");
        ChangeRequest kept = changeRequest(change);
        assertThat(kept.getOverrideReason()).isEqualTo("Payroll team agreed");
        Instant requested = transactions.execute(status -> changeRequest(change).proposal().windowStart());
        assertThat(kept.getScheduledStart()).isEqualTo(requested);
    }

    @Test
    void aConflictWithNoFreeWindowOffersKeepingOrRejectingAndRejectingEndsTheChange() {
        ProcessInstance change = changeWaitingForTheWindowDecision(120);
        assertThat(runtimeService.getVariable(change.getId(), PROPOSED_WINDOW_START)).isNull();

        openWindowDecisionAsPmo(change);
        browser.screenshot("window-decision-03-no-free-window");

        assertThat(decisionOptions()).containsExactly(KEEP, REJECT);
        choose(REJECT);
        field("Field_WindowOverrideReason").sendKeys("Split it into two changes");
        complete();

        waitUntilDecided(change);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(change.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ChangeRejected");
        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aConflictWithNoFreeWindowCanStillBeKeptWithAReason() {
        ProcessInstance change = changeWaitingForTheWindowDecision(120);
        openWindowDecisionAsPmo(change);

        choose(KEEP);
        field("Field_WindowOverrideReason").sendKeys("Ledger team works through the freeze");
        complete();

        waitUntilDecided(change);
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly("Task_ImplementChange");
        assertThat(changeRequest(change).getOverrideReason()).isEqualTo("Ledger team works through the freeze");
    }

    /**
     * A change approved by its project manager whose service of its own is then frozen from the requested day on
     * for the given number of further days: 0 leaves a free window a day later, 120 leaves none within 90 days.
     */
    private ProcessInstance changeWaitingForTheWindowDecision(int furtherFrozenDays) {
        String itemKey = "T-WINDOW-" + ITEMS.incrementAndGet();
        ConfigurationItem item = configurationItems.save(new ConfigurationItem(itemKey, "Window test service "
                + itemKey, Criticality.MEDIUM));
        ChangeProposal proposal = ChangeControlTestSupport.proposal().items(itemKey).build();
        Project project = executingProject();
        String changeRequestId = changeRequestService.register(project.getKey(), proposal).getKey();
        ProcessInstance change = runtimeService.startProcessInstanceByKey(PROCESS_KEY, changeRequestId,
                Map.of(PROJECT_KEY, project.getKey(), CHANGE_REQUEST_ID, changeRequestId));
        runJobs(change);
        // Declared after the analysis, which would otherwise send the change to the board for its conflict.
        LocalDate from = proposal.windowStart().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate to = proposal.windowEnd().atZone(ZoneOffset.UTC).toLocalDate().plusDays(furtherFrozenDays);
        freezes.save(new FreezePeriod(item, from, to, "quarter closing"));

        Task approval = task(change, "Task_ApproveChangeAsPm");
        taskService.complete(approval.getId(), Map.of(CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Checked against the plan"));
        runJobs(change);
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(TASK);
        return change;
    }

    private Project executingProject() {
        return transactions.execute(status -> {
            Project project = new Project(businessKeys.next(BusinessKeys.PROJECT), "requester");
            project.setName("Window decision pilot");
            project.setObjectives("Renew order entry");
            project.setBusinessCase("Support for the old system ends");
            project.setSponsorId("sponsor");
            project.setManagerId("pm");
            project.setBudget(new BigDecimal("100000"));
            project.setTargetStart(LocalDate.of(2027, 1, 4));
            project.setTargetEnd(LocalDate.of(2027, 5, 28));
            project.moveTo(ProjectStatus.EXECUTING);
            return projects.save(project);
        });
    }

    /** The PMO claims the task as Tasklist's Claim does, then opens it by its link. */
    private void openWindowDecisionAsPmo(ProcessInstance change) {
        Task decision = task(change, TASK);
        taskService.claim(decision.getId(), "pmo");
        driver().get(tasklist());
        WebElement userName = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        userName.sendKeys("pmo");
        driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("pmo");
        driver().findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Start process']")));
        driver().get(tasklist() + "#/?task=" + decision.getId());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='-Field_WindowOverrideReason']")));
    }

    /** The labels of the Decision's radio buttons, in the order shown, once form-js has rendered them. */
    private List<String> decisionOptions() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[type='radio'][id*='-Field_WindowDecision-']")));
        return driver().findElements(By.cssSelector("input[type='radio'][id*='-Field_WindowDecision-']")).stream()
                .map(radio -> driver().findElement(By.xpath("//label[@for='" + radio.getAttribute("id") + "']"))
                        .getText())
                .toList();
    }

    private void choose(String option) {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[normalize-space()=\"" + option + "\"]"))));
    }

    private void complete() {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[@ng-click='complete()']"))));
    }

    private void waitUntilDecided(ProcessInstance change) {
        browser.waiting().until(driver -> task(change, TASK) == null);
        runJobs(change);
    }

    private WebElement field(String componentId) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='-" + componentId + "']")));
    }

    private void runJobs(ProcessInstance instance) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private Task task(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private ChangeRequest changeRequest(ProcessInstance instance) {
        return transactions.execute(status -> changeRequests.findByKey(historyService
                .createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).orElseThrow());
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
