package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.PostgresSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A project from charter to closed on PostgreSQL, only through HTTP and only as the people who own each step:
 * our API for the charter and the plan upload, engine-rest for every task, as Tasklist would do it.
 */
@PostgresSpringTest
class LifecycleOnPostgresEndToEndTest {

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Build order service,24,JAVA,2,WP-1
            """;

    @Autowired
    TestRestTemplate rest;

    @Test
    void projectGoesFromCharterToClosedThroughTheApiAsItsPeople() {
        LocalDate start = LocalDate.now().plusWeeks(2);
        ResponseEntity<JsonNode> created = as("requester").postForEntity("/api/projects", Map.of(
                "name", "Order entry renewal", "objectives", "Cut order handling time by 30 %",
                "businessCase", "Support for the old system ends", "sponsor", "sponsor", "projectManager", "pm",
                "budget", 120000, "targetStart", start.toString(), "targetEnd", start.plusMonths(4).toString(),
                "relatedServices", List.of("CRM"), "strategic", false), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String key = created.getBody().get("key").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/projects/" + key);

        completeTask("sponsor", key, "Task_ReviewCharter", Map.of("charterDecision", "APPROVE"));
        completeTask("pm", key, "Task_PrepareScopeStatement", Map.of("inScope", "Order entry",
                "outOfScope", "Invoicing", "deliverables", "New order UI", "acceptanceCriteria", "Orders in 2 min"));
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(as("pm").postForEntity("/api/projects/" + key + "/work-packages", new HttpEntity<>(PLAN, csv),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        completeTask("pm", key, "Task_PlanWork", Map.of("workPackagesCsv", ""));
        claimAndComplete("pmo", key, "Task_ApprovePlan", Map.of("planDecision", "APPROVE"));
        assertThat(project(key).get("status").asText()).isEqualTo("EXECUTING");

        finishWorkPackage(key, "WP-1", 18);
        finishWorkPackage(key, "WP-2", 22);
        assertThat(as("pm").getForObject("/api/projects/" + key + "/work-packages", String.class))
                .contains("\"DONE\"").doesNotContain("\"READY\"");

        completeTask("sponsor", key, "Task_AcceptDeliverables", Map.of("acceptanceDecision", "ACCEPT",
                "gateLessons", "Test the order screens with real clerks"));
        runJobsOf(key);

        assertThat(project(key).get("status").asText()).isEqualTo("CLOSED");
        assertThat(as("pmo").getForEntity("/api/projects/" + key + "/closeout-report", String.class).getBody())
                .contains("Order entry renewal").contains("Test the order screens with real clerks");
        JsonNode history = as("admin").getForObject(
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key, JsonNode.class);
        assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user);
    }

    private JsonNode project(String key) {
        return as("pmo").getForObject("/api/projects/" + key, JsonNode.class);
    }

    private String openTaskId(String user, String key, String taskDefinitionKey) {
        JsonNode tasks = as("admin").getForObject("/engine-rest/task?processInstanceBusinessKey=" + key
                + "&taskDefinitionKey=" + taskDefinitionKey, JsonNode.class);
        assertThat(tasks).as("open %s of %s", taskDefinitionKey, key).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private void completeTask(String user, String key, String taskDefinitionKey, Map<String, Object> variables) {
        ResponseEntity<String> response = completeAs(user, openTaskId(user, key, taskDefinitionKey), variables);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskDefinitionKey, response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void claimAndComplete(String user, String key, String taskDefinitionKey, Map<String, Object> variables) {
        String taskId = openTaskId(user, key, taskDefinitionKey);
        assertThat(as(user).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(completeAs(user, taskId, variables).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<String> completeAs(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> body = Map.of("variables", variables.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
        return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);
    }

    /** The work package's task goes to whoever the assignment chose; that person completes it. */
    private void finishWorkPackage(String key, String code, int hours) {
        JsonNode task = as("admin").getForObject("/engine-rest/task?processInstanceBusinessKey=" + key + ":" + code,
                JsonNode.class).get(0);
        String assignee = task.get("assignee").asText();
        ResponseEntity<String> done = completeAs(assignee, task.get("id").asText(),
                Map.of("actualHours", hours, "completionNote", "Done"));
        assertThat(done.getStatusCode()).as("%s completes %s: %s", assignee, code, done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        runJobsOf(key + ":" + code);
    }

    private void runJobsOf(String businessKey) {
        JsonNode instances = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + businessKey,
                JsonNode.class);
        for (JsonNode instance : instances) {
            JsonNode jobs;
            while (!(jobs = as("admin").getForObject("/engine-rest/job?processInstanceId="
                    + instance.get("id").asText() + "&messages=true", JsonNode.class)).isEmpty()) {
                for (JsonNode job : jobs) {
                    assertThat(as("admin").postForEntity("/engine-rest/job/" + job.get("id").asText() + "/execute",
                            null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
                }
            }
        }
    }
}
