package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import io.charterline.platform.security.CamundaAdvisoriesTest.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The check on a one-person emergency approval, as Tasklist and engine-rest callers meet it: ccb2 approves alone,
 * so claiming the review after the fact is refused to ccb2 with a 403 that says who reviews it, and ccb1 takes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergencyReviewOverHttpTest extends ChangeControlTestSupport {

    @Autowired
    TestRestTemplate rest;

    private ResponseEntity<JsonNode> claim(String user, String taskId) {
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", user), JsonNode.class);
    }

    @Test
    void theEmergencyApproverIsRefusedTheReviewWith403AndAnotherBoardMemberClaimsIt() {
        ProcessInstance change = requestChange(executingProject(), proposal().type(ChangeType.EMERGENCY)
                .items("T-ERP"));
        runJobs(change);
        decide(task(change, "Task_ApproveEmergencyChange"), "ccb2", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed at once");
        String review = task(change, "Task_ReviewEmergencyChange").getId();

        ResponseEntity<JsonNode> refused = claim("ccb2", review);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").asText())
                .isEqualTo("ccb2 approved this emergency change; another board member reviews it");
        assertThat(refused.getBody().get("title").asText()).as("a problem, as our API answers").isEqualTo("Forbidden");
        assertThat(task(change, "Task_ReviewEmergencyChange").getAssignee()).isNull();
        assertThat(claim("ccb1", review).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task(change, "Task_ReviewEmergencyChange").getAssignee()).isEqualTo("ccb1");
    }

    @Test
    void theEmergencyApproverIsRefusedTheReviewWith403InTasklistToo() {
        ProcessInstance change = requestChange(executingProject(), proposal().type(ChangeType.EMERGENCY)
                .items("T-ERP"));
        runJobs(change);
        decide(task(change, "Task_ApproveEmergencyChange"), "ccb2", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        runJobs(change);
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed at once");
        String review = task(change, "Task_ReviewEmergencyChange").getId();
        WebappSession tasklist = WebappSession.login(rest, "ccb2", "tasklist");

        ResponseEntity<String> refused = tasklist.post("/camunda/api/engine/engine/default/task/" + review
                + "/claim", "{\"userId\":\"ccb2\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("ccb2 approved this emergency change; another board member reviews it");
        assertThat(task(change, "Task_ReviewEmergencyChange").getAssignee()).isNull();
    }
}
