package io.charterline.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The scope statement the project manager recorded is readable over the API, not only in the closeout report. */
@CharterlineWebTest
class ScopeStatementApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theRecordedScopeStatementIsReadableWithWhoRecordedIt() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.planning("Scope over the API");

        ResponseEntity<JsonNode> scope = projects.as("requester").getForEntity("/api/projects/" + key + "/scope",
                JsonNode.class);

        assertThat(scope.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scope.getBody().get("inScope").asText()).isEqualTo("Order entry");
        assertThat(scope.getBody().get("outOfScope").asText()).isEqualTo("Invoicing");
        assertThat(scope.getBody().get("deliverables").asText()).isEqualTo("New order UI");
        assertThat(scope.getBody().get("acceptanceCriteria").asText()).isEqualTo("Orders in 2 min");
        assertThat(scope.getBody().get("recordedBy").asText()).isEqualTo("pm");
    }

    @Test
    void aProjectWithoutAScopeStatementYetAnswers404SayingWhoRecordsIt() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.chartering("Scope not yet stated");

        ResponseEntity<JsonNode> scope = projects.as("requester").getForEntity("/api/projects/" + key + "/scope",
                JsonNode.class);

        assertThat(scope.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(scope.getBody().get("detail").asText()).isEqualTo("Project " + key + " has no scope statement "
                + "yet: its project manager records it in 'Prepare scope statement'");
    }
}
