package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.support.CharterlineWebTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Claiming, handing back and completing a group task of the change control board (ccb1..ccb3), through engine-rest
 * and through Tasklist's engine API, as the board's members and an administrator do it.
 */
@CharterlineWebTest
class TaskClaimsTest {

    private static final String UNKNOWN_TASK = "00000000-0000-0000-0000-000000000000";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    private final List<String> tasks = new ArrayList<>();

    @AfterEach
    void deleteTasks() {
        tasks.stream().filter(id -> taskService.createTaskQuery().taskId(id).count() > 0)
                .forEach(id -> taskService.deleteTask(id, true));
    }

    /** A task for the board as a whole, as the emergency approval is. */
    private String boardTask() {
        Task task = taskService.newTask();
        task.setName("Approve emergency change");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "ccb");
        tasks.add(task.getId());
        return task.getId();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest" + path, new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> claim(String user, String taskId) {
        return post(user, "/task/" + taskId + "/claim", Map.of("userId", user));
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void completingATaskThatDoesNotExistIsNotFoundNamingTheTask() {
        Map<String, Object> withVariables = Map.of("variables", Map.of("x", Map.of("value", 1)));
        for (var request : List.of(Map.entry("/complete", withVariables), Map.entry("/complete", Map.of()),
                Map.entry("/submit-form", withVariables))) {
            ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm").postForEntity("/engine-rest/task/"
                    + UNKNOWN_TASK + request.getKey(), request.getValue(), JsonNode.class);

            assertThat(response.getStatusCode()).as(request.toString()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody().get("message").asText()).as(request.toString())
                    .isEqualTo("No task " + UNKNOWN_TASK + "; it may have been completed already.");
        }
    }

    @Test
    void completingATaskASecondTimeIsNotFound() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("ccb1", "/task/" + task + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> again = post("ccb1", "/task/" + task + "/complete", Map.of());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody()).contains("No task " + task);
    }

    @Test
    void aClaimWithABodyOverOneMegabyteIsRefusedNamingTheLimit() {
        String task = boardTask();

        ResponseEntity<String> response = post("ccb1", "/task/" + task + "/claim", overOneMegabyte("ccb1"));

        assertTooLarge(response);
        assertThat(assignee(task)).isNull();
    }

    @Test
    void aCompletionWithABodyOverOneMegabyteIsRefusedNamingTheLimit() {
        String task = boardTask();

        ResponseEntity<String> response = post("ccb1", "/task/" + task + "/complete", overOneMegabyte("ccb1"));

        assertTooLarge(response);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    /** Under the 5 MB of any request body, over the 1 MB the guards read of a task's. */
    private static String overOneMegabyte(String user) {
        return "{\"userId\":\"" + user + "\",\"variables\":{\"note\":{\"value\":\""
                + "x".repeat(ExpressionQueryGuard.MAX_QUERY_BODY) + "\"}}}";
    }

    private static void assertTooLarge(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).contains("\"type\":\"" + ProblemTypes.PAYLOAD_TOO_LARGE.type() + "\"")
                .contains("\"detail\":\"The request body has more than 1048576 bytes; it must be at most 1 MB "
                        + "(1048576 bytes). Nothing was stored.\"");
    }

    @Test
    void claimingATaskSomeoneElseClaimedIsAConflictNamingThem() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> response = claim("ccb2", task);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).contains("is already claimed by ccb1; ask them to unclaim it")
                .contains("\"type\":\"" + ProblemTypes.CONFLICT.type() + "\"");
        assertThat(assignee(task)).isEqualTo("ccb1");
    }

    @Test
    void anotherMemberOfTheGroupCannotCompleteATaskClaimedBySomeoneElse() {
        String task = boardTask();
        assertThat(claim("ccb2", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> response = post("ccb3", "/task/" + task + "/complete", Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("is claimed by ccb2; only they may complete it. Ask them to unclaim");
        assertThat(assignee(task)).isEqualTo("ccb2");
        assertThat(post("ccb2", "/task/" + task + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void anotherMemberOfTheGroupCannotCompleteAClaimedTaskInTasklistEither() {
        String task = boardTask();
        assertThat(claim("ccb2", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        CamundaAdvisoriesTest.WebappSession tasklist = CamundaAdvisoriesTest.WebappSession.login(rest, "ccb3",
                "tasklist");

        ResponseEntity<String> response = tasklist.post("/camunda/api/engine/engine/default/task/" + task
                + "/submit-form", "{\"variables\":{}}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("is claimed by ccb2");
        assertThat(assignee(task)).isEqualTo("ccb2");
    }

    @Test
    void anAdministratorMayCompleteATaskSomeoneClaimed() {
        String task = boardTask();
        assertThat(claim("ccb2", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(post("admin", "/task/" + task + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void theMemberWhoClaimedAGroupTaskHandsItBackAndAnotherMemberTakesIt() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> response = post("ccb1", "/task/" + task + "/unclaim", Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee(task)).isNull();
        assertThat(claim("ccb2", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theMemberWhoClaimedAGroupTaskHandsItBackInTasklist() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        CamundaAdvisoriesTest.WebappSession tasklist = CamundaAdvisoriesTest.WebappSession.login(rest, "ccb1",
                "tasklist");

        ResponseEntity<String> response = tasklist.post("/camunda/api/engine/engine/default/task/" + task
                + "/unclaim", "{}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee(task)).isNull();
    }

    @Test
    void aMemberCannotUnclaimATaskSomeoneElseClaimed() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(post("ccb2", "/task/" + task + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignee(task)).isEqualTo("ccb1");
    }

    @Test
    void theMemberWhoClaimedAGroupTaskStillCannotSetItsVariables() {
        String task = boardTask();
        assertThat(claim("ccb1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> response = post("ccb1", "/task/" + task + "/variables",
                Map.of("modifications", Map.of("changeDecision", Map.of("value", "APPROVE"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.getVariables(task)).isEmpty();
    }
}
