package io.charterline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Refuses a fraction given for a whole-number field of a request body ("must be a whole number, not 37.9"), noted
 * with the body's other bad fields ({@link BodyTypeErrors}). Jackson would cut it to 37 without a word: its
 * ACCEPT_FLOAT_AS_INT cannot simply be turned off, as it then fails on the first such value, past the collecting.
 * A whole number written as 37.0 is 37. Outside a body being read (stored JSON) Jackson reads as it always did.
 */
final class WholeNumbers extends SimpleModule {

    WholeNumbers() {
        super("WholeNumbers");
        addDeserializer(Integer.class, new WholeNumber<>(Integer.class));
        addDeserializer(int.class, new WholeNumber<>(int.class));
        addDeserializer(Long.class, new WholeNumber<>(Long.class));
        addDeserializer(long.class, new WholeNumber<>(long.class));
    }

    private static final class WholeNumber<T> extends StdDeserializer<T> {

        private final transient JsonDeserializer<T> standard;

        @SuppressWarnings("unchecked")
        WholeNumber(Class<T> type) {
            super(type);
            this.standard = (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName());
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && !whole(parser)
                    && BodyTypeErrors.noted(parser, "must be a whole number, not " + parser.getText())) {
                return standard.getNullValue(context);
            }
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return standard.getNullValue(context);
        }

        private static boolean whole(JsonParser parser) throws IOException {
            BigDecimal value = parser.getDecimalValue();
            return value.stripTrailingZeros().scale() <= 0;
        }
    }
}
