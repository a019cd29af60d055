package io.bastion.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.bastion.platform.domain.CalendarDays;
import io.bastion.platform.domain.PlainText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How every body is read, in every service: JSON as its schema says and nothing looser. A key twice,
 * anything after the value, nesting deeper than any record, a number where text belongs (or text
 * where a number or a yes/no belongs), a fraction where a whole number belongs, a day written as a
 * number or outside {@link CalendarDays}, and text that is not {@link PlainText} are each a 400 that
 * names the field ({@code ProblemMappers}), before any code of ours sees the value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Longer than any text a person writes into a record (a bulletin's body is a few thousand
     * characters); each field's own rule is tighter.
     */
    static final int MAX_TEXT = 20_000;

    /** Deeper than any record of ours nests (a plan's measures' evidence is four). */
    static final int MAX_NESTING = 32;

    /** After Quarkus's own customizers, whose JavaTimeModule would otherwise read days its own way. */
    @Override
    public int priority() {
        return QUARKUS_CUSTOMIZER_PRIORITY - 1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("bastion-strict-json")
                .addDeserializer(String.class, new ReadableText())
                .addDeserializer(LocalDate.class, new CalendarDay()));
    }

    /** Text as {@link StringDeserializer} reads it, refused when it is not {@link PlainText}. */
    static final class ReadableText extends StdScalarDeserializer<String> {

        ReadableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, context);
            if (!PlainText.readable(text)) {
                throw new UnreadableValue(p, "control-character", null, String.class);
            }
            if (text != null && text.length() > MAX_TEXT) {
                throw new UnreadableValue(p, "max-length", text.length(), String.class, MAX_TEXT);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A day as {@code YYYY-MM-DD} text, within {@link CalendarDays}; no numbers, no times, no years of six digits. */
    static final class CalendarDay extends StdScalarDeserializer<LocalDate> {

        CalendarDay() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new UnreadableValue(p, "type", null, LocalDate.class);
            }
            String text = p.getText();
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new UnreadableValue(p, "date", text, LocalDate.class);
            }
            try {
                LocalDate day = LocalDate.parse(text);
                if (!CalendarDays.sane(day)) {
                    throw new UnreadableValue(p, "date-range", text, LocalDate.class);
                }
                return day;
            } catch (DateTimeParseException e) {
                throw new UnreadableValue(p, "date", text, LocalDate.class);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
