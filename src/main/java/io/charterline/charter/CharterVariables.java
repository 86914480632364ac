package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.InvalidField;
import io.charterline.project.LifecycleVariables;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Maps a charter to and from process variables. Forms send numbers as Integer, Long or Double and dates as
 * {@code YYYY-MM-DD} strings; a value of the wrong type is reported as a bad field, never cast blindly.
 */
public final class CharterVariables {

    private CharterVariables() {
    }

    public record Read(CharterInput charter, List<InvalidField> errors) {
    }

    public static Read read(Map<String, Object> variables) {
        List<InvalidField> errors = new ArrayList<>();
        CharterInput charter = new CharterInput(
                FormValues.text(variables, PROJECT_NAME),
                FormValues.text(variables, OBJECTIVES),
                FormValues.text(variables, BUSINESS_CASE),
                FormValues.text(variables, SPONSOR),
                FormValues.text(variables, PROJECT_MANAGER),
                FormValues.decimal(variables, BUDGET, errors),
                date(variables, TARGET_START, errors),
                date(variables, TARGET_END, errors),
                services(variables.get(RELATED_SERVICES)),
                bool(variables, STRATEGIC, errors));
        return new Read(charter, errors);
    }

    /**
     * The validator names the fields of our API's charter; the forms and engine-rest know the charter by its
     * variables, and only the name differs ({@code name} is {@value LifecycleVariables#PROJECT_NAME}).
     */
    static InvalidField asVariable(InvalidField error) {
        return error.field().equals("name") ? new InvalidField(PROJECT_NAME, error.message()) : error;
    }

    public static VariableMap write(CharterInput charter) {
        return Variables.createVariables()
                .putValue(PROJECT_NAME, charter.name())
                .putValue(OBJECTIVES, charter.objectives())
                .putValue(BUSINESS_CASE, charter.businessCase())
                .putValue(SPONSOR, charter.sponsor())
                .putValue(PROJECT_MANAGER, charter.projectManager())
                .putValue(BUDGET, charter.budget() == null ? null : charter.budget().doubleValue())
                .putValue(TARGET_START, charter.targetStart() == null ? null : charter.targetStart().toString())
                .putValue(TARGET_END, charter.targetEnd() == null ? null : charter.targetEnd().toString())
                .putValue(RELATED_SERVICES, String.join(", ", charter.relatedServicesOrEmpty()))
                .putValue(STRATEGIC, charter.isStrategic());
    }

    private static LocalDate date(Map<String, Object> variables, String name, List<InvalidField> errors) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidField(name, "must be a date as YYYY-MM-DD, got '" + value + "'"));
            return null;
        }
    }

    private static Boolean bool(Map<String, Object> variables, String name, List<InvalidField> errors) {
        Object value = variables.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().strip().toLowerCase();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        errors.add(new InvalidField(name, "must be true or false, got '" + value + "'"));
        return null;
    }

    /** Services arrive as a comma-separated string from the form or as a list from JSON. */
    static List<String> services(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> items;
        if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            items = Arrays.asList(value.toString().split(","));
        }
        List<String> keys = new ArrayList<>();
        for (Object item : items) {
            String key = item == null ? "" : item.toString().strip();
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys.stream().distinct().toList();
    }
}
