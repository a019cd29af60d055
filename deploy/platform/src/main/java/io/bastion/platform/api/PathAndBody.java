package io.bastion.platform.api;

import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;

import java.util.List;
import java.util.UUID;

/** What a resource checks before anything else: an id in the path names something, a body was sent. */
public final class PathAndBody {

    private PathAndBody() {
    }

    /** The id in a path; one that is not a UUID names nothing, which is a 404 for that kind of record. */
    public static UUID id(String kind, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound(kind, text);
        }
    }

    /** The request's body; none at all is a 400. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(null, "body-required", null)));
        }
        return body;
    }
}
