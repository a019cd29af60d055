package io.bastion.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * An event of another service as a consumer sees it: its CloudEvents identity, when it happened
 * ({@code ce_time}, or when it arrived if the producer sent none) and its JSON data.
 */
public record IncomingEvent(String id, String source, String type, OffsetDateTime time, JsonNode data) {

    public UUID uuid(String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new EventIntake.UnusableEvent("no valid " + field + " in the data");
        }
    }

    public String text(String field, String fallback) {
        return data.hasNonNull(field) ? data.get(field).asText() : fallback;
    }

    public String required(String field) {
        if (!data.hasNonNull(field) || data.get(field).asText().isBlank()) {
            throw new EventIntake.UnusableEvent("no " + field + " in the data");
        }
        return data.get(field).asText();
    }

    /** The version of the record the event describes; a consumer applies nothing older than it holds. */
    public int version() {
        return data.path("version").asInt();
    }

    /** A day the data must carry, e.g. {@code startedOn}. */
    public LocalDate date(String field) {
        try {
            return LocalDate.parse(required(field));
        } catch (DateTimeParseException e) {
            throw new EventIntake.UnusableEvent("no valid " + field + " in the data");
        }
    }

    /** A day the data may carry; {@code null} when absent. */
    public LocalDate optionalDate(String field) {
        return data.hasNonNull(field) ? date(field) : null;
    }

    /** An amount the data may carry (万元, km, m²); {@code null} when absent. */
    public BigDecimal decimal(String field) {
        JsonNode node = data.path(field);
        return node.isNumber() ? node.decimalValue() : null;
    }
}
