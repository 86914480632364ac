package io.charterline.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** A change request's impact analysis as it is stored with the request: JSON, written and read in one place. */
@Component
public class StoredImpacts {

    private final ObjectMapper json;

    public StoredImpacts(ObjectMapper json) {
        this.json = json;
    }

    String write(ImpactAnalysis impact) {
        try {
            return json.writeValueAsString(impact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Impact analysis cannot be written as JSON", e);
        }
    }

    /** The change's stored impact analysis, or null before it was analysed. */
    public ImpactAnalysis of(ChangeRequest changeRequest) {
        if (changeRequest.getImpactJson() == null) {
            return null;
        }
        try {
            return json.readValue(changeRequest.getImpactJson(), ImpactAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored impact of " + changeRequest.getKey() + " is unreadable", e);
        }
    }
}
