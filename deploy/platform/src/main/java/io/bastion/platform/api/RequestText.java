package io.bastion.platform.api;

import io.bastion.platform.domain.PlainText;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * What a path or a query string may say, for every operation before it runs: {@link PlainText}, and
 * no value longer than any code, id, filter or cursor of ours. The bodies' text is checked where JSON
 * is read ({@code StrictJson}) and where files are read.
 */
public class RequestText {

    /** Longer than any code, id, date, enum, cursor or search text the API takes. */
    static final int MAX_VALUE_LENGTH = 1000;

    /** After matching, so that a path parameter is named as the operation names it. */
    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        request.getUriInfo().getPathParameters(true).forEach((name, values) -> values.forEach(value -> check(name, value, violations)));
        request.getUriInfo().getQueryParameters(true).forEach((name, values) -> {
            check("query", name, violations);
            values.forEach(value -> check(name, value, violations));
        });
        if (!violations.isEmpty()) {
            throw new ApiProblem(400, "malformed-request", violations);
        }
    }

    private static void check(String field, String value, List<Violation> violations) {
        if (!PlainText.readable(value)) {
            violations.add(new Violation(PlainText.readable(field) ? field : "query", "control-character", null));
        } else if (value.length() > MAX_VALUE_LENGTH) {
            violations.add(new Violation(field, "max-length", value.length(), MAX_VALUE_LENGTH));
        }
    }
}
