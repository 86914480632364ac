package io.charterline.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.change.ChangeControlVariables;
import io.charterline.closing.CloseoutReports;
import io.charterline.monitoring.HealthVariables;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.ProjectStatus;
import io.charterline.support.Browser;
import io.charterline.support.CamundaWebapps;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The "Projects" view that Charterline adds to Cockpit, as a manager sees it in a real browser. */
@CharterlineWebTest
class CockpitProjectsViewBrowserTest {

    private static final String ESCALATION_TASK = "Task_DecideEscalation";
    private static final String CHANGE_CONTROL_CALL = "CallActivity_ChangeControl";
    private static final String ANALYSE_IMPACT_TASK = "Task_AnalyseImpact";
    private static final String REVIEW_IMPLEMENTATION_TASK = "Task_ReviewImplementation";
    private static final String EN_DASH = "\u2013";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CloseoutReports closeoutReports;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Test
    void pmoSeesEveryActiveProjectWithHealthIndicesEscalationsAndALinkToItsInstance() {
        Project rated = startProject("Warehouse scanners");
        Project unrated = startProject("Payroll migration");
        // A finished status cycle that rated the project RED and is waiting for the sponsor's escalation decision.
        runtimeService.setVariables(rated.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.HEALTH, "RED")
                .putValue(HealthVariables.SPI, 0.78)
                .putValue(HealthVariables.CPI, 0.913));
        runtimeService.createProcessInstanceModification(rated.instanceId())
                .startBeforeActivity(ESCALATION_TASK)
                .execute();

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        WebElement ratedRow = row(rated.key());
        WebElement unratedRow = row(unrated.key());
        // The focus ring of the clicked menu link is not part of the view.
        driver().executeScript("document.activeElement.blur()");
        browser.screenshot("cockpit-projects");

        assertThat(cell(ratedRow, "project-name")).isEqualTo("Warehouse scanners");
        WebElement badge = ratedRow.findElement(By.cssSelector(".project-health .label"));
        assertThat(badge.getText()).isEqualTo("RED");
        assertThat(badge.getAttribute("class")).contains("label-danger");
        assertThat(cell(ratedRow, "project-spi")).isEqualTo("0.78");
        assertThat(cell(ratedRow, "project-cpi")).isEqualTo("0.91");
        assertThat(cell(ratedRow, "project-changes")).isEqualTo("0");
        assertThat(cell(ratedRow, "project-escalations")).isEqualTo("1");
        assertThat(ratedRow.findElement(By.cssSelector(".project-key a")).getAttribute("href"))
                .endsWith("#/process-instance/" + rated.instanceId() + "/runtime");

        assertThat(cell(unratedRow, "project-name")).isEqualTo("Payroll migration");
        assertThat(cell(unratedRow, "project-phase")).isEqualTo("Review charter");
        assertThat(List.of(cell(unratedRow, "project-health"), cell(unratedRow, "project-spi"),
                cell(unratedRow, "project-cpi"))).containsOnly("\u2014");
        assertThat(cell(unratedRow, "project-escalations")).isEqualTo("0");
        assertThat(unratedRow.findElement(By.cssSelector(".project-key a")).getAttribute("href"))
                .endsWith("#/process-instance/" + unrated.instanceId() + "/runtime");
    }

    @Test
    void forecastFinishShowsTheDateAndMarksTheDaysLateOfARunningProject() {
        Project late = startProject("Dock scheduling");
        Project onTime = startProject("Yard cameras");
        Project unrated = startProject("Gate badges");
        // What a status cycle sets beside SPI and CPI.
        runtimeService.setVariables(late.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.FORECAST_FINISH_DATE, "2027-03-12")
                .putValue(HealthVariables.FORECAST_LATE_DAYS, 7L));
        runtimeService.setVariables(onTime.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.FORECAST_FINISH_DATE, "2027-03-05")
                .putValue(HealthVariables.FORECAST_LATE_DAYS, 0L));

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        WebElement lateRow = row(late.key());

        assertThat(driver().findElements(By.cssSelector(".charterline-projects-table thead th")))
                .extracting(WebElement::getText).contains("Forecast finish");
        assertThat(cell(lateRow, "project-forecast")).isEqualTo("2027-03-12 7 days late");
        WebElement lateness = lateRow.findElement(By.cssSelector(".project-forecast .label"));
        assertThat(lateness.getText()).isEqualTo("7 days late");
        assertThat(lateness.getAttribute("class")).contains("label-danger");
        WebElement onTimeRow = row(onTime.key());
        assertThat(cell(onTimeRow, "project-forecast")).isEqualTo("2027-03-05");
        assertThat(onTimeRow.findElements(By.cssSelector(".project-forecast .label"))).isEmpty();
        assertThat(cell(row(unrated.key()), "project-forecast")).isEqualTo("\u2014");
    }

    @Test
    void summaryCountsTheRunningProjectsForecastLate() {
        Project late = startProject("Berth planning");
        Project onTime = startProject("Crane telemetry");
        runtimeService.setVariables(late.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.FORECAST_FINISH_DATE, "2027-04-16")
                .putValue(HealthVariables.FORECAST_LATE_DAYS, 3L));
        runtimeService.setVariables(onTime.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.FORECAST_FINISH_DATE, "2027-04-09")
                .putValue(HealthVariables.FORECAST_LATE_DAYS, 0L));
        // Other tests of this Spring context leave running projects too, some of them forecast late.
        long forecastLate = runtimeService.createProcessInstanceQuery().processDefinitionKey("project-lifecycle")
                .active().variableValueGreaterThan(HealthVariables.FORECAST_LATE_DAYS, 0L).count();

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        row(late.key());

        assertThat(driver().findElement(By.cssSelector(".charterline-projects-summary")).getText())
                .contains(" rated RED \u00b7 " + forecastLate + " forecast late \u00b7 ");
    }

    @Test
    void figuresOfARunningProjectSayTheStatusDateTheyAreAsOf() {
        Project rated = startProject("Quay lighting");
        Project unrated = startProject("Reefer sensors");
        // What a status cycle sets beside SPI and CPI.
        runtimeService.setVariables(rated.instanceId(), Variables.createVariables()
                .putValue(HealthVariables.SPI, 0.95)
                .putValue(HealthVariables.CPI, 1.02)
                .putValue(HealthVariables.STATUS_DATE, "2026-11-23"));

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        WebElement ratedRow = row(rated.key());

        assertThat(driver().findElements(By.cssSelector(".charterline-projects-table thead th")))
                .extracting(WebElement::getText).contains("Status date");
        assertThat(cell(ratedRow, "project-status-date")).isEqualTo("as of 2026-11-23");
        assertThat(cell(row(unrated.key()), "project-status-date")).isEqualTo("\u2014");
    }

    @Test
    void aProjectInExecutionSaysWhenItsNextStatusCycleIsDue() {
        Project first = startProject("Gate automation");
        Project next = startProject("Yard lighting");
        inExecution(first);
        inExecution(next);
        runtimeService.setVariable(next.instanceId(), HealthVariables.STATUS_DATE, "2026-11-23");

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();

        assertThat(cell(row(first.key()), "project-status-date"))
                .isEqualTo("\u2014 \u00b7 first cycle due " + statusCycleDue(first));
        assertThat(cell(row(next.key()), "project-status-date"))
                .isEqualTo("as of 2026-11-23 \u00b7 next cycle due " + statusCycleDue(next));
    }

    @Test
    void openChangesCountTheChangesInFlightButNotAnUnreadRejectionNotice() {
        Project project = startProject("Label printing");
        callChangeControl(project, "CR-2026-9001", "Task_ClassifyManually");
        callChangeControl(project, "CR-2026-9002", REVIEW_IMPLEMENTATION_TASK);
        runtimeService.createMessageCorrelation(ChangeControlVariables.MESSAGE_CHANGE_DECIDED)
                .processInstanceBusinessKey("CR-2026-9003")
                .setVariable(ChangeControlVariables.PROJECT_KEY, project.key())
                .setVariable(ChangeControlVariables.REQUESTER, "requester")
                .correlateStartMessage();

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();

        assertThat(cell(row(project.key()), "project-changes")).isEqualTo("2 (CR-2026-9001, CR-2026-9002)");
    }

    @Test
    void eachOpenChangeLinksToItsChangeControlInstanceInCockpit() {
        Project project = startProject("Shelf labels");
        callChangeControl(project, "CR-2026-9012", REVIEW_IMPLEMENTATION_TASK);
        callChangeControl(project, "CR-2026-9011", "Task_ClassifyManually");

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        List<WebElement> links = row(project.key()).findElements(By.cssSelector(".project-changes a"));

        assertThat(links).extracting(WebElement::getText, CockpitProjectsViewBrowserTest::route)
                .containsExactly(
                        tuple("CR-2026-9011", instancePage(changeInstance(project, "CR-2026-9011"))),
                        tuple("CR-2026-9012", instancePage(changeInstance(project, "CR-2026-9012"))));
        links.get(0).click();
        browser.waiting().until(ExpectedConditions.urlContains(instancePage(changeInstance(project,
                "CR-2026-9011"))));
    }

    @Test
    void anExpiredSessionShowsWhyTheProjectsCouldNotBeLoaded() {
        startProject("Archive retention");
        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".charterline-projects-table")));

        driver().manage().deleteCookieNamed("JSESSIONID");
        driver().findElement(By.xpath("//button[normalize-space()='Refresh']")).click();

        WebElement alert = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".charterline-projects .alert-danger")));
        browser.screenshot("cockpit-projects-error");
        assertThat(alert.getText()).startsWith("The projects could not be loaded.")
                .contains("POST /process-instance answered 401: your Cockpit session has ended; sign in again.");
        assertThat(driver().findElements(By.cssSelector(".charterline-projects-table"))).isEmpty();
    }

    @Test
    void endedProjectsAreListedWithTheirOutcomeAndAClosedOneLinksToItsReport() {
        Project closed = startProject("Invoice archive");
        Project rejected = startProject("Kiosk app");
        // The lifecycle's own end, as closing writes it: the report first, then the instance ends.
        closeoutReports.produce(closed.key(), ProjectStatus.CLOSED);
        endAt(closed, "EndEvent_ProjectClosed");
        endAt(rejected, "EndEvent_ProjectRejected");

        signInToCockpitAs("pmo");
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        WebElement closedRow = endedRow(closed.key());
        WebElement rejectedRow = endedRow(rejected.key());
        driver().executeScript("document.activeElement.blur()");
        browser.screenshot("cockpit-projects-ended");

        assertThat(cell(closedRow, "project-name")).isEqualTo("Invoice archive");
        assertThat(cell(closedRow, "project-outcome")).isEqualTo("CLOSED");
        assertThat(cell(closedRow, "project-ended")).isEqualTo(LocalDate.now().toString());
        assertThat(closedRow.findElements(By.cssSelector(".project-report a")))
                .extracting(link -> link.getText(), link -> link.getAttribute("href"))
                .containsExactly(
                        tuple("HTML", apiUrl(closed.key(), "/closeout-report")),
                        tuple("PDF", apiUrl(closed.key(), "/closeout-report.pdf")));
        assertThat(closedRow.findElements(By.cssSelector(".project-records button")))
                .extracting(WebElement::getText).containsExactly("KPIs", "Change log");
        ResponseEntity<String> report = rest.withBasicAuth("pmo", "pmo")
                .getForEntity(closedRow.findElement(By.cssSelector(".project-report a")).getAttribute("href"),
                        String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).contains("Closeout report: Invoice archive");

        assertThat(cell(rejectedRow, "project-outcome")).isEqualTo("REJECTED");
        assertThat(cell(rejectedRow, "project-report")).isEqualTo("none: charter rejected");
        assertThat(driver().findElements(By.cssSelector(".charterline-projects-table:not(.charterline-ended-table) "
                + "tr[data-project-key='" + closed.key() + "']"))).as("not among the active ones").isEmpty();
    }

    @Test
    void endedProjectsArePagedTwentyAtATimeMostRecentFirstWithTheirCountAndAFewRequestsPerPage() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        List<String> newestFirst = new ArrayList<>();
        for (int number = 1; number <= 25; number++) {
            String key = projects.chartering("Paging pilot " + number);
            projects.complete("sponsor", key, "Task_ReviewCharter",
                    Map.of("charterDecision", "REJECT", "charterComment", "No budget this year"));
            newestFirst.add(0, key);
        }
        Project active = startProject("Paging bystander");
        // Other tests of this Spring context end projects too; they all ended before these 25.
        long ended = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("project-lifecycle").finished().count();

        signInToCockpitAs("pmo");
        clearRequests();
        driver().findElement(By.cssSelector("a[href='#/projects']")).click();
        endedRow(newestFirst.get(0));

        assertThat(endedKeys()).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(endedRange()).isEqualTo("1" + EN_DASH + "20 of " + ended + " ended projects");
        assertThat(driver().findElement(By.cssSelector(".charterline-projects-summary")).getText())
                .endsWith(ended + " ended projects");
        assertThat(pagerButton("Newer").isEnabled()).as("no newer page").isFalse();
        assertThat(requestsTo("/history/")).as("the first page's history requests").hasSize(6);
        driver().executeScript("document.activeElement.blur();"
                + "document.querySelector('.charterline-ended-pager').scrollIntoView(false)");
        browser.screenshot("cockpit-projects-ended-paged");

        clearRequests();
        pagerButton("Older").click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".charterline-ended-range"),
                "21" + EN_DASH + Math.min(40, ended) + " of " + ended + " ended projects"));

        assertThat(endedKeys()).hasSize((int) Math.min(20, ended - 20))
                .startsWith(newestFirst.subList(20, 25).toArray(String[]::new));
        assertThat(requestsTo("/api/engine/")).as("the older page's requests, all to the history")
                .hasSize(6).allMatch(url -> url.contains("/history/"));
        assertThat(row(active.key()).isDisplayed()).as("the active projects stay").isTrue();

        pagerButton("Newer").click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".charterline-ended-range"),
                "1" + EN_DASH + "20 of " + ended + " ended projects"));
        assertThat(endedKeys()).containsExactlyElementsOf(newestFirst.subList(0, 20));
    }

    private void clearRequests() {
        driver().executeScript("performance.clearResourceTimings()");
    }

    /** The URLs containing {@code part} that the browser requested since the last {@link #clearRequests()}. */
    @SuppressWarnings("unchecked")
    private List<String> requestsTo(String part) {
        return ((List<String>) driver().executeScript("return performance.getEntriesByType('resource')"
                + ".map(entry => entry.name).filter(name => name.includes(arguments[0]))", part));
    }

    private List<String> endedKeys() {
        return driver().findElements(By.cssSelector(".charterline-ended-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-project-key")).toList();
    }

    private String endedRange() {
        return driver().findElement(By.cssSelector(".charterline-ended-range")).getText();
    }

    private WebElement pagerButton(String text) {
        return driver().findElement(By.xpath("//div[contains(@class, 'charterline-ended-pager')]"
                + "//button[normalize-space()='" + text + "']"));
    }

    private record Project(String key, String instanceId) {
    }

    /** Moves the project from its charter review into execution, where its status cycles run every week. */
    private void inExecution(Project project) {
        runtimeService.setVariable(project.instanceId(), LifecycleVariables.STATUS_CADENCE, "P7D");
        runtimeService.createProcessInstanceModification(project.instanceId())
                .startBeforeActivity("Event_WorkCompleted")
                .cancelAllForActivity("Task_ReviewCharter")
                .execute();
    }

    /** The day the project's status cycle timer is due, as the engine keeps it. */
    private String statusCycleDue(Project project) {
        Job timer = managementService.createJobQuery().processInstanceId(project.instanceId())
                .activityId("StartEvent_StatusReportDue").timers().singleResult();
        return LocalDate.ofInstant(timer.getDuedate().toInstant(), ZoneOffset.UTC).toString();
    }

    /** Ends the project's lifecycle at the given end event, wherever it was waiting. */
    private void endAt(Project project, String endEvent) {
        runtimeService.createProcessInstanceModification(project.instanceId())
                .startBeforeActivity(endEvent)
                .cancelAllForActivity("Task_ReviewCharter")
                .execute();
    }

    private String apiUrl(String projectKey, String path) {
        return "http://localhost:" + port + "/api/projects/" + projectKey + path;
    }

    private WebElement endedRow(String projectKey) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".charterline-ended-table tr[data-project-key='" + projectKey + "']")));
    }

    /** A change request of the project, called as the lifecycle calls it and then moved to the given step. */
    private void callChangeControl(Project project, String changeRequestId, String waitingAt) {
        runtimeService.createProcessInstanceModification(project.instanceId())
                .startBeforeActivity(CHANGE_CONTROL_CALL)
                .setVariable(ChangeControlVariables.CHANGE_REQUEST_ID, changeRequestId)
                .execute();
        String change = changeInstance(project, changeRequestId);
        runtimeService.createProcessInstanceModification(change)
                .startBeforeActivity(waitingAt)
                .setVariable(ChangeControlVariables.REQUESTER, "requester")
                .cancelAllForActivity(ANALYSE_IMPACT_TASK)
                .execute();
    }

    private String changeInstance(Project project, String changeRequestId) {
        return runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(project.instanceId())
                .processInstanceBusinessKey(changeRequestId)
                .singleResult().getId();
    }

    /** Cockpit's page of a process instance, as the part of a URL after its {@code #}. */
    private static String instancePage(String instanceId) {
        return "#/process-instance/" + instanceId + "/runtime";
    }

    private static String route(WebElement link) {
        String href = link.getAttribute("href");
        return href.substring(href.indexOf('#'));
    }

    private Project startProject(String name) {
        Map<String, Object> charter = Map.ofEntries(
                Map.entry("name", name),
                Map.entry("objectives", "Deliver " + name + " on time and within budget"),
                Map.entry("businessCase", "Saves effort and errors every week once " + name + " is live"),
                Map.entry("sponsor", "sponsor"),
                Map.entry("projectManager", "pm"),
                Map.entry("budget", 120000),
                Map.entry("targetStart", LocalDate.now().plusWeeks(1).toString()),
                Map.entry("targetEnd", LocalDate.now().plusWeeks(1).plusMonths(7).toString()),
                Map.entry("relatedServices", List.of()),
                Map.entry("strategic", false));
        ResponseEntity<JsonNode> response = rest.withBasicAuth("requester", "requester")
                .postForEntity("/api/projects", charter, JsonNode.class);
        assertThat(response.getStatusCode()).as("POST /api/projects: %s", response.getBody())
                .isEqualTo(HttpStatus.CREATED);
        return new Project(response.getBody().get("key").asText(), response.getBody().get("processInstanceId").asText());
    }

    private void signInToCockpitAs(String user) {
        CamundaWebapps.signIn(browser, port, "cockpit", user);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#/projects']")));
    }

    private WebElement row(String projectKey) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".charterline-projects-table tr[data-project-key='" + projectKey + "']")));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.className(column)).getText();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
