package io.charterline.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Form or API variables that break a rule, found inside the engine's transaction (a delegate or a task
 * listener). It rolls the start or the task completion back; engine-rest answers 400 with this message, which
 * Tasklist shows to the user, and our API answers problem+json naming each field.
 */
public class InvalidVariablesException extends BadUserRequestException {

    private final transient List<InvalidField> fields;

    public InvalidVariablesException(String subject, List<InvalidField> fields) {
        this(subject, fields, Map.of());
    }

    /**
     * @param labels the label a form shows for a variable: the message names those fields by it, for the person
     *               at the form; {@link #fields()} keep the variable names, for API callers
     */
    public InvalidVariablesException(String subject, List<InvalidField> fields, Map<String, String> labels) {
        super("Invalid " + subject + ": " + fields.stream()
                .map(f -> labels.getOrDefault(f.field(), f.field()) + " " + f.message())
                .collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
