package io.charterline.platform.process;

import io.charterline.platform.web.InvalidField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads form variables as they arrive from Tasklist or engine-rest: numbers as Integer, Long, Double or text.
 * A value of the wrong type is reported as a bad field, never cast blindly; a blank value counts as missing.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    public static BigDecimal decimal(Map<String, Object> variables, String name, List<InvalidField> errors) {
        Object value = variables.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            errors.add(new InvalidField(name, "must be a number, got '" + value + "'"));
            return null;
        }
    }
}
