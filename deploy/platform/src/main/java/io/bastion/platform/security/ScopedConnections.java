package io.bastion.platform.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands every connection taken from the pool the scope of whoever takes it, as two session settings
 * that the row-level security policies of every scoped table read ({@code db/scope/*.sql}):
 * {@code bastion.scope}, the LIKE patterns a row's {@code division} must match, and
 * {@code bastion.home}, the caller's own division. Set on every checkout, so a connection never
 * carries one caller's scope to the next; no query in any service can leave it out.
 */
@ApplicationScoped
public class ScopedConnections implements AgroalPoolInterceptor {

    private static final String SET = "select set_config('bastion.scope', ?, false), set_config('bastion.home', ?, false)";

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            set(connection, current(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the data scope of a connection", e);
        }
    }

    static void set(Connection connection, Scope scope) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, scope.patterns());
            set.setString(2, scope.home());
            set.execute();
        }
    }

    private static Scope current(Connection connection) throws SQLException {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return Scope.SYSTEM;
        }
        return Arc.container().instance(DataScope.class).get().forConnection(connection);
    }
}
