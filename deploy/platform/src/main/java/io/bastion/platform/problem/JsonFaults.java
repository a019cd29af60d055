package io.bastion.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.json.UnreadableValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a body the JSON parser refused, as one violation: the field (a path such as
 * {@code measures[2].deadline}), a rule clients can switch on, and, for a value of the wrong kind,
 * the kind the schema wants in its own words. The parser's messages name Java classes and stream
 * positions, so none of them reaches the caller.
 */
final class JsonFaults {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private JsonFaults() {
    }

    static Violation violation(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnreadableValue refused) {
            return new Violation(field, refused.rule(), refused.getValue(), refused.arguments());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(field, "unknown-field", unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return new Violation(field, "one-of", format.getValue(), Arrays.toString(format.getTargetType().getEnumConstants()));
        }
        if (e instanceof StreamConstraintsException) {
            return new Violation(field, "too-deep", null);
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (e instanceof JsonParseException && duplicate.find()) {
            return new Violation(duplicate.group(1), "duplicate-key", null);
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return new Violation(null, "trailing-content", null);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (field == null) {
                return message.startsWith("No content") ? new Violation(null, "body-required", null)
                        : new Violation(null, "json-object", null);
            }
            return new Violation(field, "type", null, kind(mismatch.getTargetType()));
        }
        var at = e.getLocation();
        return new Violation(field, "json-syntax", null, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
    }

    /** The kind of value a Java type takes, as the OpenAPI document calls it. */
    static String kind(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ", "one of ", ""));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == UUID.class) {
            return "string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == OffsetDateTime.class) {
            return "date-time";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "object" : type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? null : path;
    }
}
