package io.charterline.bench;

import io.charterline.change.ImpactBenchmark;
import io.charterline.resource.AssignmentBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's entry point ({@code mvn -Pbench verify}): runs every section, prints the table and writes
 * BENCHMARKS.md. {@code -Dbench.quick=true} runs each section small, to check the harness, not to measure;
 * {@code -Dbench.only=algorithms,h2,postgres,rest} runs some sections only.
 */
public final class Benchmarks {

    private final boolean quick = Boolean.getBoolean("bench.quick");
    private final Set<String> only = Set.of(System.getProperty("bench.only", "all").split(","));
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
        System.exit(0);
    }

    private boolean runs(String section) {
        return only.contains("all") || only.contains(section);
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        report.fact("Mode", quick ? "QUICK (small samples: checks the harness, figures are not comparable)" : "full");
        report.fact("Conditions", System.getProperty("bench.conditions",
                "not stated (pass -Dbench.conditions=... to describe the machine's load)"));
        if (runs("algorithms")) {
            impact();
            assignment();
        }
        if (runs("h2")) {
            lifecycleOnH2();
        }
        if (runs("postgres")) {
            new PostgresSection(report, quick).run();
        }
        if (runs("rest")) {
            new RestSection(report, quick).run();
        }
        report.fact("Benchmark duration", String.format("%.1f min", (System.nanoTime() - start) / 60e9));
        report.print();
        report.write(Path.of(System.getProperty("bench.out", "BENCHMARKS.md")));
    }

    private void impact() {
        int[] sizes = {100, 1_000, 10_000, 50_000};
        int runs = quick ? 2 : 5;
        ImpactBenchmark benchmark = new ImpactBenchmark();
        List<Double> sizesForFit = new ArrayList<>();
        List<Double> p50ForFit = new ArrayList<>();
        for (int size : sizes) {
            // At least 200 samples where the target is (10,000), so that p95 is not one pause among ten.
            int samples = quick ? Math.min(50, Math.max(10, 20_000 / size))
                    : Math.min(400, Math.max(60, 2_000_000 / size));
            Map<String, List<Double>> byPercentile = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                List<Double> millis = benchmark.measure(size, run == 0 ? samples : samples / 4, samples).millis();
                for (int p : new int[] {50, 95, 99}) {
                    byPercentile.computeIfAbsent("p" + p, k -> new ArrayList<>()).add(Samples.percentile(millis, p));
                }
            }
            for (Map.Entry<String, List<Double>> entry : byPercentile.entrySet()) {
                Figure figure = Figure.of("impact", "one change, %,d work packages, 2,000 services, %s"
                        .formatted(size, entry.getKey()), "ms", entry.getValue());
                if (size == 10_000 && entry.getKey().equals("p95")) {
                    figure = figure.against(Figure.Target.atMost(50));
                }
                report.add(figure);
            }
            sizesForFit.add((double) size);
            p50ForFit.add(Samples.percentile(byPercentile.get("p50"), 50));
        }
        report.add(Figure.of("impact", "growth exponent of p50 over plan size (1 = linear)", "",
                List.of(Samples.growthExponent(sizesForFit, p50ForFit))).against(Figure.Target.atMost(1.2)));
    }

    private void assignment() {
        AssignmentBenchmark benchmark = new AssignmentBenchmark();
        for (int pool : new int[] {100, 1_000, 10_000}) {
            Figure figure = Figure.of("assignment", "1,000 work packages over %,d resources".formatted(pool), "ms",
                    benchmark.measure(pool, 1_000, quick ? 1 : 3, quick ? 2 : 5));
            if (pool == 10_000) {
                figure = figure.against(Figure.Target.atMost(1_000));
            }
            report.add(figure);
        }
    }

    private void lifecycleOnH2() throws Exception {
        report.fact("H2", "in memory, one database per application");
        try (BenchApp ours = BenchApp.start("h2-ours", Database.h2(), false, Map.of());
             BenchApp noOp = BenchApp.start("h2-noop", Database.h2(), true, Map.of())) {
            LifecycleRuns.report(report, "lifecycle H2", lifecycles(), List.of(ours, noOp), quick);
        }
    }

    private LifecycleBenchmark lifecycles() {
        return quick ? new LifecycleBenchmark(2, 2) : new LifecycleBenchmark(4, 10);
    }
}
