package io.bastion.platform.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The scope of the request being served, fixed once by {@link ScopeFilter} before the resource runs
 * and read by {@link ScopedConnections} each time the request takes a database connection.
 */
@RequestScoped
public class DataScope {

    @Inject
    CurrentVertxRequest http;

    private Scope bound;
    private boolean resolving;

    void bind(Scope scope) {
        bound = scope;
    }

    /** While the caller's pairings are looked up, the lookup itself sees every row. */
    void resolving(boolean now) {
        resolving = now;
    }

    /** The scope the caller was placed in; null before {@link ScopeFilter} ran or outside a request. */
    Scope bound() {
        return bound;
    }

    /**
     * The scope a connection taken now gets: the caller's; during the lookup of its pairings, the
     * system's; outside any HTTP request (a consumer, a schedule, a test calling a bean), the
     * system's; an HTTP request whose caller was never placed sees nothing.
     */
    Scope forConnection() {
        if (resolving) {
            return Scope.SYSTEM;
        }
        if (bound != null) {
            return bound;
        }
        return http.getCurrent() == null ? Scope.SYSTEM : Scope.NONE;
    }
}
