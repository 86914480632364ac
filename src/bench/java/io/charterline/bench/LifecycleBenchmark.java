package io.charterline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lifecycles per second of several applications measured in turns: every round runs the same number of
 * lifecycles on each application, starting with a different one each round, so that a slow minute of a shared
 * machine hurts all of them alike. Also counts commits per lifecycle.
 */
final class LifecycleBenchmark {

    record Result(String label, List<Double> perSecond, List<Double> commits, List<Double> writeCommits,
                  List<Double> statements) {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int threads;
    private final int perThread;

    LifecycleBenchmark(int threads, int perThread) {
        this.threads = threads;
        this.perThread = perThread;
    }

    /** Lifecycles per round. */
    int count() {
        return threads * perThread;
    }

    Map<String, Result> measure(List<BenchApp> apps, int warmUpRounds, int rounds) throws Exception {
        Map<String, Result> results = new LinkedHashMap<>();
        apps.forEach(app -> results.put(app.label, new Result(app.label, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>())));
        for (int round = 0; round < warmUpRounds + rounds; round++) {
            for (int i = 0; i < apps.size(); i++) {
                BenchApp app = apps.get((round + i) % apps.size());
                double[] figures = round(app);
                if (round >= warmUpRounds) {
                    Result result = results.get(app.label);
                    result.perSecond().add(figures[0]);
                    result.commits().add(figures[1]);
                    result.writeCommits().add(figures[2]);
                    result.statements().add(figures[3]);
                }
                System.out.printf("  %s round %d%s: %.1f lifecycles/s, %.1f commits (%.1f writing), %.0f statements"
                                + " per lifecycle%n", app.label, round + 1, round < warmUpRounds ? " (warm-up)" : "",
                        figures[0], figures[1], figures[2], figures[3]);
            }
        }
        return results;
    }

    /** Lifecycles per second; commits, writing commits and statements per lifecycle; of one round. */
    double[] round(BenchApp app) throws Exception {
        int count = count();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = NEXT.incrementAndGet();
            app.script.prepare(n);
            numbers.add(n);
        }
        long commitsBefore = app.commits.commits();
        long writesBefore = app.commits.writeCommits();
        long statementsBefore = app.commits.statements();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Integer> mine = numbers.subList(t * perThread, (t + 1) * perThread);
                running.add(pool.submit(() -> mine.forEach(app.script::run)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {count / seconds, (app.commits.commits() - commitsBefore) / (double) count,
                (app.commits.writeCommits() - writesBefore) / (double) count,
                (app.commits.statements() - statementsBefore) / (double) count};
    }
}
