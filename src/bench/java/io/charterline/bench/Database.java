package io.charterline.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where the benchmark's databases come from: H2 in memory, or a PostgreSQL server, either the one named by
 * CHARTERLINE_DB_URL (with CHARTERLINE_DB_USER / CHARTERLINE_DB_PASSWORD; the user must be allowed to create
 * databases) or the embedded binaries the tests use. Every application gets a fresh database of its own.
 */
final class Database implements AutoCloseable {

    record Url(String jdbcUrl, String user, String password, boolean postgres) {
    }

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    private int created;

    private Database(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    static Database postgres() throws IOException {
        String url = System.getenv("CHARTERLINE_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Database(null, url, System.getenv().getOrDefault("CHARTERLINE_DB_USER", "charterline"),
                    System.getenv().getOrDefault("CHARTERLINE_DB_PASSWORD", ""));
        }
        EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
        return new Database(server, server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    static Url h2() {
        return new Url("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", false);
    }

    String describe() {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion()
                    + (embedded != null ? " (embedded binaries)" : " (CHARTERLINE_DB_URL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + serverUrl, e);
        }
    }

    /** A new, empty database on the server. */
    Url fresh() {
        String name = "bench_" + ProcessHandle.current().pid() + "_" + (++created);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " at " + serverUrl
                    + " (the benchmark needs a user who may CREATE DATABASE)", e);
        }
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        String url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
        return new Url(url, user, password, true);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
