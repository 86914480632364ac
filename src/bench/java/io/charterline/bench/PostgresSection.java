package io.charterline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The lifecycle on PostgreSQL with the shipped settings (application-postgres.yaml), the engine-only run, and
 * one tuning variant per setting, all measured in the same interleaved rounds; then PostgreSQL's own commit rate
 * and the lesson search.
 */
final class PostgresSection {

    /** Tuning variants: one setting changed each against the shipped configuration. */
    static final Map<String, Map<String, String>> VARIANTS = new LinkedHashMap<>();

    static {
        // Loses the variable history (HistoricDetail) that the lessons' gate facts and Tasklist's history read:
        // measured to show what full history costs, not a candidate for the default.
        VARIANTS.put("pg-history-audit", Map.of("camunda.bpm.history-level", "audit"));
        // Camunda's default, shipped until this benchmark found it slower: a removal time that the engine writes
        // into every history table of an instance when it ends, for cleanup by removal time. Charterline cleans up
        // by end time instead (application.yaml), which removes the same instances.
        VARIANTS.put("pg-removal-time-at-end", Map.of(
                "camunda.bpm.generic-properties.properties.historyRemovalTimeStrategy", "end",
                "camunda.bpm.generic-properties.properties.historyCleanupStrategy", "removalTimeBased"));
    }

    private final Report report;
    private final boolean quick;

    PostgresSection(Report report, boolean quick) {
        this.report = report;
        this.quick = quick;
    }

    void run() throws Exception {
        try (Database postgres = Database.postgres()) {
            report.fact("PostgreSQL", postgres.describe());
            double ownRate = commitRate(postgres);
            List<BenchApp> apps = new ArrayList<>();
            try {
                apps.add(BenchApp.start("pg-ours", postgres.fresh(), false, Map.of()));
                apps.add(BenchApp.start("pg-noop", postgres.fresh(), true, Map.of()));
                for (Map.Entry<String, Map<String, String>> variant : VARIANTS.entrySet()) {
                    apps.add(BenchApp.start(variant.getKey(), postgres.fresh(), false, variant.getValue()));
                }
                VARIANTS.forEach((name, settings) -> report.note(name + ": " + settings));
                Map<String, LifecycleBenchmark.Result> results = LifecycleRuns.report(report, "lifecycle PG",
                        quick ? new LifecycleBenchmark(2, 2) : new LifecycleBenchmark(4, 8), apps, quick);
                shareOfCommitRate(results.get("pg-ours"), ownRate);
                lessons(apps.get(0));
            } finally {
                for (BenchApp app : apps) {
                    app.close();
                }
            }
        }
    }

    /** Our lifecycles' commits per second, also as a share of what PostgreSQL commits alone with as many clients. */
    private void shareOfCommitRate(LifecycleBenchmark.Result ours, double ownRate) {
        List<Double> perSecond = new ArrayList<>();
        for (int i = 0; i < ours.perSecond().size(); i++) {
            perSecond.add(ours.perSecond().get(i) * ours.commits().get(i));
        }
        report.add(Figure.of("lifecycle PG", "pg-ours: commits per second (4 threads)", "commits/s", perSecond));
        report.add(Figure.of("lifecycle PG", "pg-ours: share of PostgreSQL's own commit rate at 4 clients", "%",
                perSecond.stream().map(rate -> 100 * rate / ownRate).toList()));
    }

    /**
     * Single-row insert and commit in a loop, at 1 and 4 clients: what the database itself can commit.
     *
     * @return the median rate at 4 clients, as many as the lifecycle runs use
     */
    private double commitRate(Database postgres) throws Exception {
        Database.Url url = postgres.fresh();
        try (Connection setup = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE commit_probe (id BIGINT GENERATED ALWAYS AS IDENTITY, at TIMESTAMP)");
        }
        double fourClients = 0;
        for (int clients : new int[] {1, 4}) {
            List<Double> runs = new ArrayList<>();
            for (int run = 0; run < (quick ? 2 : 3); run++) {
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                int each = quick ? 300 : 1_500;
                long start = System.nanoTime();
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        try (Connection connection = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(),
                                url.password());
                             PreparedStatement insert = connection.prepareStatement(
                                     "INSERT INTO commit_probe (at) VALUES (now())")) {
                            connection.setAutoCommit(false);
                            for (int i = 0; i < each; i++) {
                                insert.executeUpdate();
                                connection.commit();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
                pool.shutdown();
                runs.add(clients * each / ((System.nanoTime() - start) / 1e9));
            }
            report.add(Figure.of("PostgreSQL", "own commit rate, single-row insert + commit, %d client(s)"
                    .formatted(clients), "commits/s", runs));
            fourClients = Samples.percentile(runs, 50);
        }
        return fourClients;
    }

    private void lessons(BenchApp app) throws Exception {
        LessonSearchBenchmark benchmark = new LessonSearchBenchmark(app.context);
        for (int size : quick ? new int[] {2_000, 10_000} : new int[] {10_000, 100_000}) {
            benchmark.fillTo(size);
            List<Double> p95 = new ArrayList<>();
            for (int run = 0; run < (quick ? 2 : 5); run++) {
                p95.add(Samples.percentile(benchmark.measure(quick ? 20 : 100, quick ? 50 : 200), 95));
            }
            report.add(Figure.of("lessons", "search, %,d lessons, p95".formatted(size), "ms", p95)
                    .against(Figure.Target.atMost(50)));
        }
    }
}
