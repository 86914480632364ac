package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.PostgresSpringTest;
import io.charterline.support.ProjectsOverHttp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may do what, on PostgreSQL, through our API and engine-rest: nobody without valid credentials, and nobody
 * on a task or project that is not theirs. The requester deciding on their own change through engine-rest is
 * covered by ChangeRequestApiTest#requesterCompletingTheirOwnEmergencyApprovalThroughEngineRestIsForbidden.
 */
@PostgresSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlPostgresTest {

    @Autowired
    TestRestTemplate rest;

    private ProjectsOverHttp projects;
    private String chartering;
    private String planning;
    private String executing;
    private JsonNode workPackage;
    private String teamMemberOnOtherWork;

    @BeforeAll
    void projects() {
        projects = new ProjectsOverHttp(rest);
        chartering = projects.chartering("Access: chartering");
        planning = projects.planning("Access: planning");
        executing = projects.executing("Access: executing");
        workPackage = projects.openTask(executing + ":WP-1", "Task_PerformWorkPackage");
        teamMemberOnOtherWork = Stream.of("dev1", "dev2", "dev3")
                .filter(dev -> !dev.equals(workPackage.get("assignee").asText())).findFirst().orElseThrow();
    }

    static Stream<Arguments> withoutValidCredentials() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/projects"),
                Arguments.of(HttpMethod.POST, "/api/projects"),
                Arguments.of(HttpMethod.GET, "/engine-rest/task"),
                Arguments.of(HttpMethod.POST, "/engine-rest/process-definition/key/project-lifecycle/start"));
    }

    @ParameterizedTest(name = "anonymous {0} {1}")
    @MethodSource("withoutValidCredentials")
    void anonymousCallsAreUnauthorized(HttpMethod method, String path) {
        assertThat(send(rest, method, path, Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "wrong password {0} {1}")
    @MethodSource("withoutValidCredentials")
    void aWrongPasswordIsUnauthorized(HttpMethod method, String path) {
        assertThat(send(rest.withBasicAuth("pmo", "not-the-password"), method, path, Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTeamMemberCannotCompleteTheSponsorsCharterReview() {
        String review = projects.openTask(chartering, "Task_ReviewCharter").get("id").asText();

        ResponseEntity<String> response = projects.complete("dev1", review, Map.of("charterDecision", "APPROVE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.openTask(chartering, "Task_ReviewCharter").get("id").asText()).isEqualTo(review);
    }

    @Test
    void aTeamMemberCannotCompleteAnotherPersonsWorkPackage() {
        ResponseEntity<String> response = projects.complete(teamMemberOnOtherWork, workPackage.get("id").asText(),
                Map.of("actualHours", 8, "completionNote", "Done by someone else"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.openTask(executing + ":WP-1", "Task_PerformWorkPackage").get("id").asText())
                .isEqualTo(workPackage.get("id").asText());
    }

    @Test
    void aTeamMemberCannotBookHoursForTheAssigneeOfAnotherPackage() {
        ResponseEntity<String> response = projects.as(teamMemberOnOtherWork).postForEntity(
                "/api/projects/" + executing + "/time-entries", Map.of("workPackage", "WP-1",
                        "date", LocalDate.now().toString(), "hours", 2, "person",
                        workPackage.get("assignee").asText()), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.as("pmo").getForObject("/api/projects/" + executing + "/time-entries", JsonNode.class))
                .isEmpty();
    }

    @Test
    void onlyThePmoApprovesAPlan() {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(projects.as("pm").postForEntity("/api/projects/" + planning + "/work-packages",
                new HttpEntity<>(ProjectsOverHttp.PLAN, csv), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        projects.complete("pm", planning, "Task_PlanWork", Map.of("workPackagesCsv", ""));
        String approval = projects.openTask(planning, "Task_ApprovePlan").get("id").asText();

        for (String outsider : List.of("pm", "sponsor", "dev1", "requester")) {
            assertThat(projects.as(outsider).postForEntity("/engine-rest/task/" + approval + "/claim",
                    Map.of("userId", outsider), String.class).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(projects.complete(outsider, approval, Map.of("planDecision", "APPROVE")).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(projects.as("pmo").getForObject("/api/projects/" + planning, JsonNode.class).get("status")
                .asText()).isEqualTo("PLANNING");
    }

    @Test
    void aTeamMemberCannotUploadAProjectsPlan() {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));

        assertThat(projects.as("dev1").postForEntity("/api/projects/" + executing + "/work-packages",
                new HttpEntity<>(ProjectsOverHttp.PLAN, csv), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyRequestersSubmitCharters() {
        for (String outsider : List.of("dev1", "ccb1", "owner")) {
            ResponseEntity<String> response = projects.as(outsider).postForEntity("/api/projects",
                    ProjectsOverHttp.charter("Access: not a requester's"), String.class);

            assertThat(response.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(outsider).contains("may not submit charters");
        }
        assertThat(projects.as("requester").postForEntity("/api/projects",
                ProjectsOverHttp.charter("Access: a requester's"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void nobodyButTheApplicationStartsChangeControlOrAWorkPackage() {
        for (String process : List.of("change-control", "work-package")) {
            ResponseEntity<String> response = send(projects.as("requester"), HttpMethod.POST,
                    "/engine-rest/process-definition/key/" + process + "/start",
                    Map.of("businessKey", executing, "variables", Map.of()));

            assertThat(response.getStatusCode()).as(process).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(projects.as("pmo").getForObject("/engine-rest/process-instance/count?processDefinitionKey="
                + "change-control&businessKey=" + executing, JsonNode.class).get("count").asInt()).isZero();
    }

    @Test
    void onlyTheSponsorTerminatesAProject() {
        ResponseEntity<String> response = projects.as("pm").postForEntity(
                "/api/projects/" + executing + "/termination", Map.of("reason", "Not mine to end"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.as("pmo").getForObject("/api/projects/" + executing, JsonNode.class).get("status")
                .asText()).isEqualTo("EXECUTING");
    }

    @Test
    void aSponsorWhoSeesTheProjectsVariablesInCockpitCannotChangeThem() {
        String instance = projects.as("pmo").getForObject("/engine-rest/process-instance?processDefinitionKey="
                + "project-lifecycle&businessKey=" + executing, JsonNode.class).get(0).get("id").asText();
        String variables = "/engine-rest/process-instance/" + instance + "/variables";
        Map<String, Object> budget = Map.of("value", 1, "type", "Integer");

        ResponseEntity<String> put = send(projects.as("sponsor"), HttpMethod.PUT, variables + "/budget", budget);
        ResponseEntity<String> modify = send(projects.as("sponsor"), HttpMethod.POST, variables,
                Map.of("modifications", Map.of("budget", budget)));

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(projects.as("sponsor").getForObject(variables + "/budget", JsonNode.class).get("value").asInt())
                .isNotEqualTo(1);
    }

    private static ResponseEntity<String> send(TestRestTemplate client, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, method == HttpMethod.GET ? null : new HttpEntity<>(body, headers),
                String.class);
    }
}
