package io.bastion.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.domain.Violation;

import java.util.List;

/**
 * A JSON merge patch (RFC 7386) of a record's draft: fields present replace, {@code null} clears,
 * absent fields stay. The result is the whole draft, which the domain then checks as a whole.
 */
public final class MergePatch {

    private MergePatch() {
    }

    public static <D> D apply(ObjectMapper json, D current, JsonNode patch, Class<D> type) {
        if (!(patch instanceof ObjectNode changes)) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(null, "json-object", null)));
        }
        ObjectNode merged = json.valueToTree(current);
        changes.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return json.convertValue(merged, type);
    }
}
