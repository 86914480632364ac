package io.charterline.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a 400 problem of our API names. */
public final class BadRequests {

    private BadRequests() {
    }

    /** Each error as "field: message", so that a field named twice shows twice. */
    public static List<String> errors(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> errors = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> errors.add(error.get("field").asText() + ": "
                + error.get("message").asText()));
        return errors;
    }
}
