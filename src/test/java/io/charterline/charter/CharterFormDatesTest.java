package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tasklist's date field reads a typed date in the browser's format (m/d/yyyy in US English) and turns 2026-12-14
 * into another date without a word; form-js lets no form set the format, so the date fields of the charter, of
 * a change's window and of booked hours say how to enter them.
 */
class CharterFormDatesTest {

    @ParameterizedTest
    @CsvSource({"charter-start, targetStart", "charter-start, targetEnd",
            "charter-rework, targetStart", "charter-rework, targetEnd"})
    void aCharterDateFieldSaysHowToEnterTheDate(String form, String key) throws IOException {
        assertThat(field(form, key).path("description").asText())
                .contains("pick it in the calendar").contains("mm/dd/yyyy").contains("2026-12-14 is not read");
    }

    @ParameterizedTest
    @CsvSource({"change-request-start, windowStart", "change-request-start, windowEnd",
            "change-request, windowStart", "change-request, windowEnd"})
    void aChangeWindowDateFieldSaysHowToEnterTheDate(String form, String key) throws IOException {
        assertThat(field(form, key).path("description").asText())
                .contains("pick it in the calendar").contains("mm/dd/yyyy").contains("2026-12-14 is not read")
                .contains("UTC");
    }

    @Test
    void theDayOfBookedHoursSaysHowToEnterTheDate() throws IOException {
        assertThat(field("book-hours-start", "date").path("description").asText())
                .contains("pick it in the calendar").contains("mm/dd/yyyy").contains("2026-12-14 is not read");
    }

    @ParameterizedTest
    @CsvSource({"targetStart", "targetEnd"})
    void aNewCharterOffersNoPastDates(String key) throws IOException {
        assertThat(field("charter-start", key).path("disallowPassedDates").asBoolean()).isTrue();
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
