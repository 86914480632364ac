package io.charterline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Where a lifecycle's time goes: runs the benchmark's lifecycle on one application, records the measured part
 * with Java Flight Recorder (the JDK's "profile" settings) and prints throughput, commits and statements per
 * lifecycle and the most often prepared statements. Run it with
 * {@code mvn -Pbench verify -Dbench.main=io.charterline.bench.ProfileLifecycle -Dbench.args="..."}, where the
 * arguments are {@code delegates=ours|noop database=h2|postgres warmup=20 lifecycles=40 threads=2
 * out=target/lifecycle.jfr statements=40 callers=text}
 * ({@code out=none}: no recording; {@code statements}: how many of the most prepared statements to print;
 * {@code callers}: also print where the statements that contain this text, {@code +} for a space, are prepared),
 * each optional, and any other {@code name=value} an application property. Read the recording with
 * {@code jfr print --events jdk.ExecutionSample --stack-depth 200} or JDK Mission Control.
 */
public final class ProfileLifecycle {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("delegates", "ours", "database", "h2", "warmup", "20",
                "lifecycles", "40", "threads", "2", "out", "target/lifecycle.jfr", "statements", "40", "callers", ""));
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
        StepTimes steps = new StepTimes();
        try (Database database = postgres ? Database.postgres() : null;
             BenchApp app = BenchApp.start("profile-" + options.get("delegates"),
                     postgres ? database.fresh() : Database.h2(), engineOnly, settings, steps)) {
            System.out.printf("warm-up: %.2f lifecycles/s%n",
                    lifecycles(threads, options.get("warmup")).round(app)[0]);
            app.commits.resetStatements();
            if (!options.get("callers").isEmpty()) {
                app.commits.traceCallers(options.get("callers").replace('+', ' '));
            }
            steps.reset();
            // out=none measures without the recording, whose sampling inflates the CPU times.
            Recording recording = options.get("out").equals("none") ? null
                    : new Recording(Configuration.getConfiguration("profile"));
            if (recording != null) {
                recording.start();
            }
            LifecycleBenchmark measured = lifecycles(threads, options.get("lifecycles"));
            long cpuBefore = processCpuTime();
            ThreadCpu threadsBefore = ThreadCpu.now();
            long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            double[] figures = measured.round(app);
            long processCpu = processCpuTime() - cpuBefore;
            List<String> byThread = ThreadCpu.now().since(threadsBefore, measured.count(), processCpu);
            long classesLoaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore;
            if (recording != null) {
                recording.stop();
                Path out = Path.of(options.get("out"));
                Files.createDirectories(out.toAbsolutePath().getParent());
                recording.dump(out);
                recording.close();
                System.out.println("recording in " + out);
            }
            System.out.printf("measured: %.2f lifecycles/s, %.1f commits and %.0f statements per lifecycle%n",
                    figures[0], figures[1], figures[3]);
            for (Map.Entry<String, Long> statement : app.commits.mostPrepared(Integer.parseInt(options.get("statements")))) {
                System.out.printf("%8.2f  %s%n", statement.getValue() / (double) measured.count(),
                        statement.getKey());
            }
            for (Map.Entry<String, Long> caller : app.commits.callers()) {
                System.out.printf("%8.2f  from %s%n", caller.getValue() / (double) measured.count(), caller.getKey());
            }
            System.out.printf("process CPU time per lifecycle: %.1f ms; our steps' own CPU time per lifecycle:"
                    + " %.1f ms; per step:%n", processCpu / 1e6 / measured.count(),
                    steps.ownNanos() / 1e6 / measured.count());
            steps.report(measured.count()).forEach(System.out::println);
            if (!byThread.isEmpty()) {
                System.out.println("CPU time per lifecycle by thread (Linux):");
                byThread.forEach(System.out::println);
            }
            System.out.printf("classes loaded while measured: %d%n", classesLoaded);
        }
        System.exit(0);
    }

    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** At least {@code count} lifecycles, spread evenly over the threads. */
    private static LifecycleBenchmark lifecycles(int threads, String count) {
        return new LifecycleBenchmark(threads, Math.max(1, (Integer.parseInt(count) + threads - 1) / threads));
    }
}
