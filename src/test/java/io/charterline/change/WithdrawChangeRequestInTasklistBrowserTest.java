package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.support.AsyncSteps;
import io.charterline.support.Browser;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.Tasklist;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Withdraw a change request" as its requester takes it in the real Tasklist: the start form withdraws their
 * undecided change; started again for the change, now decided, it leaves them a task that shows why it was
 * refused; and an id that is no change request's is refused in the form itself, so nothing starts.
 */
@CharterlineWebTest
class WithdrawChangeRequestInTasklistBrowserTest {

    private static final String ITEM = "T-WITHDRAW-IN-TASKLIST";
    private static final String WITHDRAWAL = "Withdraw a change request";
    private static final String REFUSAL_TASK = "Read why the withdrawal was refused";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private Tasklist tasklist;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ChangeRequestService changeRequests;

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    private Project project;

    @BeforeEach
    void executingProjectWithItsLifecycle() {
        tasklist = new Tasklist(browser, port);
        if (configurationItems.findByKey(ITEM).isEmpty()) {
            configurationItems.save(new ConfigurationItem(ITEM, "Warehouse label printing service",
                    Criticality.CRITICAL));
        }
        project = ExecutingProjects.saved(transactions, projects, businessKeys, "Withdrawals in the browser",
                new BigDecimal("80000"));
        ExecutingProjects.lifecycleInExecution(runtimeService, project);
    }

    @Test
    void theRequesterWithdrawsTheirChangeAndStartedAgainForItNowDecidedReadsWhyInTheirTaskList() {
        String id = changeAwaitingTheBoard();
        tasklist.signInAs("requester");

        tasklist.openStartForm(WITHDRAWAL, "Field_ChangeRequestId");
        tasklist.field("Field_ChangeRequestId").sendKeys(id);
        tasklist.field("Field_Reason").sendKeys("The warehouse team prints the labels themselves");
        browser.screenshot("withdrawal-01-start-form-filled");
        tasklist.start();

        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
        assertThat(withdrawals(id)).singleElement().extracting(HistoricProcessInstance::getEndActivityId)
                .isEqualTo("EndEvent_ChangeRequestWithdrawn");

        tasklist.openStartForm(WITHDRAWAL, "Field_ChangeRequestId");
        tasklist.field("Field_ChangeRequestId").sendKeys(id);
        tasklist.field("Field_Reason").sendKeys("Still not needed");
        tasklist.start();

        String why = id + " is WITHDRAWN: only a change not yet decided (SUBMITTED or ANALYSED) can be withdrawn";
        WebElement refusal = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + id + "')]]"
                        + "//h4/a[normalize-space()='" + REFUSAL_TASK + "']")));
        browser.screenshot("withdrawal-02-refusal-in-the-task-list");
        browser.click(refusal);
        WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-container')][.//*[contains(normalize-space(),'" + why + "')]]")));
        browser.screenshot("withdrawal-03-refusal-read");
        assertThat(form.getText()).contains(id + " was not withdrawn", why, "The change goes on as before.");

        tasklist.complete();
        browser.waiting().until(driver -> withdrawals(id).stream().allMatch(withdrawal -> withdrawal.getEndTime()
                != null));
        assertThat(withdrawals(id)).extracting(HistoricProcessInstance::getEndActivityId)
                .containsExactlyInAnyOrder("EndEvent_ChangeRequestWithdrawn", "EndEvent_WithdrawalRefused");
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
    }

    @Test
    void somethingOtherThanAChangeRequestsIdIsRefusedInTheStartFormByTheFieldsLabelAndNothingStarts() {
        long startedBefore = allWithdrawals();
        tasklist.signInAs("requester");

        tasklist.openStartForm(WITHDRAWAL, "Field_ChangeRequestId");
        tasklist.field("Field_ChangeRequestId").sendKeys("hello");
        tasklist.field("Field_Reason").sendKeys("Not needed");

        // form-js words a pattern's failure as the pattern itself; the form's own line names the field.
        WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(concat(' ', @class, ' '), ' fjs-form-field-text ')]"
                        + "[starts-with(normalize-space(),'Change request')]")));
        browser.screenshot("withdrawal-04-bad-id-refused");
        assertThat(refusal.getText())
                .isEqualTo("Change request must be the id of a change request, such as CR-2026-0004.");
        assertThat(driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
                + "[.//label[starts-with(normalize-space(),'Change request')]]"
                + "//*[contains(@class,'fjs-form-field-error')]")).isDisplayed()).isTrue();
        assertThat(tasklist.startButton().isEnabled()).as("Start button with a bad change request id").isFalse();
        assertThat(allWithdrawals()).isEqualTo(startedBefore);

        // Typed over, as a user corrects it: form-js does not notice WebDriver's clear().
        tasklist.field("Field_ChangeRequestId").sendKeys(Keys.chord(Keys.CONTROL, "a"), "CR-2026-9999");
        browser.waiting().until(ExpectedConditions.invisibilityOf(refusal));
        assertThat(tasklist.startButton().isEnabled()).as("Start button with a well-formed change request id")
                .isTrue();
    }

    /** A change to a critical service, requested by 'requester', analysed and waiting for the board's votes. */
    private String changeAwaitingTheBoard() {
        Instant start = ChangeControlTestSupport.quietWindowStart();
        String id = changeRequests.submit(project.getKey(), new ChangeRequestInput("Print labels centrally",
                "One printer server for all packing stations", "Fewer wrong deliveries", ChangeType.NORMAL, null,
                new BigDecimal("1500"), null, List.of(ITEM), start, start.plus(4, ChronoUnit.HOURS)),
                "requester").id();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY).singleResult().getId();
        AsyncSteps.runDue(managementService, instanceId);
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.ANALYSED);
        return id;
    }

    private List<HistoricProcessInstance> withdrawals(String changeRequestId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(WithdrawChangeRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(changeRequestId).list();
    }

    private long allWithdrawals() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(WithdrawChangeRequestVariables.PROCESS_KEY).count();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
