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
 * The counter row is updated in place, so concurrent callers queue on its row lock instead of colliding. The
 * year's first key creates the row; two callers (threads or nodes) may both try, and the loser counts on.
 */
@Component
public class BusinessKeys {

    public static final String PROJECT = "PRJ";
    public static final String CHANGE_REQUEST = "CR";

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
        if (increment(prefix, year) == 0 && !createCounter(prefix, year)) {
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
     * Creates the year's counter at 1; answers false if a concurrent transaction created it first (its row is
     * committed once our insert returns). The insert runs inside a savepoint: PostgreSQL refuses every further
     * statement of a transaction after a failed one, and this transaction is the caller's, e.g. a project start.
     */
    private boolean createCounter(String prefix, int year) {
        return jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO key_counter (prefix, counter_year, last_value) VALUES (?, ?, 1)")) {
                insert.setString(1, prefix);
                insert.setInt(2, year);
                insert.executeUpdate();
                connection.releaseSavepoint(beforeInsert);
                return true;
            } catch (SQLException failed) {
                if (!UNIQUE_VIOLATION.equals(failed.getSQLState())) {
                    throw failed;
                }
                connection.rollback(beforeInsert);
                return false;
            }
        });
    }
}
