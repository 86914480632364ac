package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A change request's values of the wrong type are named together with its missing and broken fields. */
@CharterlineWebTest
class ChangeRequestApiNamesEveryBadFieldTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void wrongTypesAndMissingFieldsAreNamedInOneAnswer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = new ProjectsOverHttp(rest).as("requester").postForEntity(
                "/api/projects/PRJ-2026-0001/change-requests/impact-preview", new HttpEntity<>("""
                        {"title": "Offline mode", "requestedType": "URGENT", "budgetChange": "lots",
                         "workPackageChanges": [{"action": "ADD", "code": "MOB-6", "estimateHours": "many"}],
                         "windowStart": "tomorrow"}""", headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new HashMap<>();
        answer.getBody().get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        assertThat(errors)
                .containsEntry("requestedType", "must be one of STANDARD, NORMAL, EMERGENCY, not 'URGENT'")
                .containsEntry("budgetChange", "must be a number, not 'lots'")
                .containsEntry("workPackageChanges[0].estimateHours", "must be a number, not 'many'")
                .containsEntry("windowStart", "must be a date and time like 2026-12-31T20:00:00Z, not 'tomorrow'")
                .containsEntry("description", "is required")
                .containsEntry("workPackageChanges[0].name", "is required when adding a work package")
                .containsKey("windowEnd")
                .doesNotContainKey("title");
    }

    @Test
    void aNumberForTextAndTextForAListAreNamedTogether() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = new ProjectsOverHttp(rest).as("requester").postForEntity(
                "/api/projects/PRJ-2026-0001/change-requests", new HttpEntity<>("""
                        {"title": "Offline mode", "description": "Orders without a network", "reason": 5,
                         "requestedType": "NORMAL", "affectedItems": "CRM"}""", headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new HashMap<>();
        answer.getBody().get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        assertThat(errors).containsEntry("reason", "must be text, not 5")
                .containsEntry("affectedItems", "must be a list");
    }
}
