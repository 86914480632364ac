package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.demo.ProjectDriver;
import io.charterline.plan.BaselineService;
import io.charterline.plan.BaselineStatus;
import io.charterline.plan.BaselineVersion;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.ProjectRepository;
import io.charterline.support.PostgresSpringTest;
import java.time.Duration;
import java.time.Instant;
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
class ConcurrentBaselineUpdatePostgresTest {

    @Autowired
    ProjectDriver driver;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ChangeRequestService changeRequestService;

    @Autowired
    BaselineUpdater baselineUpdater;

    @Autowired
    BaselineService baselines;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The interleaving the job executor produces when two approved changes reach "Update baseline" at once, both
     * analysed on v1: the first has recorded v2 and not committed yet when the second starts. The second waits for
     * the first, then applies its change on v2 as v3, so both changes are in the baseline and nothing fails.
     */
    @Test
    void aChangeAppliedWhileAnotherIsBeingAppliedWaitsAndBuildsOnTheOthersVersion() throws Exception {
        String projectKey = ExecutingProjects.start(driver, projects);
        ChangeProposal labels = ChangeControlTestSupport.proposal().add("WP-4", 8, "JAVA").build();
        ChangeProposal scales = ChangeControlTestSupport.proposal().add("WP-5", 16, "TESTING").build();
        String first = changeRequestService.register(projectKey, labels).getKey();
        String second = changeRequestService.register(projectKey, scales).getKey();

        ExecutorService secondJob = Executors.newSingleThreadExecutor();
        AtomicReference<Future<Integer>> secondVersion = new AtomicReference<>();
        try {
            int firstVersion = transactions.execute(status -> {
                int version = baselineUpdater.apply(projectKey, first, labels, 1);
                secondVersion.set(secondJob.submit(() -> transactions.execute(inner ->
                        baselineUpdater.apply(projectKey, second, scales, 1))));
                awaitSessionWaitingForAnotherTransaction();
                return version;
            });

            assertThat(firstVersion).isEqualTo(2);
            assertThat(secondVersion.get().get(30, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            secondJob.shutdownNow();
        }
        assertThat(baselines.versions(projectKey)).extracting(BaselineVersion::version, BaselineVersion::status,
                        BaselineVersion::changeRequestId)
                .containsExactly(tuple(1, BaselineStatus.SUPERSEDED, null), tuple(2, BaselineStatus.SUPERSEDED, first),
                        tuple(3, BaselineStatus.APPROVED, second));
        assertThat(baselines.baseline(projectKey, 3).orElseThrow().plan().specs())
                .extracting(WorkPackageSpec::code).containsExactly("WP-1", "WP-2", "WP-3", "WP-4", "WP-5");
    }

    /**
     * Waits until the second apply waits for the first one's transaction to end. Runs in the first one's
     * transaction, which would otherwise keep reading one snapshot of the statistics.
     */
    private void awaitSessionWaitingForAnotherTransaction() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity, (SELECT pg_stat_clear_snapshot()) c "
                + "WHERE wait_event_type = 'Lock' AND wait_event = 'transactionid'", Integer.class) == 0) {
            assertThat(Instant.now()).as("second apply waiting for the first").isBefore(giveUp);
            Thread.onSpinWait();
        }
    }
}
