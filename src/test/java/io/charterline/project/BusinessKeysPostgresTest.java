package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresSpringTest
class BusinessKeysPostgresTest {

    /** Fewer than the test pool's ten connections: each caller holds one while its transaction stays open. */
    private static final int CALLERS = 8;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    EmbeddedPostgres postgres;

    /**
     * Every caller takes its key and then keeps its transaction open until all callers hold a key. A key that
     * locked something until commit (as the old counter row did) would keep the second caller waiting for the
     * first, the first waiting at the barrier for the second, and the barrier would time out.
     */
    @Test
    void callersInOpenTransactionsAllGetDistinctKeysWithoutWaitingForEachOther() throws Exception {
        CyclicBarrier allHoldAKey = new CyclicBarrier(CALLERS);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<String>> taken = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                taken.add(callers.submit(() -> transactions.execute(status -> {
                    String key = businessKeys.next(BusinessKeys.PROJECT);
                    awaitTheOthers(allHoldAKey);
                    return key;
                })));
            }
            List<String> keys = new ArrayList<>();
            for (Future<String> key : taken) {
                keys.add(key.get(30, TimeUnit.SECONDS));
            }

            assertThat(keys).hasSize(CALLERS).doesNotHaveDuplicates();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aRolledBackCallersNumberIsNotHandedOutAgain() {
        String rolledBack = transactions.execute(status -> {
            status.setRollbackOnly();
            return businessKeys.next(BusinessKeys.CHANGE_REQUEST);
        });

        String next = transactions.execute(status -> businessKeys.next(BusinessKeys.CHANGE_REQUEST));

        assertThat(number(next)).isGreaterThan(number(rolledBack));
    }

    @Test
    void keysAreThePrefixTheCurrentYearAndANumberOfAtLeastFourDigits() {
        String year = Year.now(clock).toString();

        assertThat(businessKeys.next(BusinessKeys.PROJECT)).matches("PRJ-" + year + "-\\d{4,}");
        assertThat(businessKeys.next(BusinessKeys.CHANGE_REQUEST)).matches("CR-" + year + "-\\d{4,}");
    }

    @Test
    void anUpgradedDatabaseGoesOnAfterTheHighestNumberItsKeyCounterHandedOutInAnyYear() throws Exception {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE key_counter_upgrade");
        DataSource upgraded = postgres.getDatabase("postgres", "key_counter_upgrade");

        BusinessKeys keys = KeyCounterUpgrade.upgrade(upgraded, "postgresql");

        assertThat(keys.next(BusinessKeys.PROJECT)).isEqualTo("PRJ-2026-0042");
        assertThat(keys.next(BusinessKeys.CHANGE_REQUEST)).isEqualTo("CR-2026-0004");
    }

    private static void awaitTheOthers(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception someCallerWaited) {
            throw new IllegalStateException("Not all " + CALLERS + " callers held a key within 10 s",
                    someCallerWaited);
        }
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }
}
