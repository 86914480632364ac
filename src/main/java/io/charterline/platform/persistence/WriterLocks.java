package io.charterline.platform.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets writers take turns where a rule spans many rows (free capacity across the pool, cycles across the service
 * graph, a person's hours across a day) and row versions alone cannot protect it: the caller holds a row lock of
 * {@code writer_lock} until its transaction ends, and the next writer waits for it.
 */
@Component
public class WriterLocks {

    public static final String RESOURCE_POOL = "RESOURCE_POOL";
    public static final String SERVICE_CATALOG = "SERVICE_CATALOG";
    public static final String TIME_ENTRIES = "TIME_ENTRIES";

    private final JdbcTemplate jdbc;

    public WriterLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String name) {
        String locked = jdbc.queryForObject("SELECT name FROM writer_lock WHERE name = ? FOR UPDATE", String.class,
                name);
        if (locked == null) {
            throw new IllegalStateException("No writer lock named " + name);
        }
    }
}
