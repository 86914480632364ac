package io.charterline.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Form or API variables that break a rule, found inside the engine's transaction (a delegate or a task
 * listener). It rolls the start or the task completion back; engine-rest answers 400 with this message, which
 * Tasklist shows to the user, and our API answers problem+json naming each field.
 */
public class InvalidVariablesException extends BadUserRequestException {

    /** First words of messages that go on from the field's name rather than say something of their own. */
    private static final Set<String> GOES_ON = Set.of("is", "are", "must", "may", "cannot", "would", "has",
            "takes", "starts", "overlaps", "names", "row", "line");

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
                .map(f -> named(labels.getOrDefault(f.field(), f.field()), f.message()))
                .collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    /**
     * The label and its message as one sentence: a message that goes on from the field ("is required", "must be
     * ...", "row 2: ...") or names its value first ("'x' is not known", "PRJ-2026-0004 is PLANNING") follows it
     * after a space; one with a subject of its own ("you already have ...", "unknown service(s) ...") is what is
     * wrong with the field and follows it after a colon.
     */
    private static String named(String label, String message) {
        String firstWord = message.split(" ", 2)[0];
        boolean ownSubject = firstWord.matches("[a-z]+") && !GOES_ON.contains(firstWord);
        return label + (ownSubject && !label.endsWith(":") ? ": " : " ") + message;
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
