package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Withdrawing a change request and listing a project's change requests over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChangeWithdrawalApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    private Project project;

    @BeforeEach
    void executingProjectWithItsLifecycle() {
        if (configurationItems.findByKey("T-CRM").isEmpty()) {
            configurationItems.save(new ConfigurationItem("T-CRM", "Customer relationship management",
                    Criticality.CRITICAL));
        }
        project = ExecutingProjects.saved(transactions, projects, businessKeys, "Order entry renewal",
                new BigDecimal("100000"));
        ExecutingProjects.lifecycleInExecution(runtimeService, project);
    }

    /** A change to a critical service, requested by 'requester', analysed and waiting for the board's votes. */
    private String changeAwaitingTheBoard(String title) {
        Instant start = ChangeControlTestSupport.quietWindowStart();
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Export orders to the data warehouse");
        body.put("reason", "Controlling needs daily figures");
        body.put("requestedType", "NORMAL");
        body.put("budgetChange", 2000);
        body.put("affectedItems", List.of("T-CRM"));
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plus(4, ChronoUnit.HOURS).toString());
        String id = (String) post("requester", "/api/projects/" + project.getKey() + "/change-requests", body)
                .getBody().get("id");
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY).singleResult().getId();
        managementService.createJobQuery().processInstanceId(instanceId).list()
                .forEach(job -> managementService.executeJob(job.getId()));
        return id;
    }

    private List<Task> openTasks(String changeRequestId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(changeRequestId).list();
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> withdraw(String user, String changeRequestId, Object body) {
        return post(user, "/api/change-requests/" + changeRequestId + "/withdrawal", body);
    }

    private String status(String changeRequestId) {
        return (String) rest.withBasicAuth("sponsor", "sponsor").exchange("/api/change-requests/" + changeRequestId,
                HttpMethod.GET, null, JSON).getBody().get("status");
    }

    @Test
    void requesterWithdrawsAChangeWaitingForTheBoardAndTheLogSaysWhy() {
        String id = changeAwaitingTheBoard("Add export of orders");
        assertThat(openTasks(id)).hasSize(3);

        ResponseEntity<Map<String, Object>> response = withdraw("requester", id,
                Map.of("reason", "The warehouse team builds the export themselves"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(openTasks(id)).isEmpty();
        List<Map<String, Object>> log = rest.withBasicAuth("requester", "requester").exchange(
                "/api/projects/" + project.getKey() + "/change-log", HttpMethod.GET, null, JSON_LIST).getBody();
        assertThat(log.get(log.size() - 1)).containsEntry("event", "WITHDRAWN").containsEntry("actor", "requester")
                .containsEntry("detail", "withdrawn before its decision: The warehouse team builds the export "
                        + "themselves");
    }

    @Test
    void projectManagerMayWithdrawSomeoneElsesChange() {
        String id = changeAwaitingTheBoard("Add export of orders");

        assertThat(withdraw("pm", id, Map.of("reason", "Covered by the re-plan")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void anyoneElseIsForbiddenAndToldWhoMay() {
        String id = changeAwaitingTheBoard("Add export of orders");

        ResponseEntity<Map<String, Object>> response = withdraw("sponsor", id, Map.of("reason", "Not needed"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) response.getBody().get("detail")).contains("Only the requester of " + id
                + " (requester) or the project manager of " + project.getKey() + " (pm) may withdraw it");
        assertThat(status(id)).isEqualTo("ANALYSED");
        assertThat(openTasks(id)).hasSize(3);
    }

    @Test
    void unknownChangeRequestIsNotFound() {
        assertThat(withdraw("requester", "CR-1999-0001", Map.of("reason", "Not needed")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void decidedChangeIsAConflictThatSaysWhy() {
        String id = changeAwaitingTheBoard("Add export of orders");
        for (String member : List.of("ccb1", "ccb2")) {
            Task vote = taskService.createTaskQuery().processInstanceBusinessKey(id).taskAssignee(member)
                    .singleResult();
            taskService.complete(vote.getId(), Map.of(ChangeControlVariables.VOTE, "REJECT",
                    ChangeControlVariables.VOTE_REASON, "Peak season"));
        }
        assertThat(status(id)).isEqualTo("REJECTED");

        ResponseEntity<Map<String, Object>> response = withdraw("requester", id, Map.of("reason", "Not needed"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("detail"))
                .contains(id + " is REJECTED: only a change not yet decided (SUBMITTED or ANALYSED) can be withdrawn");
        assertThat(status(id)).isEqualTo("REJECTED");
    }

    @Test
    void withdrawalWithoutAReasonIsRefusedNamingTheFieldAndChangesNothing() {
        String id = changeAwaitingTheBoard("Add export of orders");

        for (Object body : List.of(Map.of(), Map.of("reason", "  "), Map.of("reason", "x".repeat(2001)),
                Map.of("reason", List.of("Not", "needed")))) {
            ResponseEntity<Map<String, Object>> response = withdraw("requester", id, body);

            assertThat(response.getStatusCode()).as("%s", body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().toString()).as("%s", body).contains("reason");
        }
        assertThat(status(id)).isEqualTo("ANALYSED");
        assertThat(openTasks(id)).hasSize(3);
    }

    @Test
    void withdrawalWithANumberForItsReasonIsRefusedNamingTheReasonAndTheChangeStaysOpen() {
        String id = changeAwaitingTheBoard("Add export of orders");

        ResponseEntity<Map<String, Object>> response = withdraw("requester", id, Map.of("reason", 5));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors"))
                .isEqualTo(List.of(Map.of("field", "reason", "message", "must be text, not 5")));
        assertThat(status(id)).isEqualTo("ANALYSED");
        assertThat(openTasks(id)).hasSize(3);
    }

    @Test
    void projectsChangeRequestsAreListedOldestFirstWithStatusRequesterAndRoute() {
        String first = changeAwaitingTheBoard("Add export of orders");
        String second = changeAwaitingTheBoard("Add import of returns");
        withdraw("requester", second, Map.of("reason", "Not needed"));

        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("ccb1", "ccb1").exchange(
                "/api/projects/" + project.getKey() + "/change-requests", HttpMethod.GET, null, JSON_LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).extracting(item -> item.get("id"), item -> item.get("title"),
                        item -> item.get("status"), item -> item.get("requester"), item -> item.get("route"))
                .containsExactly(
                        tuple(first, "Add export of orders", "ANALYSED", "requester",
                                "CCB"),
                        tuple(second, "Add import of returns", "WITHDRAWN", "requester",
                                "CCB"));
        assertThat(response.getBody().get(0)).containsKeys("submittedAt", "updatedAt");
    }

    @Test
    void openApiDescribesTheWithdrawalAndTheListWithTheirAnswers() {
        JsonNode paths = rest.withBasicAuth("pm", "pm").getForObject("/v3/api-docs", JsonNode.class).path("paths");

        JsonNode withdrawal = paths.path("/api/change-requests/{id}/withdrawal").path("post");
        assertThat(withdrawal.path("responses").fieldNames()).toIterable()
                .contains("204", "400", "403", "404", "409").doesNotContain("200");
        assertThat(withdrawal.path("summary").asText()).contains("not yet decided");
        JsonNode list = paths.path("/api/projects/{key}/change-requests").path("get");
        assertThat(list.path("responses").fieldNames()).toIterable().contains("200", "404");
    }

    @Test
    void changeRequestsOfAnUnknownProjectAreNotFound() {
        assertThat(rest.withBasicAuth("requester", "requester").exchange("/api/projects/PRJ-1999-0001/change-requests",
                HttpMethod.GET, null, JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
