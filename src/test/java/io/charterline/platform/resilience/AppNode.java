package io.charterline.platform.resilience;

import io.charterline.support.JarProcesses;
import java.io.IOException;
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
        this.port = JarProcesses.freePort();
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
        if (process != null && process.isAlive()) {
            JarProcesses.stop(process);
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(JarProcesses.javaExecutable(), "-Xmx512m", "-jar",
                JarProcesses.jar("charterline.jar", "Failsafe sets it after the package phase").toString(),
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
        JarProcesses.awaitReady(name, baseUrl(), process, log, STARTUP_LIMIT);
    }
}
