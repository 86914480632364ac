package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresSpringTest
class BusinessKeysPostgresTest {

    /** A prefix of its own, so that no earlier test has started its counter. */
    private static final String PREFIX = "RACE";

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /**
     * The interleaving of two requests for the year's first key: the first inserts the counter row and has not
     * committed yet; the second finds no row either, so its insert waits for the first. Once the first commits,
     * the second counts on instead of failing on the primary key.
     */
    @Test
    void aCallerRacingForTheFirstKeyOfTheYearGetsTheSecondKey() throws Exception {
        ExecutorService secondCaller = Executors.newSingleThreadExecutor();
        AtomicReference<Future<String>> second = new AtomicReference<>();
        try {
            String first = transactions.execute(status -> {
                String key = businessKeys.next(PREFIX);
                second.set(secondCaller.submit(() -> transactions.execute(inner -> businessKeys.next(PREFIX))));
                awaitInsertWaitingForALock();
                return key;
            });

            int year = Year.now(clock).getValue();
            assertThat(first).isEqualTo(PREFIX + "-" + year + "-0001");
            assertThat(second.get().get(30, TimeUnit.SECONDS)).isEqualTo(PREFIX + "-" + year + "-0002");
        } finally {
            secondCaller.shutdownNow();
        }
    }

    /**
     * Waits until a session waits for another transaction to end: the second caller's insert of the counter row.
     * Runs in the first caller's transaction, which would otherwise keep reading one snapshot of the statistics.
     */
    private void awaitInsertWaitingForALock() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity, (SELECT pg_stat_clear_snapshot()) c "
                + "WHERE wait_event_type = 'Lock' AND wait_event = 'transactionid'", Integer.class) == 0) {
            assertThat(Instant.now()).as("second caller's insert waiting for the first caller's row").isBefore(giveUp);
            Thread.onSpinWait();
        }
    }
}
