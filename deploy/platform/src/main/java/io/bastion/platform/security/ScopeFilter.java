package io.bastion.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Places every authenticated caller of the API in its scope before any resource runs, so no
 * operation, present or future, can reach the database unscoped. An anonymous request is left to
 * the resource's security annotation (401); should one ever reach the database, it sees no row.
 */
public class ScopeFilter {

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void placeCaller(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/") && caller.authenticated()) {
            caller.placeInScope();
        }
    }
}
