package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node tools in {@code .ci/lint}: the same linters and schema that Camunda Modeler applies. A developer
 * installs them once with {@code npm ci --prefix .ci/lint}; CI ({@code CI=true}) must never skip them.
 */
final class LintTools {

    static final Path LINT_DIR = Path.of(".ci", "lint");
    private static final Path MODULES = LINT_DIR.resolve("node_modules");

    record Result(int exitCode, String output) {

        /** A clean file gives no output at all: dmnlint exits with 0 even after warnings, so output counts too. */
        boolean clean() {
            return exitCode == 0 && output.isBlank();
        }
    }

    private LintTools() {
    }

    /** Skips the calling test where the tools are not installed, or fails it in CI where they must be. */
    static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        if (!nodeRuns()) {
            missing.add("node on the PATH");
        }
        for (String module : List.of("bpmnlint", "bpmnlint-plugin-camunda-compat", "dmnlint", "ajv", "ajv-errors",
                "@camunda/element-templates-json-schema")) {
            if (!Files.isDirectory(MODULES.resolve(module))) {
                missing.add(MODULES.resolve(module).toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "The model lint tools are not installed (missing: " + String.join(", ", missing)
                + "). Run `npm ci --prefix .ci/lint` once from the repository root.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " CI=true: lint is part of the build there and must not be skipped.");
        }
        Assumptions.abort(message);
    }

    /** A script inside an installed package, e.g. {@code bpmnlint/bin/bpmnlint.js}. */
    static Path module(String script) {
        return MODULES.resolve(script);
    }

    /** Runs a Node script from the repository root, resolving packages and plugins from .ci/lint. */
    static Result node(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("charterline-lint", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                // bpmnlint resolves "plugin:camunda-compat/..." from the working directory, which has no node_modules.
                builder.environment().put("NODE_PATH", MODULES.toAbsolutePath().toString());
                builder.environment().put("NO_COLOR", "1");
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("Timed out after 60 s: " + String.join(" ", command));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
