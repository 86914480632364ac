package io.charterline.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The Modeler template offers exactly the gates the delegate knows, bound to the field it reads. */
class CaptureLessonsTemplateTest {

    @Test
    void phaseDropdownOffersEveryPhaseAndFillsTheDelegatesField() throws IOException {
        JsonNode template = new ObjectMapper().readTree(Path.of(".camunda/element-templates/capture-lessons.json")
                .toFile());
        JsonNode phase = StreamSupport.stream(template.get("properties").spliterator(), false)
                .filter(property -> "camunda:field".equals(property.at("/binding/type").asText()))
                .findFirst().orElseThrow();

        assertThat(phase.at("/binding/name").asText()).isEqualTo("phase");
        assertThat(phase.get("choices").findValuesAsText("value"))
                .containsExactlyElementsOf(Arrays.stream(Phase.values()).map(Enum::name).toList());
        assertThat(template.at("/properties/0/value").asText()).isEqualTo("${captureLessonsDelegate}");
    }
}
