package io.charterline.platform.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server (embedded binaries, no Docker) hosted by the test JVM and shared by the app nodes, with
 * the database and login docker-compose.yml creates. The test reads Charterline's own tables through it.
 */
final class Database implements AutoCloseable {

    static final String USER = "charterline";
    static final String PASSWORD = "charterline";

    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Database start() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                // two nodes with 20 pooled connections each, and the test
                .setServerConfig("max_connections", "100")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE USER " + USER + " PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE charterline OWNER " + USER);
        }
        return new Database(postgres);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/charterline";
    }

    /** The single number the query answers. */
    long number(String sql, Object... parameters) {
        return Long.parseLong(rows(sql, parameters).get(0).get(0));
    }

    /** Every row as its columns' text, in the query's order. */
    List<List<String>> rows(String sql, Object... parameters) {
        try (Connection connection = postgres.getDatabase(USER, "charterline").getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException failed) {
            throw new IllegalStateException("Query failed: " + sql, failed);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
