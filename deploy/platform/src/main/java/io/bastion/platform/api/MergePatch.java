package io.bastion.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * A JSON merge patch (RFC 7386) of a record's draft: fields present replace, objects merge member by
 * member, {@code null} clears, absent fields stay, and a list is replaced whole. The result is the
 * whole draft, which the domain then checks as a whole.
 */
public final class MergePatch {

    /** What a PATCH consumes, besides plain JSON. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    public static <D> D apply(ObjectMapper json, D current, JsonNode patch, Class<D> type) {
        if (!(patch instanceof ObjectNode changes)) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(null, "json-object", null)));
        }
        ObjectNode merged = json.valueToTree(current);
        merge(merged, changes);
        try {
            return json.convertValue(merged, type);
        } catch (IllegalArgumentException e) {
            // An unknown field or a value of the wrong type in the patch: the caller's 400, like a bad body.
            if (e.getCause() instanceof JsonProcessingException unreadable) {
                throw new WebApplicationException(unreadable, 400);
            }
            throw e;
        }
    }

    private static void merge(ObjectNode target, ObjectNode changes) {
        changes.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (field.getValue() instanceof ObjectNode nested && existing instanceof ObjectNode into) {
                merge(into, nested);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        });
    }
}
