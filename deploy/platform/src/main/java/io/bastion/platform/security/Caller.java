package io.bastion.platform.security;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.problem.ApiProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from the token every service reads the same way: the roles in {@code groups} and
 * the division the caller acts for in the {@code division} claim, a code prefix ({@code 410423} a
 * county, {@code 410423203} a township). Each service's {@code CallerScope} says what its roles may
 * do with these answers.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServerRequest request;

    private Actor actor;

    /** The token's subject: the account the audit trail and pairings name. */
    public String account() {
        return token.getName();
    }

    public boolean has(Set<String> roles) {
        return token.getGroups().stream().anyMatch(roles::contains);
    }

    public boolean has(String role) {
        return token.getGroups().contains(role);
    }

    /** 403 {@code forbidden} unless the caller has one of the roles. */
    public void requireRole(Set<String> allowed) {
        if (!has(allowed)) {
            throw new ApiProblem(403, "forbidden");
        }
    }

    /** The prefix every code the caller touches must start with; never null. */
    public String divisionPrefix() {
        String division = token.getClaim("division");
        if (division == null || !division.matches("[0-9]{2,12}")) {
            throw new ApiProblem(403, "no-division-claim");
        }
        return division;
    }

    public boolean covers(String code) {
        return code != null && code.startsWith(divisionPrefix());
    }

    /** 403 {@code out-of-scope} unless the code lies in the caller's division. */
    public void requireCovers(String code) {
        if (!covers(code)) {
            throw new ApiProblem(403, "out-of-scope", code, divisionPrefix());
        }
    }

    /**
     * The caller as the audit trail records it, with the request id the client sent or one made up
     * once for the whole request, so every entry a request writes carries the same id.
     */
    public Actor actor() {
        if (actor == null) {
            String requestId = request.getHeader("X-Request-Id");
            actor = new Actor(token.getName(), token.getGroups(), requestId == null || requestId.isBlank()
                    ? UUID.randomUUID().toString() : requestId);
        }
        return actor;
    }
}
