package io.charterline.bench;

import io.charterline.support.JarProcesses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The packaged jar ({@code -Dbench.jar}, which the package phase builds before the benchmark runs) in a JVM of its
 * own, as operations runs it: on H2 or, under the postgres profile, on a PostgreSQL database given through the
 * environment, with the demo users and without the demo portfolio. Its output goes to
 * {@code target/bench-logs/<label>.log}, so that a failed start can be read afterwards.
 */
final class PackagedApp implements AutoCloseable {

    /** The application's heap limit, stated in the report next to its memory figures. */
    static final String HEAP_LIMIT = "-Xmx512m";

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String label;
    final String baseUrl;
    /** From the process start to the first successful readiness probe. */
    final Duration startup;
    private final Process process;

    private PackagedApp(String label, String baseUrl, Process process, Duration startup) {
        this.label = label;
        this.baseUrl = baseUrl;
        this.process = process;
        this.startup = startup;
    }

    static PackagedApp start(String label, Database.Url database) throws IOException {
        int port = JarProcesses.freePort();
        Path log = Path.of("target", "bench-logs", label + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(
                JarProcesses.javaExecutable(), HEAP_LIMIT, "-jar", JarProcesses.jar("bench.jar",
                        "the bench profile sets it to target/<finalName>.jar, built by the package phase").toString(),
                "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true",
                "--charterline.demo.projects=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (database.postgres()) {
            command.add("--spring.profiles.active=postgres");
            builder.environment().put("CHARTERLINE_DB_URL", database.jdbcUrl());
            builder.environment().put("CHARTERLINE_DB_USER", database.user());
            builder.environment().put("CHARTERLINE_DB_PASSWORD", database.password());
            builder.environment().put("CHARTERLINE_DEMO_ENABLED", "true");
        } else {
            command.add("--spring.datasource.url=" + database.jdbcUrl());
        }
        long begin = System.nanoTime();
        Process process = builder.start();
        String baseUrl = "http://localhost:" + port;
        JarProcesses.awaitReady(label, baseUrl, process, log, STARTUP_LIMIT);
        return new PackagedApp(label, baseUrl, process, Duration.ofNanos(System.nanoTime() - begin));
    }

    /** Resident set size of the application's JVM, from {@code /proc/<pid>/status}. */
    double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/" + process.pid() + "/status (not Linux?)");
    }

    /** Heap in use, summed over the heap pools Micrometer reports on /actuator/prometheus (readable by pmo). */
    double heapUsedMegabytes() throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("pmo:pmo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": /actuator/prometheus answered " + response.statusCode());
        }
        return response.body().lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum() / (1024 * 1024);
    }

    @Override
    public void close() throws InterruptedException {
        JarProcesses.stop(process);
    }
}
