package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Whoever works a task changes the process only through the task's form. */
@CharterlineWebTest
class TaskCompletionFieldsTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aCompletionThatSetsWhatTheFormDoesNotHaveIsRefusedAndTheTaskStaysOpen() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.chartering("Fields: extra variable");
        String review = projects.openTask(key, "Task_ReviewCharter").get("id").asText();

        ResponseEntity<String> response = projects.complete("sponsor", review, Map.of(
                "charterDecision", "APPROVE", "governanceTier", 3, "planGateApproval", "NONE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(response.getHeaders().getContentType())).isTrue();
        assertThat(response.getBody()).contains("Not fields of this task's form")
                .contains("\"type\":\"/problems/invalid-input\"")
                .contains("{\"field\":\"governanceTier\",\"message\":\"is not a field of this task's form\"}")
                .contains("{\"field\":\"planGateApproval\",\"message\":\"is not a field of this task's form\"}");
        assertThat(projects.openTask(key, "Task_ReviewCharter").get("id").asText()).isEqualTo(review);
        assertThat(projects.complete("sponsor", review, Map.of("charterDecision", "APPROVE")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theAssigneeCannotSetVariablesOutsideACompletion() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.chartering("Fields: variables endpoint");
        String review = projects.openTask(key, "Task_ReviewCharter").get("id").asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = projects.as("sponsor").postForEntity("/engine-rest/task/" + review
                        + "/variables", new HttpEntity<>(Map.of("modifications",
                        Map.of("sponsor", Map.of("value", "pmo"))), headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String lifecycle = projects.openTask(key, "Task_ReviewCharter").get("processInstanceId").asText();
        assertThat(runtimeService.getVariable(lifecycle, "sponsor")).isEqualTo("sponsor");
    }
}
