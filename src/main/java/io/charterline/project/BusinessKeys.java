package io.charterline.project;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out readable business keys such as {@code PRJ-2026-0014}: a prefix, the year and a yearly sequence.
 * The counter row is updated in place, so concurrent callers queue on its row lock instead of colliding.
 */
@Component
public class BusinessKeys {

    public static final String PROJECT = "PRJ";
    public static final String CHANGE_REQUEST = "CR";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BusinessKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        int year = Year.now(clock).getValue();
        // A concurrent first caller of the year may still hold its new row uncommitted (H2 then times out the
        // loser's insert instead of failing it as a duplicate): try again until one of the two statements counts.
        for (int attempt = 1; increment(prefix, year) == 0 && !insertFirst(prefix, year); attempt++) {
            if (attempt == 5) {
                throw new IllegalStateException("Could not start or advance the " + prefix + " key counter of "
                        + year + " after 5 attempts; concurrent writers kept it locked");
            }
        }
        Integer value = jdbc.queryForObject(
                "SELECT last_value FROM key_counter WHERE prefix = ? AND counter_year = ?",
                Integer.class, prefix, year);
        return "%s-%d-%04d".formatted(prefix, year, value);
    }

    private int increment(String prefix, int year) {
        return jdbc.update("UPDATE key_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?",
                prefix, year);
    }

    /**
     * Starts the year's counter at 1; answers false when a concurrent caller started it first. The insert runs
     * under a savepoint because the loser's failed insert would otherwise abort the whole transaction on
     * PostgreSQL; the loser then increments the winner's row, waiting on its lock.
     */
    private boolean insertFirst(String prefix, int year) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO key_counter (prefix, counter_year, last_value) VALUES (?, ?, 1)")) {
                insert.setString(1, prefix);
                insert.setInt(2, year);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
                return true;
            } catch (SQLException startedConcurrently) {
                connection.rollback(beforeInsert);
                return false;
            }
        }));
    }
}
