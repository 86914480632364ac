package io.charterline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads on past a value of the wrong type or an unknown field in a request body of our API, noting the field and
 * leaving the value null, so that one answer can name every such field: Jackson alone stops at the first. Only
 * while {@link EveryBadFieldAdvice} reads a body; everywhere else Jackson fails as it always does, so nothing
 * that is read outside a request (stored JSON, engine-rest) can silently lose a value.
 */
final class BodyTypeErrors extends DeserializationProblemHandler {

    private static final String ERRORS = BodyTypeErrors.class.getName() + ".errors";

    static void collect() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ERRORS, new ArrayList<InvalidField>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The errors noted while reading the body; collecting ends. */
    static List<InvalidField> collected() {
        List<InvalidField> errors = current();
        if (errors == null) {
            return List.of();
        }
        RequestContextHolder.currentRequestAttributes().removeAttribute(ERRORS, RequestAttributes.SCOPE_REQUEST);
        return errors;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                         String failureMessage) {
        return noted(context.getParser(), JsonTypeErrors.message(targetType, value)) ? null : NOT_HANDLED;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                         String failureMessage) {
        return noted(context.getParser(), JsonTypeErrors.expectation(targetType)) ? null : NOT_HANDLED;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                        JsonParser parser, String failureMessage) throws IOException {
        if (!noted(parser, JsonTypeErrors.expectation(targetType.getRawClass()))) {
            return NOT_HANDLED;
        }
        parser.skipChildren();
        return null;
    }

    /**
     * Text where a list or an object is wanted ({@code "affectedItems": "CRM"}): Jackson asks for a constructor from
     * text instead of calling the unexpected token's handler, and would fail at once, losing the fields noted so far.
     */
    @Override
    public Object handleMissingInstantiator(DeserializationContext context, Class<?> instantiatedType,
                                            ValueInstantiator instantiator, JsonParser parser, String message)
            throws IOException {
        if (!noted(parser, JsonTypeErrors.expectation(instantiatedType))) {
            return NOT_HANDLED;
        }
        parser.skipChildren();
        return null;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                         JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
            throws IOException {
        if (!noted(parser, "is not a known field")) {
            return false;
        }
        parser.skipChildren();
        return true;
    }

    /** Notes the error of the parser's current value, unless nobody collects or the value is the whole body. */
    static boolean noted(JsonParser parser, String message) {
        List<InvalidField> errors = current();
        String path = parser == null ? "" : path(parser);
        if (errors == null || path.isEmpty()) {
            return false;
        }
        errors.add(new InvalidField(path, message));
        return true;
    }

    /** The value's path, as {@code workPackageChanges[0].estimateHours}. */
    private static String path(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    @SuppressWarnings("unchecked")
    private static List<InvalidField> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null
                : (List<InvalidField>) attributes.getAttribute(ERRORS, RequestAttributes.SCOPE_REQUEST);
    }
}
