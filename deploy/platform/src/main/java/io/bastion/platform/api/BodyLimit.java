package io.bastion.platform.api;

import io.bastion.platform.problem.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One record is a few kilobytes; only bulk imports may send megabytes. A larger body for anything
 * else is refused before it is read.
 */
public class BodyLimit {

    static final long RECORD_MAX_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || request.getUriInfo().getPath().endsWith("/import")) {
            return;
        }
        try {
            if (Long.parseLong(length.trim()) > RECORD_MAX_BYTES) {
                throw new ApiProblem(413, "payload-too-large");
            }
        } catch (NumberFormatException e) {
            // a malformed Content-Length is Vert.x's to refuse
        }
    }
}
