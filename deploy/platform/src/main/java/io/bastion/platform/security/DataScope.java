package io.bastion.platform.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope of the request being served, placed by {@link ScopeFilter} before the resource runs and
 * read by {@link ScopedConnections} each time the request takes a database connection. A county
 * leader's or a department's villages are looked up on the first connection the request takes, so
 * placing a caller never blocks, whatever thread the filter runs on.
 */
@RequestScoped
public class DataScope {

    @Inject
    CurrentVertxRequest http;

    @Inject
    Instance<PairedVillages> pairedVillages;

    @Inject
    DataSource dataSource;

    private Scope bound;
    private String pairedAccount;
    private String pairedDivision;

    void bind(Scope scope) {
        bound = scope;
    }

    /** The caller reaches the villages the account is paired with, within the division; looked up when first needed. */
    void bindPaired(String account, String division) {
        pairedAccount = account;
        pairedDivision = division;
    }

    /** The scope the caller was placed in, its pairings looked up if they were not yet; null outside a placed request. */
    Scope bound() {
        if (bound == null && pairedAccount != null) {
            try (Connection c = dataSource.getConnection()) {
                // Taking the connection placed the caller (see forConnection).
                c.isValid(0);
            } catch (SQLException e) {
                throw new IllegalStateException("could not look up the caller's pairings", e);
            }
        }
        return bound;
    }

    /**
     * The scope a connection taken now gets: the caller's; outside any HTTP request (a consumer, a
     * schedule, a test calling a bean), the system's; an HTTP request whose caller was never placed
     * sees nothing.
     */
    Scope forConnection(Connection connection) throws SQLException {
        if (bound == null && pairedAccount != null) {
            bound = Scope.paired(pairedVillages(connection), pairedDivision);
        }
        if (bound != null) {
            return bound;
        }
        return http.getCurrent() == null ? Scope.SYSTEM : Scope.NONE;
    }

    /** Read as the service itself, on the connection about to be scoped: the lookup must see every pairing. */
    private List<String> pairedVillages(Connection connection) throws SQLException {
        List<String> villages = new ArrayList<>();
        if (!pairedVillages.isResolvable()) {
            return villages;
        }
        ScopedConnections.set(connection, Scope.SYSTEM);
        try (PreparedStatement lookup = connection.prepareStatement(pairedVillages.get().query())) {
            lookup.setString(1, pairedAccount);
            try (ResultSet rows = lookup.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(1);
                    // An account may be paired in another county too; the token says which one it acts for.
                    if (code.startsWith(pairedDivision)) {
                        villages.add(code);
                    }
                }
            }
        }
        return villages;
    }
}
