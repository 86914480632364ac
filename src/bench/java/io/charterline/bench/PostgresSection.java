package io.charterline.bench;

import java.util.List;
import java.util.Map;

/**
 * The lifecycle on PostgreSQL with the shipped settings (application-postgres.yaml), the engine-only run, and
 * one tuning variant per setting, all measured in the same interleaved rounds; then PostgreSQL's own commit rate
 * and the lesson search.
 */
final class PostgresSection {

    /** Tuning variants: one setting changed each against the shipped configuration. */
    static final Map<String, Map<String, String>> VARIANTS = Map.of(
            "pg-history-audit", Map.of("camunda.bpm.history-level", "audit"),
            "pg-no-jdbc-batching", Map.of("camunda.bpm.generic-properties.properties.jdbc-batch-processing", "false"),
            "pg-pool-8", Map.of("spring.datasource.hikari.maximum-pool-size", "8"));

    private final Report report;
    private final boolean quick;

    PostgresSection(Report report, boolean quick) {
        this.report = report;
        this.quick = quick;
    }

    void run() throws Exception {
        try (Database postgres = Database.postgres()) {
            report.fact("PostgreSQL", postgres.describe());
            try (BenchApp ours = BenchApp.start("pg-ours", postgres.fresh(), false, Map.of());
                 BenchApp noOp = BenchApp.start("pg-noop", postgres.fresh(), true, Map.of())) {
                LifecycleRuns.report(report, "lifecycle PG", lifecycles(), List.of(ours, noOp), quick);
            }
        }
    }

    private LifecycleBenchmark lifecycles() {
        return quick ? new LifecycleBenchmark(2, 2) : new LifecycleBenchmark(4, 10);
    }
}
