package io.charterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 400s Spring finds before our code runs (a parameter missing or of the wrong type, a body that cannot be read)
 * name each bad field under {@code errors}, as Charterline's own refusals of bad input do.
 */
@CharterlineWebTest
class SpringBadRequestTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aMissingQueryParameterIsNamed() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pmo", "pmo")
                .getForEntity("/api/resource-load?from=2026-11-02", JsonNode.class);

        assertInvalidInput(response, "to", "is required");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamedWithTheTypeItMustHave() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pmo", "pmo")
                .getForEntity("/api/resource-load?from=tomorrow&to=2026-12-27", JsonNode.class);

        assertInvalidInput(response, "from", "must be a date like 2026-12-31, not 'tomorrow'");
    }

    @Test
    void aBodyValueOfTheWrongTypeIsNamedByItsPathWithTheTypeItMustHave() {
        ResponseEntity<JsonNode> response = postJson("/api/freeze-periods",
                "{\"from\": \"2026-12-24\", \"to\": \"after christmas\", \"reason\": \"Holidays\"}");

        assertInvalidInput(response, "to", "must be a date like 2026-12-31, not 'after christmas'");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedAsTheBody() {
        ResponseEntity<JsonNode> response = postJson("/api/freeze-periods", "{\"from\": \"2026-12-24\",");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("type").asText()).isEqualTo(ProblemTypes.INVALID_INPUT.type());
        assertThat(response.getBody().path("errors").path(0).path("field").asText()).isEqualTo("body");
        assertThat(response.getBody().path("errors").path(0).path("message").asText())
                .startsWith("The request body is not valid JSON");
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereWithoutTheParsersInternals() {
        ResponseEntity<JsonNode> response = postJson("/api/freeze-periods", "not json");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("detail").asText())
                .matches("The request body is not valid JSON \\(line 1, column \\d+\\): Unrecognized token 'not'.*")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
    }

    @Test
    void aBodyCutShortSaysWhereWithoutTheParsersInternals() {
        ResponseEntity<JsonNode> response = postJson("/api/freeze-periods", "{\"from\": \"2026-12-24\"");

        assertThat(response.getBody().path("detail").asText())
                .startsWith("The request body is not valid JSON (line 1, column ")
                .contains("end-of-input")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
    }

    private ResponseEntity<JsonNode> postJson(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("pmo", "pmo").postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void assertInvalidInput(ResponseEntity<JsonNode> response, String field, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = response.getBody();
        assertThat(problem.path("type").asText()).isEqualTo(ProblemTypes.INVALID_INPUT.type());
        assertThat(problem.path("title").asText()).isEqualTo(ProblemTypes.INVALID_INPUT.title());
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo(field);
        assertThat(problem.path("errors").path(0).path("message").asText()).isEqualTo(message);
        assertThat(problem.path("detail").asText()).contains(field).contains(message);
    }
}
