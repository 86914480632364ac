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
import io.charterline.support.AsyncSteps;
import io.charterline.support.Browser;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.Tasklist;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

    private Tasklist tasklist;

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

    @BeforeEach
    void openTasklist() {
        tasklist = new Tasklist(browser, port);
    }

    @Test
    void aConflictWithAFreeWindowOffersMovingOrKeepingAndMovingSchedulesTheProposedWindow() {
        ProcessInstance change = changeWaitingForTheWindowDecision(0);
        String proposedStart = (String) runtimeService.getVariable(change.getId(), PROPOSED_WINDOW_START);
        assertThat(proposedStart).isNotNull();

        openWindowDecisionAsPmo(change);
        browser.screenshot("window-decision-01-free-window-proposed");

        assertThat(decisionOptions()).containsExactly(MOVE, KEEP);
        tasklist.choose(MOVE);
        tasklist.complete();

        waitUntilDecided(change);
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly("Task_ImplementChange");
        assertThat(changeRequest(change).getScheduledStart()).hasToString(proposedStart);
    }

    @Test
    void keepingTheRequestedWindowWithoutAReasonIsRefusedInTheFormsWordsAndWithOneItIsScheduled() {
        ProcessInstance change = changeWaitingForTheWindowDecision(0);
        openWindowDecisionAsPmo(change);

        tasklist.choose(KEEP);
        tasklist.complete();
        WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'alert-danger')][contains(normalize-space(),'is required when')]")));
        browser.screenshot("window-decision-02-keep-refused");
        assertThat(refusal.getText()).contains("Reason for keeping the requested window or rejecting the change is "
                + "required when the decision is '" + KEEP + "'");
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(TASK);

        // The notice stays over the Complete button; the PMO opens the task afresh.
        driver().navigate().refresh();
        tasklist.field("Field_WindowOverrideReason");
        tasklist.choose(KEEP);
        tasklist.field("Field_WindowOverrideReason").sendKeys("Payroll team agreed");
        tasklist.complete();

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
        tasklist.choose(REJECT);
        tasklist.field("Field_WindowOverrideReason").sendKeys("Split it into two changes");
        tasklist.complete();

        waitUntilDecided(change);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(change.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ChangeRejected");
        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aConflictWithNoFreeWindowCanStillBeKeptWithAReason() {
        ProcessInstance change = changeWaitingForTheWindowDecision(120);
        openWindowDecisionAsPmo(change);

        tasklist.choose(KEEP);
        tasklist.field("Field_WindowOverrideReason").sendKeys("Ledger team works through the freeze");
        tasklist.complete();

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
        Project project = ExecutingProjects.saved(transactions, projects, businessKeys, "Window decision pilot",
                new BigDecimal("100000"));
        String changeRequestId = changeRequestService.register(project.getKey(), proposal).getKey();
        ProcessInstance change = runtimeService.startProcessInstanceByKey(PROCESS_KEY, changeRequestId,
                Map.of(PROJECT_KEY, project.getKey(), CHANGE_REQUEST_ID, changeRequestId));
        AsyncSteps.runDue(managementService, change.getId());
        // Declared after the analysis, which would otherwise send the change to the board for its conflict.
        LocalDate from = proposal.windowStart().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate to = proposal.windowEnd().atZone(ZoneOffset.UTC).toLocalDate().plusDays(furtherFrozenDays);
        freezes.save(new FreezePeriod(item, from, to, "quarter closing"));

        Task approval = task(change, "Task_ApproveChangeAsPm");
        taskService.complete(approval.getId(), Map.of(CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Checked against the plan"));
        AsyncSteps.runDue(managementService, change.getId());
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(TASK);
        return change;
    }

    /** The PMO claims the task as Tasklist's Claim does, then opens it by its link. */
    private void openWindowDecisionAsPmo(ProcessInstance change) {
        Task decision = task(change, TASK);
        taskService.claim(decision.getId(), "pmo");
        tasklist.signInAs("pmo");
        tasklist.openTask(decision.getId());
        tasklist.field("Field_WindowOverrideReason");
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

    private void waitUntilDecided(ProcessInstance change) {
        browser.waiting().until(driver -> task(change, TASK) == null);
        AsyncSteps.runDue(managementService, change.getId());
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

    private ChromeDriver driver() {
        return browser.driver();
    }
}
