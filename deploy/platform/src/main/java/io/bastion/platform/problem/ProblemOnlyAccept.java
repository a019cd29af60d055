package io.bastion.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A client that accepts only problem documents is still answered. A generated client asks for
 * exactly the media types an operation's answers declare; for an operation whose success has no
 * body (a 204), that is {@code application/problem+json} alone, which would otherwise match no
 * resource (they produce JSON) and be refused with 406. Such a request is matched as if it accepted
 * anything else too, at the lowest preference, so its errors still come as problems.
 */
@Provider
@PreMatching
public class ProblemOnlyAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && onlyProblems(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.01");
        }
    }

    private static boolean onlyProblems(String accept) {
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim();
            if (!type.equalsIgnoreCase(Problem.MEDIA_TYPE)) {
                return false;
            }
        }
        return true;
    }
}
