package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.project.LifecycleVariables;
import io.charterline.support.Browser;
import io.charterline.support.CamundaWebapps;
import io.charterline.support.PostgresSpringTest;
import io.charterline.support.Tasklist;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

/**
 * The charter step as people take it in the real Tasklist on PostgreSQL: the requester fills the charter form
 * (and is stopped by its validation first), the sponsor approves it, and Cockpit shows the project waiting for
 * its scope statement. Every step leaves a screenshot in target/screenshots.
 */
@PostgresSpringTest
class TasklistCharterWalkThroughBrowserTest {

    private static final String PROJECT_NAME = "Warehouse label printing";
    private static final String NEXT_STEP = "Task_PrepareScopeStatement";
    /** Headless Chromium runs with the en-US locale, so the form's date pickers take month/day/year. */
    private static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String PATTERN_LINE = "//*[contains(concat(' ', @class, ' '), ' fjs-form-field-text ')]";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private Tasklist tasklist;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @BeforeEach
    void openTasklist() {
        tasklist = new Tasklist(browser, port);
    }

    @Test
    void requesterSubmitsACharterAfterFixingABudgetTheFormRefusesAndTheSponsorsApprovalLeadsToTheScopeStatement() {
        tasklist.signInAs("requester");
        tasklist.openStartForm("Project lifecycle", "Field_ProjectName");
        LocalDate start = LocalDate.now().plusMonths(2);
        tasklist.field("Field_ProjectName").sendKeys(PROJECT_NAME);
        tasklist.field("Field_Objectives").sendKeys("Print shipping labels at every packing station");
        tasklist.field("Field_BusinessCase").sendKeys("Hand-written labels cause one wrong delivery in fifty");
        tasklist.field("Field_Sponsor").sendKeys("sponsor");
        tasklist.field("Field_ProjectManager").sendKeys("Paul Manager");
        tasklist.field("Field_RelatedServices").sendKeys("crm billing");

        // form-js words a pattern's failure as the pattern itself; the form's own lines name the fields.
        WebElement notAUserId = patternLine("Project manager");
        WebElement notServiceKeys = patternLine("Related IT services");
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", notAUserId);
        browser.screenshot("charter-00-pattern-lines");
        assertThat(notAUserId.getText()).isEqualTo("Project manager must be a user id, such as pm: only letters, "
                + "digits, dots, hyphens, underscores and @, without spaces.");
        assertThat(notServiceKeys.getText()).isEqualTo("Related IT services must be service catalog keys in capital "
                + "letters, separated by commas, such as CRM, BILLING.");
        assertThat(driver().findElements(By.xpath(PATTERN_LINE + "[starts-with(normalize-space(),'Sponsor must')]")))
                .as("line of a well-formed sponsor").isEmpty();
        // Typed over, as a user corrects it: form-js does not notice WebDriver's clear().
        tasklist.field("Field_ProjectManager").sendKeys(Keys.chord(Keys.CONTROL, "a"), "pm");
        tasklist.field("Field_RelatedServices").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waiting().until(ExpectedConditions.invisibilityOf(notAUserId));
        browser.waiting().until(ExpectedConditions.invisibilityOf(notServiceKeys));

        tasklist.field("Field_TargetStart-date").sendKeys(start.format(PICKER_DATE) + "\n");
        tasklist.field("Field_TargetEnd-date").sendKeys(start.plusMonths(5).format(PICKER_DATE) + "\n");
        tasklist.field("Field_Budget").sendKeys("0");

        WebElement budgetError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='-Field_Budget-error-message']")));
        browser.screenshot("charter-01-budget-refused");
        assertThat(budgetError.getText()).isEqualTo("Field must have minimum value of 0.01.");
        assertThat(tasklist.startButton().isEnabled()).as("Start button with an invalid budget").isFalse();
        assertThat(lifecycles()).as("lifecycles started while the form is invalid").isEmpty();
        // The dates are in order, so the form's date-order warning stays hidden.
        assertThat(driver().findElements(By.xpath("//*[contains(text(),'The target end must be after')]")))
                .isEmpty();

        tasklist.field("Field_Budget").clear();
        tasklist.field("Field_Budget").sendKeys("250000");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[id$='-Field_Budget-error-message']")));
        browser.screenshot("charter-02-charter-filled");
        tasklist.start();
        browser.screenshot("charter-03-started");
        ProcessInstance lifecycle = browser.waiting().until(driver -> lifecycles().stream().findFirst().orElse(null));
        String projectKey = lifecycle.getBusinessKey();
        assertThat(runtimeService.getVariable(lifecycle.getId(), LifecycleVariables.CHARTER_AUTHOR))
                .isEqualTo("requester");

        tasklist.signOut();
        tasklist.signInAs("sponsor");
        WebElement review = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + projectKey + "')]]"
                        + "//h4/a[normalize-space()='Review charter']")));
        // The model assigns the review to the sponsor named in the charter: nothing to claim.
        assertThat(review.findElement(By.xpath("ancestor::li[contains(@class,'task')]//h5[contains(@class,'assignee')]"))
                .getText()).isEqualTo("Sofia Sponsor");
        browser.screenshot("charter-04-sponsor-tasks");
        browser.click(review);
        WebElement approve = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='-Field_CharterDecision-0']")));
        assertThat(driver().findElement(By.xpath("//label[@for='" + approve.getAttribute("id") + "']")).getText())
                .isEqualTo("Approve the charter");
        browser.click(approve);
        tasklist.field("Field_CharterComment").sendKeys("Worth it: fewer wrong deliveries");
        browser.screenshot("charter-05-review-filled");
        tasklist.complete();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + projectKey + "')]]")));
        browser.screenshot("charter-06-review-completed");

        driver().get(CamundaWebapps.url(port, "cockpit") + "#/process-instance/" + lifecycle.getId() + "/runtime");
        WebElement badge = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".djs-overlays[data-container-id='" + NEXT_STEP + "'] .instance-count")));
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(driver().findElements(By.cssSelector(".djs-overlays .instance-count")))
                .as("activities with a running instance").hasSize(1);
        browser.click(driver().findElement(By.xpath("//a[normalize-space()='Filter']")));
        WebElement tree = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".instance-tree")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(tree, "Prepare scope statement"));
        browser.screenshot("charter-07-cockpit-at-scope-statement");

        assertThat(runtimeService.getActiveActivityIds(lifecycle.getId())).containsExactly(NEXT_STEP);
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(lifecycle.getId()).list();
        assertThat(tasks).extracting(Task::getTaskDefinitionKey, Task::getAssignee)
                .containsExactly(tuple(NEXT_STEP, "pm"));
        assertThat(runtimeService.getVariable(lifecycle.getId(), LifecycleVariables.CHARTER_DECISION))
                .isEqualTo("APPROVE");

        tasklist.open();
        tasklist.signOut();
        tasklist.signInAs("pm");
        // The project manager may read only the projects they have tasks in; their task shows its project.
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + projectKey + "')]]"
                        + "//h4/a[normalize-space()='Prepare scope statement']")));
        browser.screenshot("charter-08-project-manager-sees-the-project");
    }

    private List<ProcessInstance> lifecycles() {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LifecycleVariables.PROCESS_KEY)
                .variableValueEquals(LifecycleVariables.PROJECT_NAME, PROJECT_NAME)
                .list();
    }

    /** The form's own line that says in words what a field's pattern expects, named by the field's label. */
    private WebElement patternLine(String label) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(PATTERN_LINE + "[starts-with(normalize-space(),'" + label + " must')]")));
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
