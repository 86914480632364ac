package io.charterline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Where a lifecycle's time goes: runs the benchmark's lifecycle on one application, records the measured part
 * with Java Flight Recorder (the JDK's "profile" settings) and prints throughput, commits and statements per
 * lifecycle and the most often prepared statements. Run it with
 * {@code mvn -Pbench verify -Dbench.main=io.charterline.bench.ProfileLifecycle -Dbench.args="..."}, where the
 * arguments are {@code delegates=ours|noop database=h2|postgres warmup=20 lifecycles=40 threads=2
 * out=target/lifecycle.jfr}, each optional, and any other {@code name=value} an application property. Read the
 * recording with {@code jfr print --events jdk.ExecutionSample --stack-depth 200} or JDK Mission Control.
 */
public final class ProfileLifecycle {

    private static final AtomicInteger NEXT = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("delegates", "ours", "database", "h2", "warmup", "20",
                "lifecycles", "40", "threads", "2", "out", "target/lifecycle.jfr"));
        Map<String, String> settings = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            String[] pair = arg.split("=", 2);
            if (pair.length == 2) {
                (options.containsKey(pair[0]) ? options : settings).put(pair[0], pair[1]);
            }
        }
        boolean engineOnly = options.get("delegates").equals("noop");
        boolean postgres = options.get("database").equals("postgres");
        int threads = Integer.parseInt(options.get("threads"));
        try (Database database = postgres ? Database.postgres() : null;
             BenchApp app = BenchApp.start("profile-" + options.get("delegates"),
                     postgres ? database.fresh() : Database.h2(), engineOnly, settings)) {
            System.out.printf("warm-up: %.2f lifecycles/s%n",
                    run(app, Integer.parseInt(options.get("warmup")), threads));
            int count = Integer.parseInt(options.get("lifecycles"));
            long commits = app.commits.commits();
            long statements = app.commits.statements();
            app.commits.resetStatements();
            Path out = Path.of(options.get("out"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
                recording.start();
                double perSecond = run(app, count, threads);
                recording.stop();
                recording.dump(out);
                System.out.printf("measured: %.2f lifecycles/s, %.1f commits and %.0f statements per lifecycle;"
                                + " recording in %s%n", perSecond, (app.commits.commits() - commits) / (double) count,
                        (app.commits.statements() - statements) / (double) count, out);
            }
            for (Map.Entry<String, Long> statement : app.commits.mostPrepared(40)) {
                System.out.printf("%8.2f  %s%n", statement.getValue() / (double) count, statement.getKey());
            }
        }
        System.exit(0);
    }

    private static double run(BenchApp app, int count, int threads) throws Exception {
        List<Integer> numbers = IntStream.range(0, count).map(i -> NEXT.incrementAndGet())
                .boxed().toList();
        numbers.forEach(app.script::prepare);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = IntStream.range(0, threads).<Future<?>>mapToObj(t ->
                    pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            app.script.run(numbers.get(i));
                        }
                    })).toList();
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdown();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
