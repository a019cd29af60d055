package io.bastion.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
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
}
