package io.charterline.platform.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Charterline node as operations runs it: the repackaged jar from {@code target/} in a JVM of its own, under
 * the postgres profile with the environment docker-compose.yml gives its app services. Its output goes to a log
 * file under {@code target/it-logs} so that a failed run can be read afterwards.
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin";

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(150);

    private final String name;
    private final int port;
    private final Database database;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private AppNode(String name, Database database, List<String> arguments) throws IOException {
        this.name = name;
        this.port = freePort();
        this.database = database;
        this.arguments = arguments;
        this.log = Path.of("target", "it-logs", name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
    }

    /**
     * Starts a node and waits until it is ready for traffic, which is after its startup runners (demo users and
     * resource pool). The engine's hostname is the node's name, so that the job log tells which node ran a job
     * (on one machine both nodes would otherwise have the same address).
     */
    static AppNode start(String name, Database database, String... extraArguments) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--management.endpoint.health.probes.enabled=true",
                // the demo users drive the work; the demo portfolio would only add load
                "--charterline.demo.projects=false"));
        arguments.addAll(List.of(extraArguments));
        AppNode node = new AppNode(name, database, arguments);
        node.launch();
        return node;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String name() {
        return name;
    }

    /** SIGKILL: no shutdown hook runs, open transactions die with their connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL for 30 s");
        }
        if (process.exitValue() != 128 + 9) {
            throw new IllegalStateException(name + " ended with " + process.exitValue() + ", not by SIGKILL (137)");
        }
    }

    /** Starts the same node again, on the same port and database, after {@link #kill()}. */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.profiles.active=postgres"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "CHARTERLINE_DB_URL", database.jdbcUrl(),
                "CHARTERLINE_DB_USER", Database.USER,
                "CHARTERLINE_DB_PASSWORD", Database.PASSWORD,
                "CHARTERLINE_DEMO_ENABLED", "true",
                "CHARTERLINE_ADMIN_USER", "admin",
                "CHARTERLINE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        process = builder.start();
        awaitReady();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during startup with exit code "
                        + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, interrupted);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready after " + STARTUP_LIMIT + "; see "
                + log.toAbsolutePath());
    }

    private static Path jar() {
        String jar = System.getProperty("charterline.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property charterline.jar must name the repackaged application "
                    + "jar (Failsafe sets it after the package phase); it is " + jar);
        }
        return Path.of(jar).toAbsolutePath();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
