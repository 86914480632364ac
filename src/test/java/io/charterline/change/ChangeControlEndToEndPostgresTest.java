package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.charter.CharterInput;
import io.charterline.demo.ProjectDriver;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.PostgresSpringTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The whole story on PostgreSQL: a project is chartered, scoped, planned and approved into execution; a change to
 * the online shop (a CRITICAL service nobody depends on, so exactly one critical service is affected) goes to the
 * change control board, two of three members approve through engine-rest, and baseline v2 appears with its diff.
 */
@PostgresSpringTest
class ChangeControlEndToEndPostgresTest {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Design checkout,160,JAVA,2,
            WP-2,Build checkout,240,JAVA,2,WP-1
            WP-3,Test checkout,80,TESTING,2,WP-2
            """;

    @Autowired
    ProjectDriver driver;

    @Autowired
    ProjectRepository projects;

    @Autowired
    TestRestTemplate rest;

    @Test
    void changeToACriticalServiceIsApprovedByTheBoardAndBecomesBaselineVersionTwo() {
        String projectKey = projectInExecution();

        Map<String, Object> change = changeToTheShop(projectKey);
        ResponseEntity<Map<String, Object>> submitted = exchange("requester", HttpMethod.POST,
                "/api/projects/" + projectKey + "/change-requests", change);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String changeId = (String) submitted.getBody().get("id");
        driver.runPendingJobs(projectKey);

        assertThat(get("pmo", "/api/change-requests/" + changeId).getBody())
                .containsEntry("approvalRoute", "CCB").containsEntry("analysedBaselineVersion", 1);
        vote("ccb1", changeId, "APPROVE");
        vote("ccb2", changeId, "APPROVE");
        driver.runPendingJobs(projectKey);

        Map<String, Object> v2 = get("pm", "/api/projects/" + projectKey + "/baselines/2").getBody();
        assertThat(v2).containsEntry("status", "APPROVED").containsEntry("changeRequestId", changeId);
        Map<String, Object> diff = map(v2.get("diff"));
        assertThat(diff).containsEntry("previousVersion", 1);
        assertThat(list(diff.get("added"))).extracting(p -> map(p).get("code")).containsExactly("WP-4");
        assertThat(list(diff.get("removed"))).isEmpty();
        Map<String, Object> modified = map(list(diff.get("modified")).get(0));
        assertThat(modified).containsEntry("code", "WP-3");
        assertThat(map(map(modified.get("changes")).get("estimateHours")))
                .containsEntry("oldValue", 80.0).containsEntry("newValue", 96.0);
        // WP-4 adds 16 h JAVA (110) and WP-3 16 h TESTING (85): 1,760 + 1,360 on a budget at completion of
        // 400 h x 110 + 80 h x 85 = 50,800: 6.14 %, below the 10 % that would make it a major change
        assertThat(new BigDecimal(diff.get("budgetAtCompletionDelta").toString())).isEqualByComparingTo("3120");
        List<Map<String, Object>> versions = listOf(rest.withBasicAuth("pm", "pm").exchange(
                "/api/projects/" + projectKey + "/baselines", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody());
        assertThat(versions).extracting(v -> v.get("version") + " " + v.get("status"))
                .containsExactly("1 SUPERSEDED", "2 APPROVED");

        List<Map<String, Object>> story = listOf(rest.withBasicAuth("pm", "pm").exchange(
                "/api/projects/" + projectKey + "/change-log", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody());
        assertThat(story).extracting(entry -> (String) entry.get("event")).containsExactly("SUBMITTED", "ANALYSED",
                "CLASSIFIED", "VOTED", "VOTED", "APPROVED", "SCHEDULED", "BASELINE_UPDATED",
                "WORK_PACKAGES_UPDATED");
    }

    @Test
    void unknownBaselineVersionAndUnknownProjectAreNotFound() {
        String projectKey = driver.start("requester", charter());

        assertThat(get("pm", "/api/projects/" + projectKey + "/baselines/7").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("pm", "/api/projects/PRJ-1999-0001/baselines").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String projectInExecution() {
        String projectKey = driver.start("requester", charter());
        driver.runPendingJobs(projectKey);
        driver.complete(projectKey, "Task_ReviewCharter", "sponsor", Map.of(LifecycleVariables.CHARTER_DECISION,
                "APPROVE", LifecycleVariables.CHARTER_COMMENT, "Go"));
        driver.runPendingJobs(projectKey);
        driver.complete(projectKey, "Task_PrepareScopeStatement", "pm", Map.of(LifecycleVariables.IN_SCOPE,
                "Checkout", LifecycleVariables.OUT_OF_SCOPE, "Payments", LifecycleVariables.DELIVERABLES,
                "New checkout", LifecycleVariables.ACCEPTANCE_CRITERIA, "Orders go through"));
        driver.runPendingJobs(projectKey);
        driver.complete(projectKey, "Task_PlanWork", "pm", Map.of(LifecycleVariables.WORK_PACKAGES_CSV, PLAN_CSV));
        driver.runPendingJobs(projectKey);
        if (!driver.openTasks(projectKey, "Task_ResolveResourceGap").isEmpty()) {
            driver.complete(projectKey, "Task_ResolveResourceGap", "pmo", Map.of(LifecycleVariables.GAP_DECISION,
                    "ASSIGN", LifecycleVariables.MANUAL_ASSIGNMENTS, "WP-1=dev1\nWP-2=dev1\nWP-3=dev1"));
            driver.runPendingJobs(projectKey);
        }
        driver.complete(projectKey, "Task_ApprovePlan", "pmo", Map.of(LifecycleVariables.PLAN_DECISION, "APPROVE",
                LifecycleVariables.PLAN_COMMENT, "Fine"));
        driver.runPendingJobs(projectKey);
        if (!driver.openTasks(projectKey, "Task_SponsorApprovePlan").isEmpty()) {
            driver.complete(projectKey, "Task_SponsorApprovePlan", "sponsor", Map.of(
                    LifecycleVariables.PLAN_DECISION, "APPROVE", LifecycleVariables.PLAN_COMMENT, "Signed"));
            driver.runPendingJobs(projectKey);
        }
        assertThat(projects.findByKey(projectKey).orElseThrow().getStatus()).isEqualTo(ProjectStatus.EXECUTING);
        return projectKey;
    }

    private static CharterInput charter() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new CharterInput("Checkout renewal", "Renew the checkout of the online shop",
                "The old checkout loses orders", "sponsor", "pm", new BigDecimal("80000"), start,
                start.plusDays(120), List.of(), false);
    }

    /**
     * Adds WP-4 after WP-2 and gives WP-3 two more days, on ECOMMERCE, in the first Tuesday 02:00-03:00 window
     * (its maintenance window) whose preview shows no window conflict, e.g. with a freeze.
     */
    private Map<String, Object> changeToTheShop(String projectKey) {
        Instant tuesday = LocalDate.now(ZoneOffset.UTC).plusDays(14).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .atTime(2, 0).toInstant(ZoneOffset.UTC);
        for (int week = 0; week < 20; week++) {
            Instant start = tuesday.plus(7L * week, ChronoUnit.DAYS);
            Map<String, Object> body = new HashMap<>();
            body.put("title", "Fraud check in the checkout");
            body.put("description", "Screen orders before payment");
            body.put("reason", "Chargebacks doubled this quarter");
            body.put("requestedType", "NORMAL");
            body.put("workPackageChanges", List.of(
                    Map.of("action", "ADD", "code", "WP-4", "name", "Fraud check", "estimateHours", 16,
                            "skill", "JAVA", "skillLevel", 2, "predecessors", List.of("WP-2")),
                    Map.of("action", "MODIFY", "code", "WP-3", "estimateHours", 96)));
            body.put("affectedItems", List.of("ECOMMERCE"));
            body.put("windowStart", start.toString());
            body.put("windowEnd", start.plus(1, ChronoUnit.HOURS).toString());
            Map<String, Object> preview = exchange("requester", HttpMethod.POST,
                    "/api/projects/" + projectKey + "/change-requests/impact-preview", body).getBody();
            if (list(map(preview.get("impact")).get("windowConflicts")).isEmpty()) {
                assertThat(preview).containsEntry("approvalRoute", "CCB");
                return body;
            }
        }
        throw new IllegalStateException("No conflict-free Tuesday window for ECOMMERCE in 20 weeks");
    }

    private void vote(String member, String changeId, String vote) {
        List<Map<String, Object>> tasks = listOf(rest.withBasicAuth(member, member).exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + changeId
                        + "&taskDefinitionKey=Task_VoteOnChange&assignee=" + member,
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody());
        assertThat(tasks).hasSize(1);
        String taskId = (String) tasks.get(0).get("id");
        assertThat(exchange(member, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", member)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> variables = Map.of("variables", Map.of(
                ChangeControlVariables.VOTE, Map.of("value", vote),
                ChangeControlVariables.VOTE_REASON, Map.of("value", "Worth the risk")));
        ResponseEntity<Map<String, Object>> completed = exchange(member, HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/complete", variables);
        assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isIn(HttpStatus.NO_CONTENT,
                HttpStatus.OK);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<Map<String, Object>> listOf(List<Map<String, Object>> value) {
        return value;
    }
}
