package io.charterline.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.charterline.platform.web.InvalidField;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** engine-rest's JSON of the wrong shape is answered like our API: the field and what it must be, no Java class. */
class UnmappableJsonTest {

    record Variable(Object value, String type) {
    }

    record StartRequest(Map<String, Variable> variables, Boolean withVariablesInReturn) {
    }

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void variableGivenAsAPlainValueMustBeAnObject() {
        Map<String, Object> problem = answer("{\"variables\": {\"budget\": 5}}");

        assertThat(problem.get("errors")).isEqualTo(List.of(new InvalidField("variables.budget", "must be an object")));
        assertThat(problem.get("message")).isEqualTo("variables.budget: must be an object");
    }

    @Test
    void flagMustBeTrueOrFalse() {
        assertThat(answer("{\"withVariablesInReturn\": \"maybe\"}").get("errors")).isEqualTo(
                List.of(new InvalidField("withVariablesInReturn", "must be true or false, not 'maybe'")));
    }

    @Test
    void unknownPropertyIsNamedAsSuch() {
        Map<String, Object> problem = answer("{\"variabels\": {}}");

        assertThat(problem.get("errors")).isEqualTo(List.of(new InvalidField("variabels", "is not a known field")));
        assertThat(problem.get("message")).isEqualTo("variabels is not a known field");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> answer(String body) {
        JsonMappingException exception = catchThrowableOfType(JsonMappingException.class,
                () -> json.readValue(body, StartRequest.class));
        Response response = new BadInputRestExceptionMapper.UnmappableJson().toResponse(exception);
        assertThat(response.getStatus()).isEqualTo(400);
        return (Map<String, Object>) response.getEntity();
    }
}
