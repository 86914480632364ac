package io.charterline.project;

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

/** A charter with several faults is answered once, with all of them: wrong types, unknown and missing fields. */
@CharterlineWebTest
class CharterApiNamesEveryBadFieldTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void valuesOfTheWrongTypeAndMissingFieldsAreNamedInOneAnswer() {
        ResponseEntity<JsonNode> answer = post("requester", """
                {"name": "Test", "budget": "lots", "targetStart": "tomorrow", "strategic": "yes", "colour": 1}""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(answer))
                .containsEntry("budget", "must be a number, not 'lots'")
                .containsEntry("targetStart", "must be a date like 2026-12-31, not 'tomorrow'")
                .containsEntry("strategic", "must be true or false, not 'yes'")
                .containsEntry("colour", "is not a known field")
                .containsEntry("objectives", "is required")
                .containsEntry("sponsor", "is required")
                .containsEntry("targetEnd", "is required (YYYY-MM-DD)")
                .doesNotContainKey("name");
    }

    @Test
    void theApiNamesTheCharterRulesBrokenByTheVariablesNotByTheFormsLabels() {
        ResponseEntity<JsonNode> answer = post("requester", """
                {"name": "API labels", "objectives": "o", "businessCase": "b", "sponsor": "sponsor",
                 "projectManager": "pm", "budget": 1000, "targetStart": "2099-03-02", "targetEnd": "2099-03-01",
                 "relatedServices": ["NOPE"]}""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(answer))
                .containsEntry("targetEnd", "must be after the target start")
                .containsKey("relatedServices");
    }

    @Test
    void someoneWhoMayNotSubmitChartersHearsThatBeforeAnythingAboutTheCharter() {
        ResponseEntity<JsonNode> answer = post("dev1", """
                {"name": "Test", "budget": "lots", "sponsor": "sponsor"}""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> post(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new ProjectsOverHttp(rest).as(user).postForEntity("/api/projects", new HttpEntity<>(json, headers),
                JsonNode.class);
    }

    private static Map<String, String> errors(ResponseEntity<JsonNode> answer) {
        Map<String, String> errors = new HashMap<>();
        answer.getBody().get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        return errors;
    }
}
