package io.charterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** A value of the wrong type is answered with the field and what it must be, never a Java class name. */
class JsonTypeErrorMessagesTest {

    enum Kind { NORMAL, STANDARD, EMERGENCY }

    record Nested(String name) {
    }

    record Body(Kind kind, BigDecimal amount, Integer count, long total, double share, LocalDate due, Instant at,
                boolean urgent, List<String> tags, Nested nested, List<Nested> items) {
    }

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void enumNamesTheAllowedValuesAndTheGivenOne() {
        assertThat(refusal("{\"kind\": \"URGENT\"}"))
                .isEqualTo(new InvalidField("kind", "must be one of NORMAL, STANDARD, EMERGENCY, not 'URGENT'"));
    }

    @Test
    void textForADecimalMustBeANumber() {
        assertThat(refusal("{\"amount\": \"lots\"}"))
                .isEqualTo(new InvalidField("amount", "must be a number, not 'lots'"));
    }

    @Test
    void wholeNumbersAndDoublesMustBeNumbers() {
        assertThat(refusal("{\"count\": \"ten\"}").message()).isEqualTo("must be a number, not 'ten'");
        assertThat(refusal("{\"total\": {}}").message()).isEqualTo("must be a number");
        assertThat(refusal("{\"share\": [1]}").message()).isEqualTo("must be a number");
    }

    @Test
    void dateShowsItsFormat() {
        assertThat(refusal("{\"due\": \"31.12.2026\"}"))
                .isEqualTo(new InvalidField("due", "must be a date like 2026-12-31, not '31.12.2026'"));
    }

    @Test
    void instantShowsItsFormat() {
        assertThat(refusal("{\"at\": \"tomorrow\"}").message())
                .isEqualTo("must be a date and time like 2026-12-31T20:00:00Z, not 'tomorrow'");
    }

    @Test
    void booleanMustBeTrueOrFalse() {
        assertThat(refusal("{\"urgent\": \"perhaps\"}").message()).isEqualTo("must be true or false, not 'perhaps'");
    }

    @Test
    void listGivenAsOneValueMustBeAList() {
        assertThat(refusal("{\"tags\": \"CRM\"}")).isEqualTo(new InvalidField("tags", "must be a list"));
    }

    @Test
    void objectGivenAsTextMustBeAnObject() {
        assertThat(refusal("{\"nested\": \"x\"}")).isEqualTo(new InvalidField("nested", "must be an object"));
    }

    @Test
    void fieldInsideAListIsNamedByItsPath() {
        assertThat(refusal("{\"items\": [{\"name\": \"a\"}, {\"name\": {}}]}"))
                .isEqualTo(new InvalidField("items[1].name", "must be text"));
    }

    @Test
    void detailNamesTheFieldAndTheRule() {
        assertThat(problem("{\"amount\": \"lots\"}").getDetail())
                .isEqualTo("The request has invalid fields: amount: must be a number, not 'lots'");
    }

    @Test
    void bodyOfTheWrongShapeSaysWhatItMustBeWithoutAClassName() {
        ProblemDetail problem = problem("[]");

        assertThat(problem.getDetail()).isEqualTo("The request body must be an object");
        assertThat(errors(problem)).containsExactly(new InvalidField("body", "The request body must be an object"));
    }

    @Test
    void unknownFieldIsStillNamedAsSuch() {
        assertThat(refusal("{\"colour\": \"blue\"}")).isEqualTo(new InvalidField("colour", "is not a known field"));
    }

    private InvalidField refusal(String body) {
        List<InvalidField> errors = errors(problem(body));
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<InvalidField> errors(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        return (List<InvalidField>) properties.get("errors");
    }

    private ProblemDetail problem(String body) {
        Throwable thrown = catchThrowable(() -> json.readValue(body, Body.class));
        assertThat(thrown).as("Jackson refuses %s", body).isNotNull();
        HttpMessageNotReadableException exception =
                new HttpMessageNotReadableException("JSON parse error: " + thrown.getMessage(), thrown, null);
        ResponseEntity<Object> response = handler.handleHttpMessageNotReadable(exception, new HttpHeaders(), HttpStatus.BAD_REQUEST,
                null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).doesNotContain("java.", "io.charterline", "`");
        return problem;
    }
}
