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
 * the division the caller acts for in the {@code division} claim, a code prefix whose length must
 * fit the roles ({@code 410423} a county, {@code 410423203} a township; see {@link Roles}). Which
 * rows the caller reaches is not decided here but by the database, from the {@link Scope} this
 * class works out once per request.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServerRequest request;

    @Inject
    DataScope dataScope;

    private Actor actor;

    /** The token's subject: the account the audit trail and pairings name. */
    public String account() {
        return token.getName();
    }

    public boolean authenticated() {
        return token.getRawToken() != null;
    }

    public boolean has(Set<String> roles) {
        return token.getGroups().stream().anyMatch(roles::contains);
    }

    /**
     * The prefix every code the caller names must start with; never null. A token without a
     * division, or with one its roles cannot act for, is refused.
     */
    public String divisionPrefix() {
        String division = token.getClaim("division");
        var level = DivisionLevel.of(division);
        boolean fits = level.isPresent() && token.getGroups().stream().filter(Roles::known)
                .allMatch(role -> Roles.levels(role).contains(level.get()));
        if (!fits) {
            throw new ApiProblem(403, "no-division-claim");
        }
        return division;
    }

    /**
     * 403 {@code out-of-scope} when a division code the request names lies outside the caller's
     * division, decided from the code alone. What is not a code at all (missing, not digits) is left
     * to the domain's validation, which answers it as bad input.
     */
    public void requireCovers(String code) {
        if (code != null && code.matches("[0-9]+") && !code.startsWith(divisionPrefix())) {
            throw new ApiProblem(403, "out-of-scope", code, divisionPrefix());
        }
    }

    /**
     * A write about a village or township the request names: outside the caller's division, 403
     * {@code out-of-scope}; for a county leader or a department, one it is not paired with, 403
     * {@code not-paired}. (Reads need no such check: what the caller does not reach it cannot see.)
     */
    public void requireReaches(String code) {
        requireCovers(code);
        Scope scope = dataScope.bound();
        if (paired() && code != null && scope != null && scope.within().stream().noneMatch(code::startsWith)) {
            throw new ApiProblem(403, "not-paired", code);
        }
    }

    /**
     * Whether the caller reaches only the villages it is paired with: a county leader or a
     * department without a role that reads the whole division.
     */
    public boolean paired() {
        return token.getGroups().stream().filter(Roles::known).allMatch(Roles.PAIRED::contains) && has(Roles.PAIRED);
    }

    /** Whether ID-card and phone numbers may be shown to the caller in full. */
    public boolean seesPersonalData() {
        return has(Roles.PERSONAL_DATA);
    }

    /**
     * Places the caller for the rest of the request: its division, or for a county leader or a
     * department the villages it is paired with. Refuses a token whose division does not fit.
     */
    void placeInScope() {
        String division = divisionPrefix();
        if (paired()) {
            dataScope.bindPaired(account(), division);
        } else {
            dataScope.bind(Scope.division(division));
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
                    ? UUID.randomUUID().toString() : requestId, divisionPrefix());
        }
        return actor;
    }
}
