package io.bastion.platform.api;

import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are record versions; updates must say, with {@code If-Match}, which version they change. */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("\"([0-9]{1,9})\"");
    private static final Pattern WEAK_ETAG = Pattern.compile("W/\"[^\"]*\"");

    private Preconditions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** A 200 with the record's view and its version as the ETag, for the next {@code If-Match}. */
    public static <T> RestResponse<T> versioned(T view, int version) {
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /**
     * The version an {@code If-Match} header names: 428 when it is missing, 412 for a weak tag (If-Match
     * compares strongly, RFC 9110 section 13.1.1, so a weak tag never matches), 400 when it is not ours.
     */
    public static int requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "precondition-required");
        }
        if (WEAK_ETAG.matcher(ifMatch.trim()).matches()) {
            throw new ApiProblem(412, "weak-etag", ifMatch.trim());
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("If-Match", "etag", ifMatch)));
        }
        return Integer.parseInt(matcher.group(1));
    }
}
