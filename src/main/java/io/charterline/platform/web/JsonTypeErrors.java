package io.charterline.platform.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a JSON value of the wrong type should have been, in words for the people who call our API: Jackson's own
 * message names the Java class ({@code java.math.BigDecimal}), which tells them nothing. Used for our API and for
 * engine-rest.
 */
public final class JsonTypeErrors {

    public static final String WRONG_TYPE = "has the wrong type or format";
    /** A longer value is left out of the message: whoever sent it can find it, and it would drown the rule. */
    private static final int LONGEST_VALUE_SHOWN = 50;

    private JsonTypeErrors() {
    }

    /** The message for a value of the wrong type, such as "must be a number, not 'lots'". */
    public static String message(MismatchedInputException exception) {
        return exception instanceof InvalidFormatException format && format.getValue() instanceof String value
                ? message(exception.getTargetType(), value)
                : expectation(exception.getTargetType());
    }

    /** The message for the text {@code value} given where a value of {@code type} belongs. */
    public static String message(Class<?> type, String value) {
        String expected = expectation(type);
        return value.length() <= LONGEST_VALUE_SHOWN ? expected + ", not '" + value + "'" : expected;
    }

    public static String expectation(Class<?> type) {
        if (type == null) {
            return WRONG_TYPE;
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "must be one of ", ""));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2026-12-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a date and time like 2026-12-31T20:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time like 2026-12-31T20:00:00";
        }
        if (type == LocalTime.class) {
            return "must be a time like 20:00";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "must be text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        // Our own request types are records and classes outside the JDK; JSON gives them as objects.
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java")) {
            return "must be an object";
        }
        return WRONG_TYPE;
    }
}
