package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Impact analyses are stored as JSON with their change request; those stored by earlier releases still read. */
class StoredImpactsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final StoredImpacts impacts = new StoredImpacts(json);

    @Test
    void analysisStoredBeforeTheForecastWasRecordedReadsAsOnTimeAndSummarisesAsBefore() throws Exception {
        ImpactAnalysis current = new ImpactAnalysis(1, 2, LocalDate.of(2027, 1, 13), List.of("A", "B"),
                new BigDecimal("880.00"), new BigDecimal("6160.00"), new BigDecimal("14.29"), List.of(), List.of(),
                List.of(), List.of(), BigDecimal.ZERO.setScale(2), new BigDecimal("100000.00"),
                LocalDate.of(2027, 1, 11), 0, false);
        ObjectNode stored = (ObjectNode) json.readTree(impacts.write(current));
        stored.remove(List.of("forecastFinishDate", "forecastLateDays"));
        ChangeRequest changeRequest = new ChangeRequest();
        changeRequest.recordAnalysis(json.writeValueAsString(stored), "", 1);

        ImpactAnalysis read = impacts.of(changeRequest);

        assertThat(read.forecastFinishDate()).isNull();
        assertThat(read.forecastLateDays()).isZero();
        assertThat(read.summary()).isEqualTo(current.summary())
                .contains("- Schedule: slips 2 days; new finish 2027-01-13; critical path A -> B");
    }
}
