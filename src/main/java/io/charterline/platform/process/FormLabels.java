package io.charterline.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels of the fields a task's form shows, read from the forms in {@code forms/} that the models reference by
 * {@code camunda:formRef}: a message for a person names a field as the form shows it ("Comment"), not by the
 * variable behind it ({@code charterComment}), which only an API caller knows.
 */
@Component
public class FormLabels {

    private final Map<String, Map<String, String>> labelsByForm = new HashMap<>();

    public FormLabels() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    Map<String, String> labels = new HashMap<>();
                    collect(root.path("components"), labels);
                    labelsByForm.put(root.path("id").asText(), labels);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the forms in forms/", unreadable);
        }
    }

    /** The labels, by variable, of the form of {@code task}; empty when its form is none of ours. */
    public Map<String, String> of(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        if (userTask == null) {
            return Map.of();
        }
        String formRef = userTask.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
        return formRef == null ? Map.of() : labelsByForm.getOrDefault(formRef, Map.of());
    }

    /** Groups and dynamic lists nest their fields; a date field has its label in {@code dateLabel}. */
    private static void collect(JsonNode components, Map<String, String> labels) {
        for (JsonNode component : components) {
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText(null);
            if (component.hasNonNull("key") && label != null && !label.isBlank()) {
                labels.put(component.get("key").asText(), label);
            }
            collect(component.path("components"), labels);
        }
    }
}
