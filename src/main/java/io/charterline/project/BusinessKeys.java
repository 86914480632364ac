package io.charterline.project;

import java.time.Clock;
import java.time.Year;
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
        int updated = jdbc.update(
                "UPDATE key_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?",
                prefix, year);
        if (updated == 0) {
            jdbc.update("INSERT INTO key_counter (prefix, counter_year, last_value) VALUES (?, ?, 1)", prefix, year);
        }
        Integer value = jdbc.queryForObject(
                "SELECT last_value FROM key_counter WHERE prefix = ? AND counter_year = ?",
                Integer.class, prefix, year);
        return "%s-%d-%04d".formatted(prefix, year, value);
    }
}
