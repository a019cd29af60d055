package io.bastion.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses to start on a database account that row-level security does not bind: a superuser, or a
 * role with BYPASSRLS, would see every county's rows whatever the policies say. The service's
 * account must own its database (Flyway creates the tables) and be neither.
 */
@ApplicationScoped
public class RowSecurityGuard {

    @Inject
    DataSource dataSource;

    void check(@Observes @Priority(1) StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet role = s.executeQuery("select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            role.next();
            if (role.getBoolean(2) || role.getBoolean(3)) {
                throw new IllegalStateException("the database account " + role.getString(1) + " is a superuser or bypasses"
                        + " row-level security, so it would see every county's rows; connect as the owner of the"
                        + " service's database, without SUPERUSER and BYPASSRLS (see the README)");
            }
        }
    }
}
