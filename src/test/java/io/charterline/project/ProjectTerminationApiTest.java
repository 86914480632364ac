package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Early termination as its sponsor asks for it over HTTP: our API decides who may, the lifecycle (which the
 * sponsor has no engine right to modify) then moves on to acceptance.
 */
@CharterlineWebTest
class ProjectTerminationApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theSponsorTerminatesTheirExecutingProjectAndTheLifecycleGoesOnToAcceptance() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: by the sponsor");

        ResponseEntity<JsonNode> response = projects.as("sponsor").postForEntity("/api/projects/" + key
                + "/termination", Map.of("reason", "Merged into another programme"), JsonNode.class);

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(projects.openTask(key, "Task_AcceptDeliverables").get("assignee").asText()).isEqualTo("sponsor");
        assertThat(projects.as("admin").getForObject("/engine-rest/task/count?processInstanceBusinessKey=" + key
                + ":WP-1", JsonNode.class).get("count").asInt()).isZero();
    }

    @Test
    void aChangeRequestInFlightEndsCancelledAndItsLogSaysTheProjectWasTerminated() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: change in flight");
        // The change ends before its window is looked at, so any window ahead will do.
        Instant start = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> change = Map.of("title", "Extra report", "description", "A weekly order report",
                "reason", "Sales asked for it", "requestedType", "NORMAL", "budgetChange", 1500,
                "windowStart", start.toString(), "windowEnd", start.plus(4, ChronoUnit.HOURS).toString());
        ResponseEntity<JsonNode> submitted = projects.as("requester").postForEntity("/api/projects/" + key
                + "/change-requests", change, JsonNode.class);
        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String changeRequestId = submitted.getBody().get("id").asText();

        projects.as("sponsor").postForEntity("/api/projects/" + key + "/termination",
                Map.of("reason", "Network vendor went bankrupt"), JsonNode.class);

        assertThat(projects.as("pmo").getForObject("/api/change-requests/" + changeRequestId, JsonNode.class)
                .get("status").asText()).isEqualTo("CANCELLED");
        JsonNode log = projects.as("pmo").getForObject("/api/projects/" + key + "/change-log", JsonNode.class);
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.get("changeRequestId").asText()).isEqualTo(changeRequestId);
        assertThat(last.get("event").asText()).isEqualTo("CANCELLED");
        assertThat(last.get("detail").asText()).isEqualTo("ended: project terminated (Network vendor went bankrupt)");
    }

    @Test
    void theRequesterOfAChangeCancelledByTheTerminationIsToldWhoTerminatedTheProjectAndWhy() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: requester told");
        Instant start = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> change = Map.of("title", "Weekly export", "description", "A weekly order export",
                "reason", "Sales asked for it", "requestedType", "NORMAL", "budgetChange", 800,
                "windowStart", start.toString(), "windowEnd", start.plus(4, ChronoUnit.HOURS).toString());
        String changeRequestId = projects.as("requester").postForEntity("/api/projects/" + key
                + "/change-requests", change, JsonNode.class).getBody().get("id").asText();

        projects.as("sponsor").postForEntity("/api/projects/" + key + "/termination",
                Map.of("reason", "Network vendor went bankrupt"), JsonNode.class);

        JsonNode notifications = projects.as("requester").getForObject("/api/projects/" + key + "/notifications",
                JsonNode.class);
        JsonNode cancelled = null;
        for (JsonNode notification : notifications) {
            if ("CHANGE_CANCELLED".equals(notification.get("event").asText())) {
                cancelled = notification;
            }
        }
        assertThat(cancelled).as("%s", notifications).isNotNull();
        assertThat(cancelled.get("recipients").asText()).isEqualTo("requester");
        assertThat(cancelled.get("subject").asText()).isEqualTo(changeRequestId + " (Weekly export) on " + key
                + " was cancelled: the project was terminated by Sofia Sponsor (Network vendor went bankrupt)");
    }

    @Test
    void someoneWhoIsNotTheProjectsSponsorIsForbiddenAndTheProjectKeepsExecuting() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: not the sponsor");

        ResponseEntity<String> response = projects.as("pm").postForEntity("/api/projects/" + key + "/termination",
                Map.of("reason", "Not mine to end"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("Only the sponsor of " + key);
        assertThat(projects.openTask(key + ":WP-1", "Task_PerformWorkPackage")).isNotNull();
        assertThat(projects.as("pmo").getForObject("/api/projects/" + key, JsonNode.class).get("status").asText())
                .isEqualTo("EXECUTING");
    }

    @Test
    void anUnknownFieldAndTheMissingReasonAreNamedInOneAnswer() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.chartering("Termination: misnamed reason");

        ResponseEntity<JsonNode> response = projects.as("sponsor").postForEntity("/api/projects/" + key
                + "/termination", Map.of("why", "Merged into another programme"), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString())
                .isEqualTo("[{\"field\":\"why\",\"message\":\"is not a known field\"},{\"field\":\"reason\","
                        + "\"message\":\"is required and must have at most 2000 characters\"}]");
    }

    @Test
    void someoneWhoIsNotTheProjectsSponsorIsForbiddenBeforeTheirBodyIsJudged() {
        String key = new ProjectsOverHttp(rest).chartering("Termination: not the sponsor, bad body");

        assertThat(rest.withBasicAuth("pm", "pm").postForEntity("/api/projects/" + key + "/termination",
                Map.of("why", "Not mine to end"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
