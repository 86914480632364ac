package io.charterline.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
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
 * Tasklist shows each task's project and change (the shared filters' variables) to the people of the task, and
 * opens its process instance for them, without letting a team member read the projects they have no task in.
 * Lists the filters as Tasklist does: {@code POST filter/{id}/list} with HAL, which embeds the variables.
 */
@CharterlineWebTest
class TasklistCaseVisibilityTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    FilterService filterService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    CaseReadForTaskPeople caseRead;

    @Autowired
    ManagementService managementService;

    private final List<String> startedHere = new ArrayList<>();

    @AfterEach
    void deleteInstancesStartedHere() {
        startedHere.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test over", true, true));
    }

    @Test
    void theProjectManagerSeesTheProjectOfTheirTaskInTasklist() {
        String key = new ProjectsOverHttp(rest).planning("Tasklist visibility for the PM");

        JsonNode task = taskIn(list("pm", "My tasks"), key);

        assertThat(variable(task, "projectKey")).isEqualTo(key);
        assertThat(variable(task, "projectName")).isEqualTo("Tasklist visibility for the PM");
        assertThat(processInstance("pm", task.get("processInstanceId").asText()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void boardMembersSeeTheProjectAndChangeOfAnOfferedGroupTask() {
        String instance = startChange("PRJ-2026-9101", "CR-2026-9101", "Task_ApproveEmergencyChange");

        JsonNode task = taskIn(list("ccb1", "My groups' tasks"), "PRJ-2026-9101");

        assertThat(variable(task, "changeRequestId")).isEqualTo("CR-2026-9101");
        assertThat(processInstance("ccb2", instance).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTeamMemberSeesTheProjectAndCodeOfTheirWorkPackage() {
        String instance = startWorkPackage("PRJ-2026-9102", "dev1");

        JsonNode task = taskIn(list("dev1", "My tasks"), "PRJ-2026-9102");

        assertThat(variable(task, "projectKey")).isEqualTo("PRJ-2026-9102");
        assertThat(variable(task, "workPackageCode")).as("which of the project's packages").isEqualTo("WP-1");
        assertThat(processInstance("dev1", instance).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTeamMemberCannotReadAProjectTheyHaveNoTaskIn() {
        startWorkPackage("PRJ-2026-9103", "dev1");
        String someoneElses = startWorkPackage("PRJ-2026-9104", "dev2");

        assertThat(processInstance("dev1", someoneElses).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode variables = rest.withBasicAuth("dev1", "dev1").getForObject(
                "/engine-rest/variable-instance?processInstanceIdIn=" + someoneElses, JsonNode.class);
        assertThat(variables).isEmpty();
    }

    @Test
    void whoeverClaimsOrIsGivenATaskMayReadItsCase() {
        String instance = startChange("PRJ-2026-9105", "CR-2026-9105", "Task_ApproveEmergencyChange");
        String task = rest.withBasicAuth("admin", "admin").getForObject(
                "/engine-rest/task?processInstanceId=" + instance, JsonNode.class).get(0).get("id").asText();
        assertThat(processInstance("dev3", instance).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/task/" + task + "/assignee",
                Map.of("userId", "dev3"), String.class);

        assertThat(processInstance("dev3", instance).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void tasksOpenedBeforeTheseGrantsGetThemAtTheFirstStart() {
        String instance = openTaskWithoutItsGrant("PRJ-2026-9106", "dev2");
        managementService.deleteProperty(CaseReadForTaskPeople.CAUGHT_UP);

        assertThat(caseRead.grantForOpenTasksOnce()).as("a database that never caught up").isTrue();

        assertThat(processInstance("dev2", instance).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(managementService.getProperties()).containsKey(CaseReadForTaskPeople.CAUGHT_UP);
    }

    @Test
    void laterStartsDoNotCatchUpAgain() {
        assertThat(managementService.getProperties()).as("this context's start caught up")
                .containsKey(CaseReadForTaskPeople.CAUGHT_UP);
        String instance = openTaskWithoutItsGrant("PRJ-2026-9107", "dev3");

        assertThat(caseRead.grantForOpenTasksOnce()).isFalse();

        assertThat(processInstance("dev3", instance).getStatusCode()).as("the catch-up did not run")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A work package task whose assignee's grant is gone, as for a task of a version before the grants. */
    private String openTaskWithoutItsGrant(String projectKey, String assignee) {
        String instance = startWorkPackage(projectKey, assignee);
        authorizationService.createAuthorizationQuery().userIdIn(assignee).resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(instance).list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        assertThat(processInstance(assignee, instance).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        return instance;
    }

    private String startChange(String projectKey, String changeRequestId, String atTask) {
        String id = runtimeService.createProcessInstanceByKey("change-control").businessKey(changeRequestId)
                .setVariables(Map.of("projectKey", projectKey, "changeRequestId", changeRequestId,
                        "requester", "requester"))
                .startBeforeActivity(atTask).execute().getId();
        startedHere.add(id);
        return id;
    }

    private String startWorkPackage(String projectKey, String assignee) {
        String id = runtimeService.startProcessInstanceByKey("work-package", projectKey + ":WP-1",
                Map.of("projectKey", projectKey, "workPackageCode", "WP-1", "assignee", assignee,
                        "dueDate", new Date())).getId();
        startedHere.add(id);
        return id;
    }

    private JsonNode list(String user, String filterName) {
        String filter = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, user).postForEntity(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50",
                new HttpEntity<>("{}", headers), JsonNode.class);
        assertThat(response.getStatusCode()).as("%s lists %s", user, filterName).isEqualTo(HttpStatus.OK);
        return response.getBody().path("_embedded").path("task");
    }

    /** The listed task whose project is this one; fails naming what was listed if there is none. */
    private static JsonNode taskIn(JsonNode tasks, String projectKey) {
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> projectKey.equals(variable(task, "projectKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + projectKey + " shown with its project in "
                        + tasks));
    }

    private static String variable(JsonNode task, String name) {
        return StreamSupport.stream(task.path("_embedded").path("variable").spliterator(), false)
                .filter(variable -> name.equals(variable.path("name").asText()))
                .map(variable -> variable.path("value").asText())
                .findFirst().orElse(null);
    }

    private ResponseEntity<String> processInstance(String user, String id) {
        return rest.withBasicAuth(user, user).getForEntity("/engine-rest/process-instance/" + id, String.class);
    }
}
