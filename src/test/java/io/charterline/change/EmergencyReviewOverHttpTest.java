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
 * so the review after the fact is not offered to ccb2, whose claim is refused (403); an administrator handing it to
 * ccb2 is refused with a 403 that says who reviews it; ccb1 takes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergencyReviewOverHttpTest extends ChangeControlTestSupport {

    @Autowired
    TestRestTemplate rest;

    private ResponseEntity<JsonNode> claim(String user, String taskId) {
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", user), JsonNode.class);
    }

    /** ccb2 approves an emergency change alone and pm implements it: the review after the fact waits. */
    private String emergencyReviewApprovedByCcb2(ProcessInstance[] change) {
        change[0] = requestChange(executingProject(), proposal().type(ChangeType.EMERGENCY).items("T-ERP"));
        runJobs(change[0]);
        decide(task(change[0], "Task_ApproveEmergencyChange"), "ccb2", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "Orders are failing");
        runJobs(change[0]);
        decide(task(change[0], "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed at once");
        return task(change[0], "Task_ReviewEmergencyChange").getId();
    }

    @Test
    void theEmergencyApproverIsNotOfferedTheReviewAndAnotherBoardMemberClaimsIt() {
        ProcessInstance[] change = new ProcessInstance[1];
        String review = emergencyReviewApprovedByCcb2(change);

        ResponseEntity<JsonNode> refused = claim("ccb2", review);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task(change[0], "Task_ReviewEmergencyChange").getAssignee()).isNull();
        assertThat(claim("ccb1", review).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task(change[0], "Task_ReviewEmergencyChange").getAssignee()).isEqualTo("ccb1");
    }

    @Test
    void anAdministratorCannotHandTheReviewToTheEmergencyApproverEither() {
        ProcessInstance[] change = new ProcessInstance[1];
        String review = emergencyReviewApprovedByCcb2(change);

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/task/"
                + review + "/assignee", Map.of("userId", "ccb2"), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").asText())
                .isEqualTo("ccb2 approved this emergency change; another board member reviews it");
        assertThat(refused.getBody().get("title").asText()).as("a problem, as our API answers").isEqualTo("Forbidden");
        assertThat(task(change[0], "Task_ReviewEmergencyChange").getAssignee()).isNull();
    }

    @Test
    void theEmergencyApproverIsRefusedTheReviewWith403InTasklistToo() {
        ProcessInstance[] change = new ProcessInstance[1];
        String review = emergencyReviewApprovedByCcb2(change);
        WebappSession tasklist = WebappSession.login(rest, "ccb2", "tasklist");

        ResponseEntity<String> refused = tasklist.post("/camunda/api/engine/engine/default/task/" + review
                + "/claim", "{\"userId\":\"ccb2\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task(change[0], "Task_ReviewEmergencyChange").getAssignee()).isNull();
    }
}
