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
 * The counter row is updated in place, so concurrent callers queue on its row lock instead of colliding; the
 * first callers of a year race to insert the row, and the losers count on from the winner's row.
 */
@Component
public class BusinessKeys {

    public static final String PROJECT = "PRJ";
    public static final String CHANGE_REQUEST = "CR";
    /** SQLSTATE of a unique or primary key violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BusinessKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        int year = Year.now(clock).getValue();
        if (increment(prefix, year) == 0 && !startYear(prefix, year)) {
            increment(prefix, year);
        }
        Integer value = jdbc.queryForObject(
                "SELECT last_value FROM key_counter WHERE prefix = ? AND counter_year = ?",
                Integer.class, prefix, year);
        return "%s-%d-%04d".formatted(prefix, year, value);
    }

    private int increment(String prefix, int year) {
        return jdbc.update(
                "UPDATE key_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?",
                prefix, year);
    }

    /**
     * Inserts the year's counter at 1; answers false when a concurrent caller inserted it first. That caller's
     * insert makes this one wait for its commit and then fail on the primary key. The failed insert is undone to
     * a savepoint, because PostgreSQL refuses every further statement of a transaction after an error.
     */
    private boolean startYear(String prefix, int year) {
        return jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO key_counter (prefix, counter_year, last_value) VALUES (?, ?, 1)")) {
                insert.setString(1, prefix);
                insert.setInt(2, year);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeInsert);
                return false;
            }
        });
    }
}
