package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charter's budget is dollars with cents, more than 0 (CharterValidator), as a change may later lower it to any
 * amount above 0: the form's own check lets through what the server takes, and its help says the same.
 */
class CharterFormBudgetTest {

    @ParameterizedTest
    @ValueSource(strings = {"charter-start", "charter-rework", "charter-review"})
    void theBudgetFieldTakesTheSmallestAmountTheServerTakesAndSaysSo(String form) throws IOException {
        JsonNode budget = field(form, "budget");

        assertThat(budget.path("validate").path("min").decimalValue()).isEqualByComparingTo(new BigDecimal("0.01"));
        assertThat(budget.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(budget.path("description").asText()).contains("from 0.01 to 1,000,000,000");
    }

    private static JsonNode field(String form, String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
        for (JsonNode component : root.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError(form + " has no field " + key);
    }
}
