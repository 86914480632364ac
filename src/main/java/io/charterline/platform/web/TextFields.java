package io.charterline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses a number or true/false given for a text field of a request body ("must be text, not 5"), noted with the
 * body's other bad fields ({@link BodyTypeErrors}). Jackson would take it as its text without a word. Its coercion
 * configuration for text cannot refuse it instead: a refused coercion fails at once, past the problem handler that
 * collects. Outside a body being read (stored JSON) Jackson reads as it always did.
 */
final class TextFields extends SimpleModule {

    TextFields() {
        super("TextFields");
        addDeserializer(String.class, new Text());
    }

    private static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != null && (token.isNumeric() || token.isBoolean())
                    && BodyTypeErrors.noted(parser, "must be text, not " + parser.getText())) {
                return null;
            }
            return super.deserialize(parser, context);
        }
    }
}
