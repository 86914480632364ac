package io.charterline.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The form states the hour limits a completion is checked against, the binding one included. */
class PerformWorkPackageFormTest {

    @Test
    void theActualHoursFieldStatesTheLimitsSinceTheReleaseAndOfThePlannedDays() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", "perform-work-package.form").toFile());
        String description = null;
        for (JsonNode component : form.path("components")) {
            if (WorkPackageVariables.ACTUAL_HOURS.equals(component.path("key").asText())) {
                description = component.path("description").asText();
            }
        }

        assertThat(description).contains("at most 24 h for each day since its release")
                .contains("less what you reported on those days in any project")
                .contains("24 h for each of its planned working days");
    }
}
