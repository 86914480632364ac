package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.support.AsyncSteps;
import io.charterline.support.Browser;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.Tasklist;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
 * A project manager asks the requester a question before deciding on a change, in the real Tasklist: the ask option
 * swaps the Reason for the question, a question left empty is refused in the form's words, the requester finds
 * "Answer question on change ..." under My tasks with the question and who asked, and the approval comes back to the
 * project manager listing the question and the answer.
 */
@CharterlineWebTest
class AskTheRequesterInTasklistBrowserTest {

    private static final String APPROVAL = "Task_ApproveChangeAsPm";
    private static final String ASK = "Ask the requester a question first";
    private static final String QUESTION = "Why must the export run before the *year-end* closing?";
    private static final String ANSWER = "Controlling closes the year on the 2nd working day & needs the figures";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

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
    IdentityService identityService;

    @Autowired
    ProjectRepository projects;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    ChangeRequestService changeRequestService;

    @Autowired
    ChangeRequestRepository changeRequests;

    @Autowired
    TransactionTemplate transactions;

    private String manager;
    private String requester;

    @BeforeEach
    void peopleOfTheirOwn() {
        tasklist = new Tasklist(browser, port);
        int number = PEOPLE.incrementAndGet();
        manager = person("ask-pm-" + number, "Quinn", "Asker", CharterlineGroups.PROJECT_MANAGERS);
        requester = person("ask-requester-" + number, "Rhea", "Answerer", CharterlineGroups.REQUESTERS);
    }

    @Test
    void theProjectManagerAsksTheRequesterAnswersAndTheProjectManagerApprovesSeeingTheAnswer() {
        ProcessInstance change = changeWaitingForTheProjectManager();
        String id = changeRequest(change).getKey();

        tasklist.signInAs(manager);
        tasklist.openTask(task(change, APPROVAL).getId());
        assertThat(tasklist.field("Field_ChangeDecisionReason").isDisplayed()).isTrue();
        assertThat(tasklist.fields("Field_ChangeQuestion")).as("question before asking").isEmpty();

        tasklist.choose(ASK);
        browser.waiting().until(driver -> tasklist.fields("Field_ChangeQuestion").size() == 1
                && tasklist.fields("Field_ChangeDecisionReason").isEmpty());
        assertThat(tasklist.label("Field_ChangeQuestion")).startsWith("Question for the requester");
        browser.screenshot("ask-requester-01-question-shown");

        tasklist.complete();
        WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')][.//textarea[contains(@id,'-Field_ChangeQuestion')]]"
                        + "//*[contains(@class,'fjs-form-field-error')]")));
        browser.screenshot("ask-requester-02-empty-question-refused");
        assertThat(refusal.getText()).isEqualTo("Field is required.");
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(APPROVAL);
        assertThat(driver().findElement(By.cssSelector("[notifications-panel]")).getText())
                .contains("An error happened while submitting the task form");

        // Tasklist's notice stays over the Complete button; the manager opens the task afresh.
        driver().navigate().refresh();
        tasklist.field("Field_ChangeDecisionReason");
        tasklist.choose(ASK);
        tasklist.field("Field_ChangeQuestion").sendKeys(QUESTION);
        tasklist.complete();
        browser.waiting().until(driver -> task(change, "Task_AnswerPmQuestion") != null);
        tasklist.signOut();

        tasklist.signInAs(requester);
        WebElement myTasks = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-filters')]//*[starts-with(normalize-space(),'My tasks')]")));
        browser.click(myTasks);
        WebElement question = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'task')]//h4/a[normalize-space()='Answer question on change " + id + "']")));
        browser.screenshot("ask-requester-03-question-under-my-tasks");
        browser.click(question);
        WebElement form = tasklist.formShowing("The question");
        browser.screenshot("ask-requester-04-question-read");
        assertThat(form.getText()).contains(id + ": Add export of orders",
                "Quinn Asker asks you a question about your change before deciding on it", "The question\n" + QUESTION)
                .doesNotContain("Earlier questions and answers", "null", "{{");
        tasklist.field("Field_QuestionAnswer").sendKeys(ANSWER);
        tasklist.complete();
        browser.waiting().until(driver -> task(change, "Task_AnswerPmQuestion") == null);
        tasklist.signOut();

        tasklist.signInAs(manager);
        tasklist.openTask(task(change, APPROVAL).getId());
        WebElement asked = tasklist.formShowing("Questions to the requester and answers").findElement(By.xpath(
                ".//*[contains(@class,'fjs-form-field-text')][.//h2[normalize-space()='Questions to the requester "
                        + "and answers']]"));
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", asked);
        browser.screenshot("ask-requester-05-answer-on-the-approval");
        assertThat(asked.getText())
                .containsPattern("Quinn Asker asked on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC: "
                        + "Why must the export run before the \\*year-end\\* closing\\?")
                .containsPattern("Rhea Answerer answered on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC: " + ANSWER);
        assertThat(tasklist.field("Field_ChangeDecisionReason").getAttribute("value")).isEmpty();
        assertThat(tasklist.fields("Field_ChangeQuestion")).as("question after the answer").isEmpty();

        tasklist.choose("Approve the change");
        tasklist.field("Field_ChangeDecisionReason").sendKeys("Fair, it goes in before the closing");
        tasklist.complete();
        browser.waiting().until(driver -> task(change, APPROVAL) == null);
        AsyncSteps.runDue(managementService, change.getId());

        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly("Task_ImplementChange");
        assertThat(changeRequest(change).getDecidedBy()).isEqualTo(manager);
    }

    /** A change requested by this test's requester, analysed and waiting for this test's project manager. */
    private ProcessInstance changeWaitingForTheProjectManager() {
        String itemKey = "T-ASK-" + PEOPLE.get();
        configurationItems.save(new ConfigurationItem(itemKey, "Order export service " + itemKey, Criticality.LOW));
        ChangeProposal proposal = ChangeControlTestSupport.proposal().requester(requester).items(itemKey).build();
        Project project = ExecutingProjects.saved(transactions, projects, businessKeys,
                "Order export to the warehouse", new BigDecimal("100000"), requester, manager);
        String changeRequestId = changeRequestService.register(project.getKey(), proposal).getKey();
        ProcessInstance change = runtimeService.startProcessInstanceByKey(PROCESS_KEY, changeRequestId,
                Map.of(PROJECT_KEY, project.getKey(), CHANGE_REQUEST_ID, changeRequestId));
        AsyncSteps.runDue(managementService, change.getId());
        assertThat(runtimeService.getActiveActivityIds(change.getId())).containsExactly(APPROVAL);
        assertThat(task(change, APPROVAL).getAssignee()).isEqualTo(manager);
        return change;
    }

    /** A user of this test that signs in with their id as password. */
    private String person(String id, String firstName, String lastName, String group) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        identityService.createMembership(id, CharterlineGroups.REQUESTERS.equals(group)
                ? CharterlineGroups.TEAM_MEMBERS : CharterlineGroups.REQUESTERS);
        return id;
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
