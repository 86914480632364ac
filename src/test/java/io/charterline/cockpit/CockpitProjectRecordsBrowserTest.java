package io.charterline.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.change.ChangeEvent;
import io.charterline.change.ChangeLog;
import io.charterline.change.ChangeLogEntry;
import io.charterline.change.ChangeLogRepository;
import io.charterline.monitoring.Health;
import io.charterline.monitoring.HealthRating;
import io.charterline.monitoring.HealthVariables;
import io.charterline.monitoring.KpiFigures;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportRepository;
import io.charterline.monitoring.StatusReportService;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.risk.IssueInput;
import io.charterline.risk.IssueView;
import io.charterline.risk.ProjectIssueRepository;
import io.charterline.risk.RiskRegister;
import io.charterline.support.Browser;
import io.charterline.support.CamundaWebapps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A project's KPIs and change log, read inside Cockpit's Projects view with the Cockpit session, for the demo
 * portfolio's projects. The same Spring context as DemoProjectsTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "charterline.demo.projects=true")
@ActiveProfiles("test")
class CockpitProjectRecordsBrowserTest {

    private static final String EXECUTING = "Mobile ordering app";
    private static final String CLOSED = "CRM cloud migration";
    private static final String TERMINATED = "Warehouse scanner rollout";
    private static final String REJECTED = "Intranet redesign";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projects;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ChangeLogRepository changeLogEntries;

    @Autowired
    RiskRegister register;

    @Autowired
    ProjectIssueRepository issues;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    StatusReportRepository reports;

    @Test
    void kpisOfARunningDemoProjectOpenInItsRowWithTheirLabelsUnitsStatusDateHealthAndForecast() {
        Project project = demoProject(EXECUTING);
        JsonNode kpis = api(project, "/kpis");
        JsonNode latest = kpis.get("current");

        signInAndOpenProjects();
        row(".charterline-projects-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpi-figures");
        driver().executeScript("arguments[0].previousElementSibling.scrollIntoView(); document.activeElement.blur()",
                panel);
        browser.screenshot("cockpit-projects-kpis");

        assertThat(panel.findElement(By.className("kpi-status-date")).getText())
                .isEqualTo(latest.get("statusDate").asText());
        assertThat(panel.findElement(By.className("kpi-health")).getText()).isEqualTo(latest.get("health").asText());
        assertThat(panel.findElement(By.className("kpi-forecast")).getText())
                .startsWith(latest.get("forecastFinishDate").asText());
        assertThat(figure(panel, "spi")).containsExactly("Schedule performance index (SPI)",
                latest.get("spi").decimalValue().setScale(2, RoundingMode.DOWN).toPlainString(),
                "ratio");
        assertThat(figure(panel, "estimateAtCompletion")).containsExactly("Estimate at completion (EAC)",
                dollars(latest.get("estimateAtCompletion").decimalValue()), "USD");
        assertThat(figure(panel, "approvedBudget")).containsExactly("Approved budget",
                dollars(latest.get("approvedBudget").decimalValue()), "USD");
        assertThat(panel.findElements(By.cssSelector(".charterline-kpi-history tbody tr")))
                .hasSize(kpis.get("history").size());
    }

    @Test
    void changeLogOfAnEndedDemoProjectOpensInItsRowWithDateChangeEventActorAndText() {
        Project project = demoProject(CLOSED);
        JsonNode changeLog = api(project, "/change-log");
        JsonNode first = changeLog.get(0);

        signInAndOpenProjects();
        WebElement projectRow = row(".charterline-ended-table", project);
        projectRow.findElement(By.cssSelector("[data-record='changeLog']")).click();
        WebElement panel = records(project, "changeLog", ".charterline-change-log");
        driver().executeScript("arguments[0].previousElementSibling.scrollIntoView(); document.activeElement.blur()",
                panel);
        browser.screenshot("cockpit-projects-change-log");

        assertThat(changeLog.size()).as("the demo's change log").isPositive();
        List<WebElement> entries = panel.findElements(By.cssSelector(".charterline-change-log tbody tr"));
        assertThat(entries).hasSize(changeLog.size());
        WebElement entry = entries.get(0);
        assertThat(entry.findElement(By.className("log-date")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(entry.findElement(By.className("log-change")).getText())
                .isEqualTo(first.get("changeRequestId").asText());
        assertThat(entry.findElement(By.className("log-event")).getText()).isEqualTo("Submitted");
        assertThat(entry.findElement(By.className("log-actor")).getText()).isEqualTo("Priya Manager")
                .isEqualTo(first.get("actorNames").asText());
        assertThat(entry.findElement(By.className("log-actor")).getAttribute("title"))
                .isEqualTo(first.get("actor").asText());
        assertThat(entry.findElement(By.className("log-text")).getText()).isEqualTo(first.get("detail").asText());

        projectRow.findElement(By.cssSelector("[data-record='changeLog']")).click();
        assertThat(driver().findElements(By.cssSelector(".charterline-records-row"))).as("closed again").isEmpty();
    }

    @Test
    void kpisOfAClosedDemoProjectShowItsCloseoutSnapshotUnratedAndWithoutForecast() {
        Project project = demoProject(CLOSED);
        JsonNode latest = api(project, "/kpis").get("current");

        signInAndOpenProjects();
        row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpi-figures");

        assertThat(panel.findElement(By.className("charterline-kpis-summary")).getText())
                .startsWith("Closeout snapshot \u00b7 status date " + latest.get("statusDate").asText()
                        + " \u00b7 health not rated")
                .doesNotContain("forecast finish");
        assertThat(figure(panel, "actualCost")).containsExactly("Actual cost (AC)",
                dollars(latest.get("actualCost").decimalValue()), "USD");
        // Its bookings were released at closeout: the closing week's utilisation would read 0 %.
        assertThat(figure(panel, "resourceUtilisation")).containsExactly(
                "Resource utilisation over the project's life",
                latest.get("resourceUtilisation").decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                        + "%", "% of available hours");
    }

    @Test
    void aChangeThatTookEffectAfterTheLatestCycleIsNamedBesideTodaysBaselineVersionItsBacAndTheApprovedBudget() {
        Project project = demoProject(CLOSED);
        String change = api(project, "/change-log").get(0).get("changeRequestId").asText();
        // As a change that moved only the approved budget logs it when it takes effect: no new baseline version.
        changeLog.record(change, null, ChangeEvent.BASELINE_UPDATED, "Baseline stays current; budget moved");
        ChangeLogEntry tookEffect = changeLogEntries.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .reduce((first, second) -> second).orElseThrow();
        try {
            JsonNode since = api(project, "/kpis").get("sinceCurrent");

            signInAndOpenProjects();
            row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
            WebElement panel = records(project, "kpis", ".charterline-kpis-since");

            assertThat(since.get("currentBaselineVersion").isNull()).as("the demo project has a baseline").isFalse();
            assertThat(panel.findElement(By.className("charterline-kpis-since")).getText()).isEqualTo(
                    "Since this cycle, 1 change took effect or was backed out (" + change + "), on the baseline, the "
                            + "approved budget or the services. Today: baseline v"
                            + since.get("currentBaselineVersion").asInt() + " (BAC "
                            + dollars(since.get("currentBudgetAtCompletion").decimalValue()) + "), approved budget "
                            + dollars(since.get("currentApprovedBudget").decimalValue())
                            + ". The next status cycle measures them.");
        } finally {
            changeLogEntries.delete(tookEffect);
        }
    }

    @Test
    void aCriticalIssueRaisedAfterTheLatestCycleIsNamedWithTheHealthTheDecisionWouldRateToday() {
        Project project = demoProject(EXECUTING);
        IssueView issue = register.addIssue(project.getKey(), new IssueInput("Payment provider sandbox is down", null,
                "CRITICAL", "pm", "OPEN", null));
        try {
            JsonNode kpis = api(project, "/kpis");
            String health = kpis.get("current").get("health").asText();

            signInAndOpenProjects();
            row(".charterline-projects-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
            WebElement panel = records(project, "kpis", ".charterline-kpis-register-since");

            assertThat(health).as("the demo's latest cycle, rated before the issue").isNotEqualTo("RED");
            assertThat(panel.findElement(By.className("charterline-kpis-register-since")).getText()).isEqualTo(
                    "Since this cycle, 1 critical issue raised. Health is rated at the next status cycle; rated today "
                            + "with this cycle's SPI and CPI, project health would be RED: "
                            + kpis.get("sinceCurrent").get("recommendedActionIfRatedToday").asText());
        } finally {
            issues.deleteById(issue.id());
        }
    }

    @Test
    void theCloseoutSnapshotOfAClosedDemoProjectShowsItsActualFinishAgainstThePlanAndTheOnTimeShare() {
        Project project = demoProject(CLOSED);
        JsonNode latest = api(project, "/kpis").get("current");

        signInAndOpenProjects();
        row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpi-figures");

        long late = latest.get("finishLateDays").asLong();
        assertThat(late).as("the demo's CRM migration finished after its plan").isPositive();
        assertThat(figure(panel, "actualFinish")).containsExactly("Actual finish",
                latest.get("actualFinish").asText() + " (" + late + (late == 1 ? " day late)" : " days late)"),
                "date");
        assertThat(figure(panel, "onTimeShare")).containsExactly("On-time share",
                percent(latest.get("onTimeShare").decimalValue()), "% of done packages");
    }

    @Test
    void aCycleBehindScheduleWithAForecastOnTimeSaysTheForecastAssumesWorkInProgressFinishesOnPlan() {
        Project project = demoProject(CLOSED);
        JsonNode history = api(project, "/kpis").get("history");
        int behind = 0;
        while (history.get(behind).get("spi").decimalValue().compareTo(BigDecimal.ONE) >= 0
                || history.get(behind).get("forecastLateDays").asLong() > 0) {
            behind++;
        }

        signInAndOpenProjects();
        row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpi-history");

        WebElement cycle = panel.findElements(By.cssSelector(".charterline-kpi-history tbody tr")).get(behind);
        assertThat(cycle.findElements(By.tagName("td")).get(6).getText()).isEqualTo(
                history.get(behind).get("forecastFinishDate").asText() + " if work in progress finishes on plan");
    }

    @Test
    void anSpiJustBelowTheAmberThresholdIsCutNotRoundedOntoIt() {
        Project project = demoProject(EXECUTING);
        StatusReport latest = statusReports.current(project.getKey()).orElseThrow();
        KpiFigures f = latest.figures();
        KpiFigures justBelow = new KpiFigures(f.statusDate(), f.plannedValue(), f.earnedValue(), f.actualCost(),
                f.scheduleVariance(), f.costVariance(), new BigDecimal("0.9466"), f.cpi(), f.budgetAtCompletion(),
                f.estimateAtCompletion(), f.estimateToComplete(), f.varianceAtCompletion(), f.approvedBudget(),
                f.budgetHeadroomAtCompletion(), f.scheduleAdherence(), f.budgetAccuracy(), f.plannedFinish(),
                f.approvedChanges(), f.baselineHours(), f.baselineV1Hours(), f.scopeAddedShare(), f.actualHours(),
                f.hoursBeyondTimeEntries(), f.resourceUtilisation(), f.openRisks(), f.openIssues());
        StatusReport amber = reports.save(new StatusReport(project.getId(), latest.getCycleNumber() + 1, justBelow,
                new HealthRating(Health.AMBER, "Project manager to present a schedule recovery plan"),
                latest.forecast(), Instant.now()));
        try {
            signInAndOpenProjects();
            row(".charterline-projects-table", project).findElement(By.cssSelector("[data-record='kpis']"))
                    .click();
            WebElement panel = records(project, "kpis", ".charterline-kpi-history");

            List<WebElement> cycles = panel.findElements(By.cssSelector(".charterline-kpi-history tbody tr"));
            List<WebElement> last = cycles.get(cycles.size() - 1).findElements(By.tagName("td"));
            assertThat(last.get(2).getText()).isEqualTo("AMBER");
            assertThat(last.get(3).getText()).isEqualTo("0.94");
        } finally {
            reports.delete(amber);
        }
    }

    @Test
    void kpisOfARejectedDemoProjectSayItEndedBeforeAnyStatusReportSoNoneWillCome() {
        Project project = demoProject(REJECTED);

        signInAndOpenProjects();
        row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpis-none");

        assertThat(panel.findElement(By.className("charterline-kpis-none")).getText()).isEqualTo("Its charter was "
                + "rejected: the project ended before any status report measured it, so it has no KPIs and none will "
                + "come.");
    }

    @Test
    void theCloseoutSnapshotOfATerminatedDemoProjectSaysWhyItGivesNoScheduleOrAccuracyScores() {
        Project project = demoProject(TERMINATED);
        JsonNode latest = api(project, "/kpis").get("current");

        signInAndOpenProjects();
        row(".charterline-ended-table", project).findElement(By.cssSelector("[data-record='kpis']")).click();
        WebElement panel = records(project, "kpis", ".charterline-kpi-figures");

        assertThat(latest.get("closeout").asBoolean()).isTrue();
        String why = "Not given at closeout: the project was terminated, and this figure would score its work "
                + "against the plan the termination abandoned";
        assertThat(figure(panel, "spi")).containsExactly("Schedule performance index (SPI)",
                "not given: terminated", "ratio");
        assertThat(figureTitle(panel, "spi")).isEqualTo(why);
        assertThat(figure(panel, "scheduleAdherence")).containsExactly("Schedule adherence",
                "not given: terminated", "% of packages due");
        assertThat(figureTitle(panel, "scheduleAdherence")).isEqualTo(why);
        assertThat(figure(panel, "budgetAccuracy")).containsExactly("Budget accuracy",
                "not given: terminated", "% of planned cost");
        assertThat(figureTitle(panel, "budgetAccuracy")).isEqualTo(why);
        assertThat(figureTitle(panel, "varianceAtCompletion")).isEqualTo("BAC \u2212 EAC: the planned cost not "
                + "spent because the termination stopped the work, not a saving");
    }

    @Test
    void aRunningProjectRatedBeforeItsStatusDateWasKeptShowsTheDayOfItsLatestStatusReport() {
        Project project = demoProject(EXECUTING);
        String latestReport = api(project, "/kpis").get("current").get("statusDate").asText();
        Object statusDate = runtimeService.getVariable(project.getProcessInstanceId(), HealthVariables.STATUS_DATE);
        // As a status cycle left it before it set the status date: the figures and the report, but not the day.
        runtimeService.removeVariable(project.getProcessInstanceId(), HealthVariables.STATUS_DATE);
        try {
            signInAndOpenProjects();

            assertThat(row(".charterline-projects-table", project).findElement(By.className("project-status-date"))
                    .getText()).matches("as of " + latestReport + " \u00b7 next cycle due \\d{4}-\\d{2}-\\d{2}");
        } finally {
            runtimeService.setVariable(project.getProcessInstanceId(), HealthVariables.STATUS_DATE, statusDate);
        }
    }

    @Test
    void kpisThatCannotBeLoadedSayWhyInTheRow() {
        Project project = demoProject(EXECUTING);
        signInAndOpenProjects();
        WebElement projectRow = row(".charterline-projects-table", project);

        driver().manage().deleteCookieNamed("JSESSIONID");
        projectRow.findElement(By.cssSelector("[data-record='kpis']")).click();

        WebElement alert = records(project, "kpis", ".alert-danger").findElement(By.className("alert-danger"));
        assertThat(alert.getText()).isEqualTo("The KPIs of " + project.getKey() + " could not be loaded. "
                + "GET /api/projects/" + project.getKey() + "/kpis answered 401: your Cockpit session has ended; "
                + "sign in again.");
    }

    private Project demoProject(String name) {
        return projects.findAll().stream().filter(project -> project.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private JsonNode api(Project project, String path) {
        return rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + project.getKey() + path,
                JsonNode.class);
    }

    /** What the panel's row of one figure says: its label, its value, its unit. */
    private static List<String> figure(WebElement panel, String name) {
        return panel.findElements(By.cssSelector("tr[data-figure='" + name + "'] > *")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the panel's row of one figure says when hovered: what the figure means, or why it is not given. */
    private static String figureTitle(WebElement panel, String name) {
        return panel.findElement(By.cssSelector("tr[data-figure='" + name + "']")).getAttribute("title");
    }

    /** A share as Cockpit shows it: 0.5 as "50.0%". */
    private static String percent(BigDecimal share) {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.US);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private static String dollars(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private void signInAndOpenProjects() {
        CamundaWebapps.signIn(browser, port, "cockpit", "pmo");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#/projects']")))
                .click();
    }

    private WebElement row(String table, Project project) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(table + " tr[data-project-key='" + project.getKey() + "']")));
    }

    /** The row under the project's own that shows the record, once its content is there. */
    private WebElement records(Project project, String record, String content) {
        String row = "tr.charterline-records-row[data-records-of='" + project.getKey() + "'][data-record='" + record
                + "']";
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " " + content)));
        return driver().findElement(By.cssSelector(row));
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
