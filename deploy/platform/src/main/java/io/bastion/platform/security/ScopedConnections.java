package io.bastion.platform.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Hands every connection taken from the pool the scope of whoever takes it, as two session settings
 * that the row-level security policies of every scoped table read ({@code db/scope/*.sql}):
 * {@code bastion.scope}, the LIKE patterns a row's {@code division} must match, and
 * {@code bastion.home}, the caller's own division. Checked on every checkout, so a connection never
 * carries one caller's scope to the next; no query in any service can leave it out.
 */
@ApplicationScoped
public class ScopedConnections implements AgroalPoolInterceptor {

    private static final String SET = "select set_config('bastion.scope', ?, false), set_config('bastion.home', ?, false)";

    /**
     * What each pooled connection is known to carry, so that taking it again for the same caller (a
     * request reads outside a transaction statement by statement) costs no round trip. Known only when
     * the setting was committed at once (autocommit); one made inside a transaction may yet be rolled
     * back, so it is forgotten, and set again next time.
     */
    private static final Map<Connection, Scope> CARRIED = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            Connection physical = connection.unwrap(Connection.class);
            Scope scope = current(connection);
            if (!scope.equals(CARRIED.get(physical))) {
                set(connection, scope);
            }
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
        Connection physical = connection.unwrap(Connection.class);
        if (connection.getAutoCommit()) {
            CARRIED.put(physical, scope);
        } else {
            CARRIED.remove(physical);
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
