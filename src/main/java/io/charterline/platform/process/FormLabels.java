package io.charterline.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
    /** By form, the labels of a choice field's options, keyed by "variable=value". */
    private final Map<String, Map<String, String>> optionsByForm = new HashMap<>();

    public FormLabels() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode root = json.readTree(in);
                    Map<String, String> labels = new HashMap<>();
                    Map<String, String> options = new HashMap<>();
                    collect(root.path("components"), labels, options);
                    labelsByForm.put(root.path("id").asText(), labels);
                    optionsByForm.put(root.path("id").asText(), options);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the forms in forms/", unreadable);
        }
    }

    /** The labels, by variable, of the form of {@code task}; empty when its form is none of ours. */
    public Map<String, String> of(DelegateTask task) {
        return formOf(task).map(form -> labelsByForm.getOrDefault(form, Map.of())).orElse(Map.of());
    }

    /** How the task's form shows this value of a choice field ("Send back for rework" for REWORK), else the value. */
    public String option(DelegateTask task, String variable, String value) {
        return formOf(task).map(form -> optionsByForm.getOrDefault(form, Map.of()).get(variable + "=" + value))
                .orElse(value);
    }

    private static Optional<String> formOf(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        return userTask == null ? Optional.empty()
                : Optional.ofNullable(userTask.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef"));
    }

    /**
     * Groups and dynamic lists nest their fields; a date field has its label in {@code dateLabel}; a radio or select
     * field lists its options in {@code values}.
     */
    private static void collect(JsonNode components, Map<String, String> labels, Map<String, String> options) {
        for (JsonNode component : components) {
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText(null);
            if (component.hasNonNull("key") && label != null && !label.isBlank()) {
                labels.put(component.get("key").asText(), label);
            }
            for (JsonNode option : component.path("values")) {
                if (component.hasNonNull("key") && option.hasNonNull("value") && option.hasNonNull("label")) {
                    options.put(component.get("key").asText() + "=" + option.get("value").asText(),
                            option.get("label").asText());
                }
            }
            collect(component.path("components"), labels, options);
        }
    }
}
