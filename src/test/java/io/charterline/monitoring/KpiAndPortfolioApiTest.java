package io.charterline.monitoring;

import static io.charterline.monitoring.StatusReportServiceTest.fenceExample;
import static io.charterline.monitoring.StatusReportServiceTest.onPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.plan.ScheduleForecast;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.risk.IssueInput;
import io.charterline.risk.IssueView;
import io.charterline.risk.RiskInput;
import io.charterline.risk.RiskRegister;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KpiAndPortfolioApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    StatusReportService statusReports;

    @Autowired
    ProjectRepository projectRepository;

    @Autowired
    BusinessKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RiskRegister register;

    @Autowired
    HistoryService historyService;

    TestProjects testProjects;

    @BeforeEach
    void fixtures() {
        testProjects = new TestProjects(projectRepository, keys, transactions);
    }

    @Test
    void kpisBeforeTheFirstStatusCycleHaveNoCurrentReport() {
        Project project = testProjects.executing("No cycle yet");

        ResponseEntity<JsonNode> kpis = get("dev1", "/api/projects/" + project.getKey() + "/kpis");

        assertThat(kpis.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kpis.getBody().get("projectKey").asText()).isEqualTo(project.getKey());
        assertThat(kpis.getBody().has("current")).isFalse();
        assertThat(kpis.getBody().get("history")).isEmpty();
    }

    @Test
    void kpisShowTheLatestReportAsCurrentAndEveryCycleAsHistory() {
        Project project = testProjects.executing("Two cycles");
        statusReports.recordStatus(project.getKey(), fenceExample(), null);
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 13)), null);

        JsonNode kpis = get("dev1", "/api/projects/" + project.getKey() + "/kpis").getBody();

        assertThat(kpis.get("history")).extracting(cycle -> cycle.get("cycleNumber").asInt()).containsExactly(1, 2);
        JsonNode first = kpis.get("history").get(0);
        assertThat(first.get("health").asText()).isEqualTo("AMBER");
        assertThat(first.get("plannedValue").decimalValue()).isEqualByComparingTo("3000");
        assertThat(first.get("earnedValue").decimalValue()).isEqualByComparingTo("2500");
        assertThat(first.get("actualCost").decimalValue()).isEqualByComparingTo("2800");
        assertThat(first.get("spi").decimalValue()).isEqualByComparingTo("0.8333");
        assertThat(first.get("cpi").decimalValue()).isEqualByComparingTo("0.8929");
        assertThat(first.get("estimateAtCompletion").decimalValue()).isEqualByComparingTo("4480");
        assertThat(first.get("statusDate").asText()).isEqualTo("2026-03-04");
        assertThat(first.get("openRisks").get("high").asInt()).isZero();
        JsonNode current = kpis.get("current");
        assertThat(current.get("cycleNumber").asInt()).isEqualTo(2);
        assertThat(current.get("health").asText()).isEqualTo("GREEN");
        assertThat(current.get("recommendedAction").asText()).isEqualTo("Continue as planned.");
    }

    @Test
    void kpisShowTheApprovedBudgetAndTheForecastAgainstIt() {
        Project project = testProjects.executing("Approved money");
        statusReports.recordStatus(project.getKey(), fenceExample(), null);

        JsonNode cycle = get("dev1", "/api/projects/" + project.getKey() + "/kpis").getBody().get("current");

        assertThat(cycle.get("approvedBudget").decimalValue()).isEqualByComparingTo("4200");
        // 4,200 approved − EAC 4,480
        assertThat(cycle.get("budgetHeadroomAtCompletion").decimalValue()).isEqualByComparingTo("-280");
    }

    @Test
    void kpisShowTheForecastFinishAndHowManyDaysLateItIs() {
        Project project = testProjects.executing("Forecast late");
        statusReports.recordStatus(project.getKey(), fenceExample(),
                new ScheduleForecast(LocalDate.of(2026, 3, 12), 7));

        JsonNode cycle = get("dev1", "/api/projects/" + project.getKey() + "/kpis").getBody().get("current");

        assertThat(cycle.get("plannedFinish").asText()).isEqualTo("2026-03-05");
        assertThat(cycle.get("forecastFinishDate").asText()).isEqualTo("2026-03-12");
        assertThat(cycle.get("forecastLateDays").asLong()).isEqualTo(7);
    }

    @Test
    void criticalIssueRaisedAfterTheCycleIsCountedSinceItAndPreviewedAsRed() {
        Project project = testProjects.executing("Issue after the cycle");
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        raiseIssue(project, "Payment provider sandbox is down", "CRITICAL");
        register.addRisk(project.getKey(), new RiskInput("App store review may take two weeks", null,
                new BigDecimal("4"), new BigDecimal("4"), "pm", null, "OPEN", null));

        JsonNode kpis = get("sponsor", "/api/projects/" + project.getKey() + "/kpis").getBody();

        // The cycle's rating and counts stay as measured...
        assertThat(kpis.get("current").get("health").asText()).isEqualTo("GREEN");
        assertThat(kpis.get("current").get("openIssues").get("critical").asInt()).isZero();
        // ...and beside them what was raised since and what the health decision would say of it today.
        JsonNode since = kpis.get("sinceCurrent");
        assertThat(since.get("issuesRaised").get("critical").asInt()).isEqualTo(1);
        assertThat(since.get("risksRaised").get("high").asInt()).isEqualTo(1);
        assertThat(since.get("issuesClosed").get("critical").asInt()).isZero();
        assertThat(since.get("openIssuesToday").get("critical").asInt()).isEqualTo(1);
        assertThat(since.get("openRisksToday").get("high").asInt()).isEqualTo(1);
        assertThat(since.get("healthIfRatedToday").asText()).isEqualTo("RED");
        assertThat(since.get("recommendedActionIfRatedToday").asText())
                .startsWith("Escalate to the sponsor: resolve the open critical issue");
    }

    @Test
    void readingWhatTodaysRegisterWouldRateRecordsNoDecision() {
        Project project = testProjects.executing("Preview leaves no history");
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        raiseIssue(project, "Build server down", "CRITICAL");
        long decisions = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HealthVariables.DECISION_KEY).count();

        JsonNode since = get("sponsor", "/api/projects/" + project.getKey() + "/kpis").getBody().get("sinceCurrent");

        assertThat(since.get("healthIfRatedToday").asText()).isEqualTo("RED");
        assertThat(historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HealthVariables.DECISION_KEY).count()).isEqualTo(decisions);
    }

    @Test
    void issueResolvedAfterTheCycleIsCountedAsClosedSinceIt() {
        Project project = testProjects.executing("Issue resolved after the cycle");
        IssueView issue = raiseIssue(project, "Test server lost", "CRITICAL");
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        register.updateIssue(project.getKey(), issue.id(), new IssueInput("Test server lost", null, "CRITICAL", "pm",
                "RESOLVED", "Restored from the backup"));

        JsonNode kpis = get("pmo", "/api/projects/" + project.getKey() + "/kpis").getBody();

        assertThat(kpis.get("current").get("health").asText()).isEqualTo("RED");
        JsonNode since = kpis.get("sinceCurrent");
        assertThat(since.get("issuesClosed").get("critical").asInt()).isEqualTo(1);
        assertThat(since.get("issuesRaised").get("critical").asInt()).isZero();
        assertThat(since.get("healthIfRatedToday").asText()).isEqualTo("GREEN");
    }

    @Test
    void portfolioShowsWhatWasRaisedSinceTheCycleAndTheHealthItWouldRateToday() {
        Project project = testProjects.executing("Portfolio issue after the cycle");
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        raiseIssue(project, "Data centre flooded", "CRITICAL");

        JsonNode entry = entryOf(get("sponsor", "/api/portfolio").getBody(), project.getKey());

        assertThat(entry.get("health").asText()).isEqualTo("GREEN");
        assertThat(entry.get("registerSinceStatusDate").get("issuesRaised").get("critical").asInt()).isEqualTo(1);
        assertThat(entry.get("healthIfRatedToday").asText()).isEqualTo("RED");
    }

    @Test
    void kpisOfAnUnknownProjectAreNotFound() {
        assertThat(get("pm", "/api/projects/PRJ-1999-0001/kpis").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void portfolioListsActiveProjectsOnly() {
        List<Project> active = new ArrayList<>();
        for (ProjectStatus status : List.of(ProjectStatus.CHARTERING, ProjectStatus.SCOPING, ProjectStatus.PLANNING,
                ProjectStatus.EXECUTING, ProjectStatus.CLOSING)) {
            active.add(create("Active " + status, "100", status));
        }
        List<Project> ended = List.of(create("Rejected", "100", ProjectStatus.REJECTED),
                create("Closed", "100", ProjectStatus.CLOSED), create("Terminated", "100", ProjectStatus.TERMINATED));

        Set<String> listed = keysIn(get("sponsor", "/api/portfolio").getBody());

        assertThat(listed).containsAll(active.stream().map(Project::getKey).toList());
        assertThat(listed).doesNotContainAnyElementsOf(ended.stream().map(Project::getKey).toList());
    }

    @Test
    void portfolioShowsTheFiguresOfTheLatestStatusCycle() {
        Project project = create("Reported", "250000", ProjectStatus.EXECUTING);
        statusReports.recordStatus(project.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        statusReports.recordStatus(project.getKey(), fenceExample(), null);

        JsonNode entry = entryOf(get("dev1", "/api/portfolio").getBody(), project.getKey());

        assertThat(entry.get("name").asText()).isEqualTo("Reported");
        assertThat(entry.get("status").asText()).isEqualTo("EXECUTING");
        assertThat(entry.get("health").asText()).isEqualTo("AMBER");
        assertThat(entry.get("spi").decimalValue()).isEqualByComparingTo("0.8333");
        assertThat(entry.get("cpi").decimalValue()).isEqualByComparingTo("0.8929");
        assertThat(entry.get("budget").decimalValue()).isEqualByComparingTo("250000");
        assertThat(entry.get("budgetAtCompletion").decimalValue()).isEqualByComparingTo("4000");
        assertThat(entry.get("budgetHeadroomAtCompletion").decimalValue()).isEqualByComparingTo("-280");
        assertThat(entry.get("plannedFinish").asText()).isEqualTo("2026-03-05");
        assertThat(entry.get("targetEnd").asText()).isEqualTo("2026-06-30");
        assertThat(entry.get("resourceUtilisation").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(entry.get("statusDate").asText()).isEqualTo("2026-03-04");
    }

    @Test
    void portfolioWithoutAStatusCycleShowsCharterFiguresOnly() {
        Project project = create("Fresh", "5000", ProjectStatus.PLANNING);

        JsonNode entry = entryOf(get("dev1", "/api/portfolio").getBody(), project.getKey());

        assertThat(entry.get("budget").decimalValue()).isEqualByComparingTo("5000");
        assertThat(entry.has("health")).isFalse();
        assertThat(entry.has("spi")).isFalse();
    }

    @Test
    void portfolioSortsBySpiDescendingWithProjectsWithoutReportLast() {
        Project behind = create("Behind", "100", ProjectStatus.EXECUTING);
        Project onPlan = create("On plan", "100", ProjectStatus.EXECUTING);
        Project unreported = create("Unreported", "100", ProjectStatus.EXECUTING);
        statusReports.recordStatus(behind.getKey(), fenceExample(), null);
        statusReports.recordStatus(onPlan.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);

        List<String> order = keysInOrder(get("pmo", "/api/portfolio?sort=-spi").getBody(),
                Set.of(behind.getKey(), onPlan.getKey(), unreported.getKey()));

        assertThat(order).containsExactly(onPlan.getKey(), behind.getKey(), unreported.getKey());
    }

    @Test
    void portfolioSortsByHeadroomWithTheLargestForecastOverrunFirst() {
        // Registered against the expected order, so that an order by key alone cannot pass.
        Project unreported = create("Unreported", "100", ProjectStatus.EXECUTING);
        Project withinBudget = create("Within budget", "100", ProjectStatus.EXECUTING);
        Project overrun = create("Overrun", "100", ProjectStatus.EXECUTING);
        statusReports.recordStatus(withinBudget.getKey(), onPlan(LocalDate.of(2026, 3, 6)), null);
        statusReports.recordStatus(overrun.getKey(), fenceExample(), null);

        List<String> order = keysInOrder(get("pmo", "/api/portfolio?sort=budgetHeadroomAtCompletion").getBody(),
                Set.of(overrun.getKey(), withinBudget.getKey(), unreported.getKey()));

        // Headroom −280 (fence) before +200 (on plan); no report, no headroom: last.
        assertThat(order).containsExactly(overrun.getKey(), withinBudget.getKey(), unreported.getKey());
    }

    @Test
    void portfolioSortsByBudget() {
        Project large = create("Large", "900000", ProjectStatus.EXECUTING);
        Project small = create("Small", "1000", ProjectStatus.EXECUTING);

        List<String> order = keysInOrder(get("pmo", "/api/portfolio?sort=budget").getBody(),
                Set.of(large.getKey(), small.getKey()));

        assertThat(order).containsExactly(small.getKey(), large.getKey());
    }

    @Test
    void unknownSortKeyIsABadRequestNamingSort() {
        ResponseEntity<JsonNode> response = get("pmo", "/api/portfolio?sort=risk");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("sort");
        assertThat(response.getBody().get("errors").get(0).get("message").asText())
                .startsWith("must be one of name, health, spi, cpi, budget");
    }

    @Test
    void portfolioNeedsASignedInUser() {
        assertThat(rest.getForEntity("/api/portfolio", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private IssueView raiseIssue(Project project, String title, String severity) {
        return register.addIssue(project.getKey(), new IssueInput(title, null, severity, "pm", "OPEN", null));
    }

    private Project create(String name, String budget, ProjectStatus status) {
        return testProjects.create(name, "pm", "sponsor", new BigDecimal(budget), status);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private static Set<String> keysIn(JsonNode portfolio) {
        List<String> keys = new ArrayList<>();
        portfolio.forEach(entry -> keys.add(entry.get("key").asText()));
        return keys.stream().collect(Collectors.toSet());
    }

    private static List<String> keysInOrder(JsonNode portfolio, Set<String> wanted) {
        List<String> keys = new ArrayList<>();
        portfolio.forEach(entry -> {
            if (wanted.contains(entry.get("key").asText())) {
                keys.add(entry.get("key").asText());
            }
        });
        return keys;
    }

    private static JsonNode entryOf(JsonNode portfolio, String key) {
        for (JsonNode entry : portfolio) {
            if (entry.get("key").asText().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError("Project " + key + " is not in the portfolio " + portfolio);
    }
}
