package io.charterline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.lessons.Lesson;
import io.charterline.lessons.LessonRepository;
import io.charterline.lessons.LessonSource;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/** The first start of the application shows a living portfolio, made by driving the real lifecycle. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "charterline.demo.projects=true")
@ActiveProfiles("test")
class DemoProjectsTest {

    @Autowired
    ProjectRepository projects;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    LessonRepository lessons;

    @Autowired
    TestRestTemplate rest;

    @Test
    void firstStartHasProjectsInEveryPhaseAndThreeFinishedOnes() {
        Map<ProjectStatus, Long> byStatus = projects.findAll().stream()
                .collect(Collectors.groupingBy(Project::getStatus, Collectors.counting()));

        assertThat(byStatus).containsEntry(ProjectStatus.CLOSED, 2L).containsEntry(ProjectStatus.TERMINATED, 1L)
                .containsEntry(ProjectStatus.EXECUTING, 1L).containsEntry(ProjectStatus.PLANNING, 1L)
                .containsEntry(ProjectStatus.CHARTERING, 1L).containsEntry(ProjectStatus.REJECTED, 1L);
    }

    @Test
    void approversFindWorkWaitingInTasklist() {
        assertThat(taskService.createTaskQuery().taskAssignee("sponsor").taskDefinitionKey("Task_ReviewCharter").count())
                .isOne();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("pmo").taskDefinitionKey("Task_ApprovePlan")
                .count()).isOne();
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_PerformWorkPackage").count()).isPositive();
    }

    @Test
    void everyoneWithAnOpenDemoTaskCanOpenItsCaseInTasklist() {
        List<Task> assigned = taskService.createTaskQuery().taskAssigned().list();

        assertThat(assigned).isNotEmpty().allSatisfy(task -> assertThat(rest.withBasicAuth(task.getAssignee(),
                task.getAssignee()).getForEntity("/engine-rest/process-instance/" + task.getProcessInstanceId(),
                String.class).getStatusCode()).as(task.getAssignee() + " opens " + task.getName())
                .isEqualTo(HttpStatus.OK));
    }

    @Test
    void theRejectedProjectsAuthorHasANoticeAndReadsTheSponsorsReason() {
        Project rejected = named("Intranet redesign");

        Task notice = taskService.createTaskQuery().taskAssignee("requester")
                .taskDefinitionKey("Task_AcknowledgeCharterRejection").processInstanceBusinessKey(rejected.getKey())
                .singleResult();
        assertThat(notice).as("notice of " + rejected.getKey()).isNotNull();
        JsonNode decision = rest.withBasicAuth("requester", "requester")
                .getForObject("/api/projects/" + rejected.getKey(), JsonNode.class).get("charterDecision");
        assertThat(decision.get("decision").asText()).isEqualTo("REJECT");
        assertThat(decision.get("reason").asText())
                .isEqualTo("No measurable benefit stated; resubmit with usage figures");
        assertThat(decision.get("decidedBy").asText()).isEqualTo("sponsor");
    }

    @Test
    void finishedProjectsHaveHistoryLessonsAndACloseoutReport() {
        List<Project> finished = projects.findAll().stream()
                .filter(project -> project.getStatus() == ProjectStatus.CLOSED
                        || project.getStatus() == ProjectStatus.TERMINATED)
                .toList();
        for (Project project : finished) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(project.getKey())
                    .finished().count()).as(project.getKey()).isOne();
            assertThat(lessons.findByProjectIdOrderByIdAsc(project.getId())).as(project.getKey()).isNotEmpty();
            assertThat(rest.withBasicAuth("pmo", "pmo").getForEntity(
                    "/api/projects/" + project.getKey() + "/closeout-report", String.class).getStatusCode())
                    .as(project.getKey()).isEqualTo(HttpStatus.OK);
            assertThat(rest.withBasicAuth("pmo", "pmo").getForObject(
                    "/api/projects/" + project.getKey() + "/notifications", String.class))
                    .as("recorded without a webhook: " + project.getKey())
                    .contains("\"event\":\"PROJECT_CLOSED\"", "\"delivered\":false");
        }
        assertThat(finished).hasSize(3);
    }

    @Test
    void closedProjectLearnedFromItsOwnDataThatAnalysisWasUnderestimated() {
        Project closed = named("CRM cloud migration");
        assertThat(lessons.findByProjectIdOrderByIdAsc(closed.getId()))
                .filteredOn(lesson -> lesson.getSource() == LessonSource.DERIVED)
                .extracting(lesson -> lesson.getCategory().name(), Lesson::getWhatHappened)
                .anySatisfy(lesson -> {
                    assertThat(lesson.toList().get(0)).isEqualTo("ESTIMATING");
                    assertThat(lesson.toList().get(1).toString()).startsWith("Business analysis work took");
                });
    }

    @Test
    void finishedProjectsRanOnPastDatesSoTheirReportsShowRealSpansOfTime() {
        LocalDate today = LocalDate.now();
        Project crm = named("CRM cloud migration");
        assertThat(crm.getCreatedAt()).isBefore(today.minusMonths(5).atStartOfDay(ZoneId.systemDefault()).toInstant());

        JsonNode cycles = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey() + "/kpis",
                JsonNode.class).get("history");
        List<LocalDate> statusDates = new ArrayList<>();
        cycles.forEach(cycle -> {
            if (!cycle.get("closeout").asBoolean()) {
                statusDates.add(LocalDate.parse(cycle.get("statusDate").asText()));
            }
        });
        assertThat(statusDates).hasSize(2).doesNotHaveDuplicates().allMatch(day -> day.isBefore(today.minusMonths(3)));

        String report = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey()
                + "/closeout-report", String.class).replaceAll("\\s+", " ");
        String migrator = "";
        for (JsonNode workPackage : rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey()
                + "/work-packages", JsonNode.class)) {
            if (workPackage.get("code").asText().equals("CRM-2")) {
                migrator = workPackage.get("assignee").asText();
            }
        }
        assertThat(migrator).isNotIn("", "pm");
        // The report names people as the identity service does.
        User person = identityService.createUserQuery().userId(migrator).singleResult();
        assertThat(report).doesNotContain(today.toString())
                .contains("<td>" + person.getFirstName() + " " + person.getLastName() + "</td> <td>DATABASE</td>");
    }

    @Test
    void theTerminatedScannerRolloutLeavesAnEscalationLessonWithTheSponsorsReasonFoundByTerminated() {
        Project scanners = named("Warehouse scanner rollout");

        JsonNode found = rest.withBasicAuth("pmo", "pmo").getForObject("/api/lessons?q=terminated&category=ESCALATION"
                + "&project=" + scanners.getKey(), JsonNode.class);

        assertThat(found.get("items")).extracting(item -> item.get("whatHappened").asText())
                .contains("The sponsor terminated the project: stopped after a RED status: The warehouses are being "
                        + "outsourced; the rollout is moot.");
    }

    @Test
    void theCrmMigrationsEscalationLessonGivesTheSponsorsReasonForContinuing() {
        Project crm = named("CRM cloud migration");

        assertThat(lessons.findByProjectIdOrderByIdAsc(crm.getId()))
                .filteredOn(lesson -> lesson.getCategory().name().equals("ESCALATION"))
                .extracting(Lesson::getWhatHappened)
                .singleElement().asString().contains("once; the sponsor decided to continue (")
                .containsAnyOf("(Integrations are nearly rebuilt). ", "(Data migration catches up next month). ")
                .endsWith("RED because of SPI 0.77, CPI 0.69.");
    }

    @Test
    void finishedProjectsKpisEndWithTheirUnratedCloseoutMeasurement() {
        for (String name : List.of("Warehouse scanner rollout", "CRM cloud migration")) {
            Project project = named(name);
            JsonNode current = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + project.getKey()
                    + "/kpis", JsonNode.class).get("current");

            assertThat(current.get("closeout").asBoolean()).as(name).isTrue();
            assertThat(current.has("health")).as(name).isFalse();
        }
    }

    @Test
    void finishedProjectsKeepTheDayTheyEndedForCockpitNotTheDayTheDemoRan() {
        for (String name : List.of("Warehouse scanner rollout", "CRM cloud migration")) {
            Project project = named(name);
            String closeoutDay = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + project.getKey()
                    + "/kpis", JsonNode.class).get("current").get("statusDate").asText();
            String instanceId = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(project.getKey()).processDefinitionKey("project-lifecycle")
                    .singleResult().getId();

            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                    .variableName("endedOn").singleResult().getValue()).as(name).isEqualTo(closeoutDay)
                    .isNotEqualTo(LocalDate.now().toString());
        }
    }

    @Test
    void theTerminatedScannerRolloutsReportForecastsNoMoreThanItSpent() {
        Project scanners = named("Warehouse scanner rollout");
        String report = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + scanners.getKey()
                + "/closeout-report", String.class).replaceAll("\\s+", " ");

        Matcher spent = Pattern.compile("<td>Actual cost \\(AC\\)</td><td class=\"number\">(\\$[0-9.,]+)</td>")
                .matcher(report);
        assertThat(spent.find()).as("the actual cost row").isTrue();
        assertThat(report).contains("<td>Estimate at completion (EAC): terminated, no work remains, EAC = AC</td>"
                + "<td class=\"number\">" + spent.group(1) + "</td>")
                .contains("The project was terminated: its open work was cancelled and none remains")
                .contains("<span>" + spent.group(1) + "</span> was spent");
    }

    @Test
    void theTerminatedScannerRolloutsReportSaysWhenByWhomAndWhyItWasTerminated() {
        Project scanners = named("Warehouse scanner rollout");
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(scanners.getKey()).processDefinitionKey("project-lifecycle")
                .singleResult().getId();
        Object terminatedOn = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName("terminatedOn").singleResult().getValue();
        User sponsor = identityService.createUserQuery().userId(scanners.getSponsorId()).singleResult();

        String report = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + scanners.getKey()
                + "/closeout-report", String.class).replaceAll("\\s+", " ");

        assertThat(report).contains("Terminated on " + terminatedOn + " by " + sponsor.getFirstName() + " "
                        + sponsor.getLastName() + " after the RED status of cycle 1: The warehouses are being "
                        + "outsourced; the rollout is moot")
                .contains("<th>Finish</th>")
                .contains("<td class=\"date\">terminated " + terminatedOn + "</td>");
    }

    @Test
    void theClosedCrmMigrationShowsItsChangeDecidedByTheBoardsMembersWeeksBeforeTheProjectClosed() {
        Project crm = named("CRM cloud migration");
        Map<String, LocalDate> logged = new HashMap<>();
        String change = null;
        String implemented = null;
        for (JsonNode entry : rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey()
                + "/change-log", JsonNode.class)) {
            change = entry.get("changeRequestId").asText();
            logged.put(entry.get("event").asText(), Instant.parse(entry.get("at").asText())
                    .atOffset(ZoneOffset.UTC).toLocalDate());
            if ("IMPLEMENTED".equals(entry.get("event").asText())) {
                implemented = entry.get("detail").asText();
            }
        }
        assertThat(logged).containsKeys("SUBMITTED", "VOTED", "APPROVED", "BASELINE_UPDATED", "IMPLEMENTED",
                "CLOSED");
        assertThat(logged.get("APPROVED")).isBefore(logged.get("CLOSED"));
        assertThat(implemented).as("implemented after its window began").doesNotContain("before its window");

        String report = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey()
                + "/closeout-report", String.class).replaceAll("\\s+", " ");
        assertThat(report).contains("<td><span class=\"key\">" + change
                        + "</span>: <span>Rebuild the ERP order feed</span></td>")
                .contains("<td class=\"date\">" + logged.get("SUBMITTED") + "</td> <td class=\"date\">"
                        + logged.get("APPROVED") + "</td> <td>Carla Board, Chen Board</td> <td>Approved</td> "
                        + "<td class=\"number\">+")
                .doesNotContain(">APPROVE<", "APPROVE, ");
    }

    @Test
    void theExecutingProjectHasAStatusReport() {
        Project executing = projects.findAll().stream()
                .collect(Collectors.toMap(Project::getStatus, Function.identity(), (a, b) -> a))
                .get(ProjectStatus.EXECUTING);
        assertThat(rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + executing.getKey() + "/kpis",
                String.class)).contains("\"spi\"");
    }

    @Test
    void theExecutingProjectsTeamHasBookedHoursAndCanBookMoreToday() {
        Project executing = projects.findAll().stream()
                .filter(project -> project.getStatus() == ProjectStatus.EXECUTING).findFirst().orElseThrow();
        String entries = "/api/projects/" + executing.getKey() + "/time-entries";
        assertThat(rest.withBasicAuth("pmo", "pmo").getForObject(entries, String.class))
                .contains("\"workPackage\":\"MOB-2\"", "\"workPackage\":\"MOB-3\"");

        // the reviewer booked on the open security review today already; 8 more hours still fit into their day
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String booking = "{\"workPackage\": \"MOB-6\", \"date\": \"" + LocalDate.now() + "\", \"hours\": 8}";
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(executing.getKey() + ":MOB-6")
                .singleResult();
        String reviewer = review.getAssignee();
        double bookedBefore = (Double) taskService.getVariable(review.getId(), "bookedHours");
        assertThat(bookedBefore).isPositive();
        assertThat(rest.withBasicAuth(reviewer, reviewer).postForEntity(entries, new HttpEntity<>(booking, json),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(taskService.getVariable(review.getId(), "bookedHours")).as("shown on the reviewer's task form")
                .isEqualTo(bookedBefore + 8);
    }

    @Test
    void everyDemoProjectsHoursAreItsTimeEntriesInTheKpisAndTheCloseoutReport() {
        for (Project project : working()) {
            String api = "/api/projects/" + project.getKey();
            BigDecimal entries = BigDecimal.ZERO;
            JsonNode booked = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/time-entries", JsonNode.class);
            for (JsonNode entry : booked) {
                entries = entries.add(entry.get("hours").decimalValue());
            }
            BigDecimal kpis = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/kpis", JsonNode.class)
                    .get("current").get("actualHours").decimalValue();

            assertThat(entries).as(project.getKey() + " booked").isPositive();
            assertThat(kpis).as(project.getKey() + " /kpis").isEqualByComparingTo(entries);
            if (project.getStatus() != ProjectStatus.EXECUTING) {
                String report = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/closeout-report", String.class)
                        .replaceAll("\\s+", " ");
                assertThat(report).as(project.getKey() + " report")
                        .contains("<td>Hours reported</td><td class=\"number\">" + entries.stripTrailingZeros()
                                .toPlainString() + " h</td>");
            }
        }
    }

    @Test
    void everyDemoCharterBudgetsItsPlannedCostWithAReserve() {
        for (Project project : working()) {
            JsonNode current = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + project.getKey()
                    + "/kpis", JsonNode.class).get("current");
            BigDecimal ratio = current.get("approvedBudget").decimalValue()
                    .divide(current.get("budgetAtCompletion").decimalValue(), 4, RoundingMode.HALF_UP);

            assertThat(ratio).as(project.getKey() + ": approved budget / BAC")
                    .isBetween(BigDecimal.ONE, new BigDecimal("1.3"));
        }
    }

    @Test
    void everyEndedDemoProjectSpentNoMoreThanItsApprovedBudget() {
        for (Project project : working()) {
            if (project.getStatus() == ProjectStatus.EXECUTING) {
                continue;
            }
            String api = "/api/projects/" + project.getKey();
            JsonNode current = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/kpis", JsonNode.class)
                    .get("current");
            String report = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/closeout-report", String.class);

            assertThat(current.get("actualCost").decimalValue()).as(project.getKey() + ": actual cost")
                    .isLessThanOrEqualTo(current.get("approvedBudget").decimalValue());
            assertThat(report).as(project.getKey() + " report").doesNotContain("over its approved budget");
        }
    }

    @Test
    void closedProjectsKpisKeepTheReportsOnTimeShareBesideScheduleAdherence() {
        Project portal = named("Customer portal refresh");
        String api = "/api/projects/" + portal.getKey();
        JsonNode current = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/kpis", JsonNode.class).get("current");
        String report = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/closeout-report", String.class)
                .replaceAll("\\s+", " ");

        String onTime = current.get("onTimeShare").decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                + " %";
        String adherence = current.get("scheduleAdherence").decimalValue().movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP) + " %";
        assertThat(report).contains("<td>On-time share: work packages done by their planned finish</td>"
                        + "<td class=\"number\">", "(" + onTime + ")</td>")
                .contains("<td>Schedule adherence: work packages due that are done</td><td class=\"number\">"
                        + adherence + "</td>");
    }

    @Test
    void closedProjectsKpisGiveTheReportsActualFinishAgainstThePlannedOne() {
        Project crm = named("CRM cloud migration");
        String api = "/api/projects/" + crm.getKey();
        JsonNode current = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/kpis", JsonNode.class).get("current");
        String report = rest.withBasicAuth("pmo", "pmo").getForObject(api + "/closeout-report", String.class)
                .replaceAll("\\s+", " ");

        LocalDate planned = LocalDate.parse(current.get("plannedFinish").asText());
        LocalDate actual = LocalDate.parse(current.get("actualFinish").asText());
        assertThat(report).contains("<th>Finish</th> <td class=\"date\">" + planned + "</td> <td class=\"date\">"
                + actual + "</td>");
        assertThat(current.get("finishLateDays").asLong()).isEqualTo(ChronoUnit.DAYS.between(planned, actual))
                .as("the demo's CRM migration finished after its plan").isPositive();
    }

    @Test
    void theShowcasesWeeklySpiMovesAsTheTeamsProgressNotInJumps() {
        Project showcase = named("Mobile ordering app");
        JsonNode cycles = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + showcase.getKey()
                + "/kpis", JsonNode.class).get("history");
        List<BigDecimal> spi = new ArrayList<>();
        cycles.forEach(cycle -> spi.add(cycle.get("spi").decimalValue()));

        assertThat(spi).hasSize(3).allSatisfy(index -> assertThat(index).isBetween(new BigDecimal("0.8"),
                new BigDecimal("1.2")));
        for (int week = 1; week < spi.size(); week++) {
            assertThat(spi.get(week).subtract(spi.get(week - 1)).abs()).as("SPI change in week " + (week + 1))
                    .isLessThan(new BigDecimal("0.15"));
        }
        assertThat(cycles).extracting(cycle -> cycle.get("health").asText()).doesNotContain("RED");
    }

    @Test
    void theCrmMigrationsFirstStatusCycleReadsNoBetterThanItsLateAnalysis() {
        Project crm = named("CRM cloud migration");
        JsonNode first = rest.withBasicAuth("pmo", "pmo").getForObject("/api/projects/" + crm.getKey() + "/kpis",
                JsonNode.class).get("history").get(0);

        assertThat(first.get("spi").decimalValue()).as("SPI of the first cycle: %s", first)
                .isBetween(new BigDecimal("0.85"), new BigDecimal("1.0"));
        assertThat(first.get("cpi").decimalValue()).as("CPI of the first cycle: %s", first)
                .isBetween(new BigDecimal("0.8"), new BigDecimal("1.0"));
    }

    /** The demo projects that did work: the closed, the terminated and the executing ones. */
    private List<Project> working() {
        List<Project> working = projects.findAll().stream()
                .filter(project -> project.getStatus() == ProjectStatus.CLOSED
                        || project.getStatus() == ProjectStatus.TERMINATED
                        || project.getStatus() == ProjectStatus.EXECUTING)
                .toList();
        assertThat(working).hasSize(4);
        return working;
    }

    private Project named(String name) {
        return projects.findAll().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }
}
