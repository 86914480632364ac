package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.CharterlineWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** The lessons search on H2: the documented fallback of {@link LessonSearch}; and the API's input rules. */
@CharterlineWebTest
@TestPropertySource(properties = "charterline.test.context=lesson-search-h2")
class LessonSearchH2Test extends LessonSearchContract {

    @Test
    void searchTextOfMoreThan200CharactersIsRefusedNamingQ() {
        assertInvalid("q=" + "a".repeat(201), "q", "must have at most 200 characters, has 201");
    }

    @Test
    void pageSizeOutside1To100IsRefusedNamingSize() {
        assertInvalid("size=0", "size", "must be a whole number from 1 to 100, got '0'");
        assertInvalid("size=101", "size", "must be a whole number from 1 to 100, got '101'");
        assertInvalid("size=ten", "size", "must be a whole number from 1 to 100, got 'ten'");
    }

    @Test
    void unknownCategoryIsRefusedNamingTheCategoriesThereAre() {
        assertInvalid("category=LUCK", "category", "'LUCK' is not a lesson category; use one of OBSERVATION, "
                + "ESTIMATING, CHANGE, SCHEDULE, BUDGET, ESCALATION, STAFFING, GOVERNANCE");
    }

    @Test
    void unknownParameterIsRefusedNamingItAndTheKnownOnes() {
        assertInvalid("q=migration&phase=CLOSING", "phase", "unknown parameter; use q, tag, category, project, "
                + "page, size");
    }

    @Test
    void searchNeedsASignedInUser() {
        assertThat(rest.getForEntity("/api/lessons?q=billing", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void assertInvalid(String parameters, String field, String message) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("dev1", "dev1")
                .getForEntity("/api/lessons?" + parameters, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).isEqualTo(message);
        });
    }
}
