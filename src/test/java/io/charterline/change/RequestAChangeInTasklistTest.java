package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Request a change" as Tasklist starts it: engine-rest's submit-form of the start form, by the logged-in user.
 * A refusal's message is what Tasklist shows after "The process could not be started.".
 */
@CharterlineWebTest
class RequestAChangeInTasklistTest {

    private static final String SUBMIT_FORM = "/engine-rest/process-definition/key/change-request-intake/submit-form";

    @Autowired
    TestRestTemplate rest;

    private ProjectsOverHttp projects;

    @BeforeEach
    void client() {
        projects = new ProjectsOverHttp(rest);
    }

    private static Map<String, Object> form(String projectKey) {
        Instant start = ChangeControlTestSupport.quietWindowStart();
        Map<String, Object> form = new HashMap<>();
        form.put("projectKey", projectKey);
        form.put("title", "Second tester");
        form.put("description", "A second tester for the acceptance tests");
        form.put("reason", "The acceptance tests are late");
        form.put("requestedType", "NORMAL");
        form.put("budgetChange", 1500);
        form.put("windowStart", start.toString());
        form.put("windowEnd", start.plus(2, ChronoUnit.HOURS).toString());
        return form;
    }

    @Test
    void aTeamMemberRaisesAChangeAsThemselvesWhateverRequesterTheFormCarries() {
        String project = projects.executing("Tasklist change: team member");
        Map<String, Object> form = form(project);
        form.put("requester", "sponsor");

        ResponseEntity<JsonNode> started = projects.as("dev2").postForEntity(SUBMIT_FORM,
                ProjectsOverHttp.variables(form), JsonNode.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String changeRequestId = started.getBody().get("businessKey").asText();
        JsonNode changeRequest = projects.as("dev2").getForObject("/api/change-requests/" + changeRequestId,
                JsonNode.class);
        assertThat(changeRequest.get("projectKey").asText()).isEqualTo(project);
        assertThat(changeRequest.get("requester").asText()).isEqualTo("dev2");
        assertThat(projects.as("pmo").getForObject("/engine-rest/process-instance/count?processDefinitionKey="
                + "change-control&businessKey=" + changeRequestId, JsonNode.class).get("count").asInt()).isOne();
    }

    @Test
    void aBadFormIsRefusedWithEveryBadFieldNamedAndNothingStored() {
        String project = projects.executing("Tasklist change: refused");
        Map<String, Object> form = form(project);
        form.remove("reason");
        form.put("windowEnd", form.get("windowStart"));

        ResponseEntity<JsonNode> refused = projects.as("requester").postForEntity(SUBMIT_FORM,
                ProjectsOverHttp.variables(form), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).startsWith("Invalid change request: ")
                .contains("Reason is required", "Window end (date) must be after the window start");
        assertThat(projects.as("pmo").getForObject("/api/projects/" + project + "/change-log", JsonNode.class))
                .isEmpty();
    }

    @Test
    void whoMayNotRequestChangesCannotStartIt() {
        String project = projects.executing("Tasklist change: process owner");

        ResponseEntity<JsonNode> refused = projects.as("owner").postForEntity(SUBMIT_FORM,
                ProjectsOverHttp.variables(form(project)), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.as("pmo").getForObject("/api/projects/" + project + "/change-log", JsonNode.class))
                .isEmpty();
    }
}
