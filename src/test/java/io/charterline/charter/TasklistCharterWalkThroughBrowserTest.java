package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.project.LifecycleVariables;
import io.charterline.support.Browser;
import io.charterline.support.PostgresSpringTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Test
    void requesterSubmitsACharterAfterFixingABudgetTheFormRefusesAndTheSponsorsApprovalLeadsToTheScopeStatement() {
        signInToTasklistAs("requester");
        openCharterStartForm();
        LocalDate start = LocalDate.now().plusMonths(2);
        field("Field_ProjectName").sendKeys(PROJECT_NAME);
        field("Field_Objectives").sendKeys("Print shipping labels at every packing station");
        field("Field_BusinessCase").sendKeys("Hand-written labels cause one wrong delivery in fifty");
        field("Field_Sponsor").sendKeys("sponsor");
        field("Field_ProjectManager").sendKeys("Paul Manager");
        field("Field_RelatedServices").sendKeys("crm billing");

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
        field("Field_ProjectManager").sendKeys(Keys.chord(Keys.CONTROL, "a"), "pm");
        field("Field_RelatedServices").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waiting().until(ExpectedConditions.invisibilityOf(notAUserId));
        browser.waiting().until(ExpectedConditions.invisibilityOf(notServiceKeys));

        field("Field_TargetStart-date").sendKeys(start.format(PICKER_DATE) + "\n");
        field("Field_TargetEnd-date").sendKeys(start.plusMonths(5).format(PICKER_DATE) + "\n");
        field("Field_Budget").sendKeys("0");

        WebElement budgetError = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='-Field_Budget-error-message']")));
        browser.screenshot("charter-01-budget-refused");
        assertThat(budgetError.getText()).isEqualTo("Field must have minimum value of 1.");
        assertThat(startButton().isEnabled()).as("Start button with an invalid budget").isFalse();
        assertThat(lifecycles()).as("lifecycles started while the form is invalid").isEmpty();
        // The dates are in order, so the form's date-order warning stays hidden.
        assertThat(driver().findElements(By.xpath("//*[contains(text(),'The target end must be after')]")))
                .isEmpty();

        field("Field_Budget").clear();
        field("Field_Budget").sendKeys("250000");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[id$='-Field_Budget-error-message']")));
        browser.screenshot("charter-02-charter-filled");
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(startButton())));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'alert')][contains(normalize-space(),'The process has been started.')]")));
        browser.screenshot("charter-03-started");
        ProcessInstance lifecycle = browser.waiting().until(driver -> lifecycles().stream().findFirst().orElse(null));
        String projectKey = lifecycle.getBusinessKey();
        assertThat(runtimeService.getVariable(lifecycle.getId(), LifecycleVariables.CHARTER_AUTHOR))
                .isEqualTo("requester");

        signOut();
        signInToTasklistAs("sponsor");
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
        field("Field_CharterComment").sendKeys("Worth it: fewer wrong deliveries");
        browser.screenshot("charter-05-review-filled");
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[@ng-click='complete()']"))));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + projectKey + "')]]")));
        browser.screenshot("charter-06-review-completed");

        driver().get(webapp("cockpit") + "#/process-instance/" + lifecycle.getId() + "/runtime");
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

        driver().get(webapp("tasklist"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Start process']")));
        signOut();
        signInToTasklistAs("pm");
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

    private void signInToTasklistAs(String user) {
        driver().get(webapp("tasklist"));
        WebElement userName = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        userName.sendKeys(user);
        driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        driver().findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Start process']")));
    }

    private void signOut() {
        browser.click(driver().findElement(By.xpath(
                "//a[contains(@class,'dropdown-toggle')][.//span[contains(@class,'glyphicon-user')]]")));
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Log out']"))));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
    }

    private void openCharterStartForm() {
        browser.click(driver().findElement(By.xpath("//a[normalize-space()='Start process']")));
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@class='processes']//a[normalize-space()='Project lifecycle']"))));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='-Field_ProjectName']")));
    }

    /** A field of the Camunda Form on screen; form-js gives its inputs the ids fjs-form-<random>-<component id>. */
    private WebElement field(String componentId) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='-" + componentId + "']")));
    }

    /** The form's own line that says in words what a field's pattern expects, named by the field's label. */
    private WebElement patternLine(String label) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(PATTERN_LINE + "[starts-with(normalize-space(),'" + label + " must')]")));
    }

    private WebElement startButton() {
        return driver().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
    }

    private String webapp(String name) {
        return "http://localhost:" + port + "/camunda/app/" + name + "/default/";
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
