package io.charterline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packaged application as a running server, once on H2 (a file database in a temporary directory) and once
 * on PostgreSQL: its startup time to ready, {@value #CLIENTS} HTTP clients submitting and approving charters
 * ({@link RestLoad}), and its memory after that load.
 */
final class RestSection {

    static final int CLIENTS = 32;

    private final Report report;
    private final Duration warmUp;
    private final Duration round;
    private final int rounds;

    RestSection(Report report, boolean quick) {
        this.report = report;
        this.warmUp = Duration.ofSeconds(quick ? 5 : 15);
        this.round = Duration.ofSeconds(quick ? 5 : 20);
        this.rounds = quick ? 2 : 3;
    }

    void run() throws Exception {
        report.fact("REST load", "%d clients (one thread and connection each) on the same machine as the server; "
                .formatted(CLIENTS) + "%d s warm-up, then %d rounds of %d s; server: the packaged jar, %s"
                .formatted(warmUp.toSeconds(), rounds, round.toSeconds(), PackagedApp.HEAP_LIMIT));
        Path h2 = Files.createTempDirectory("charterline-bench-h2");
        try {
            // as application.yaml's own file URL: the application closes the database itself on shutdown
            measure("rest H2", new Database.Url("jdbc:h2:file:" + h2.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
                    "sa", "", false));
        } finally {
            delete(h2);
        }
        try (Database postgres = Database.postgres()) {
            report.fact("PostgreSQL", postgres.describe());
            measure("rest PG", postgres.fresh());
        }
    }

    private void measure(String section, Database.Url database) throws Exception {
        try (PackagedApp app = PackagedApp.start(section.replace(' ', '-'), database)) {
            report.add(Figure.of("footprint", section.substring(5) + ": startup, process start to ready", "s",
                    List.of(app.startup.toMillis() / 1000.0)));
            RestLoad.Result result = new RestLoad(app.baseUrl, CLIENTS).run(warmUp, round, rounds);
            report.add(perRound(section, "submitted and approved charters", "charters/s", result,
                    RestLoad.Round::approvalsPerSecond));
            report.add(perRound(section, "requests", "requests/s", result, RestLoad.Round::requestsPerSecond));
            for (int p : new int[] {50, 95, 99}) {
                latency(section, "all requests, p" + p, null, p, result);
            }
            latency(section, "submit charter (POST /api/projects), p95", RestLoad.Kind.SUBMIT, 95, result);
            latency(section, "find task (GET /engine-rest/task), p95", RestLoad.Kind.FIND_TASK, 95, result);
            latency(section, "approve (POST .../complete), p95", RestLoad.Kind.APPROVE, 95, result);
            report.add(Figure.of(section, "failed requests (non-2xx, no answer, no task) in the rounds", "requests",
                    List.of((double) result.failures().size())).against(Figure.Target.atMost(0)));
            report.add(Figure.of(section, "failed requests in the warm-up", "requests",
                    List.of((double) result.warmUpFailures().size())).against(Figure.Target.atMost(0)));
            noteFailures(section + " warm-up", result.warmUpFailures());
            noteFailures(section, result.failures());
            report.add(Figure.of("footprint", section.substring(5) + ": resident memory (VmRSS) after the load", "MB",
                    List.of(app.residentMegabytes())));
            report.add(Figure.of("footprint", section.substring(5) + ": heap used after the load", "MB",
                    List.of(app.heapUsedMegabytes())));
        }
    }

    /** A latency percentile per round, over the rounds in which such requests ended at all. */
    private void latency(String section, String name, RestLoad.Kind kind, double percent, RestLoad.Result result) {
        List<Double> perRound = result.rounds().stream().map(round -> round.millis(kind))
                .filter(millis -> !millis.isEmpty()).map(millis -> Samples.percentile(millis, percent)).toList();
        if (perRound.isEmpty()) {
            report.note(section + ": no " + name.substring(0, name.indexOf(',')) + " request ended within a round");
            return;
        }
        report.add(Figure.of(section, "latency, " + name, "ms", perRound)
                .noting(perRound.size() < result.rounds().size() ? "rounds without such requests left out" : null));
    }

    /** Failures grouped by request and status (the text before the first colon), each with its first example. */
    private void noteFailures(String section, List<String> failures) {
        Map<String, List<String>> byKind = failures.stream().collect(Collectors.groupingBy(
                failure -> failure.split(": ", 2)[0], LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, examples) -> report.note("%s: %d × %s, first: %s"
                .formatted(section, examples.size(), kind, examples.get(0))));
    }

    private static Figure perRound(String section, String name, String unit, RestLoad.Result result,
                                   ToDoubleFunction<RestLoad.Round> measure) {
        return Figure.of(section, name, unit, result.rounds().stream().mapToDouble(measure).boxed().toList());
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
