package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model in processes/ passes the build's lint rules (.bpmnlintrc, .dmnlintrc): bpmnlint's recommended rules
 * and the Camunda 7.24 compatibility rules that Camunda Modeler also applies, and dmnlint's recommended rules.
 */
class ModelLintTest {

    private static final Path PROCESSES = Path.of("processes");

    @TestFactory
    Stream<DynamicTest> everyModelInProcessesLintsWithoutErrorsOrWarnings() throws IOException {
        LintTools.requireInstalled();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PROCESSES)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("models in %s", PROCESSES).isNotEmpty();
        return files.stream().map(file -> dynamicTest(file.toString(), () -> {
            LintTools.Result result = lint(file);
            assertThat(result.clean()).as("lint findings for %s:%n%s", file, result.output()).isTrue();
        }));
    }

    @Test
    void processWithoutHistoryTimeToLiveIsAnError(@TempDir Path dir) throws IOException {
        LintTools.requireInstalled();
        Path model = dir.resolve("no-history-time-to-live.bpmn");
        Files.writeString(model, """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    id="Definitions_NoHistoryTimeToLive" targetNamespace="https://charterline.io/bpmn">
                  <bpmn:process id="no-history-time-to-live" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_Started" name="Started" />
                  </bpmn:process>
                </bpmn:definitions>
                """);

        LintTools.Result result = lint(model);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).containsPattern("no-history-time-to-live\\s+error\\s+.*historyTimeToLive");
    }

    @Test
    void decisionWithoutNameIsAnError(@TempDir Path dir) throws IOException {
        LintTools.requireInstalled();
        Path model = dir.resolve("unnamed-decision.dmn");
        Files.writeString(model, """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Unnamed"
                    name="Unnamed" namespace="https://charterline.io/dmn">
                  <decision id="unnamed-decision">
                    <literalExpression id="LiteralExpression_Unnamed"><text>1</text></literalExpression>
                  </decision>
                </definitions>
                """);

        LintTools.Result result = lint(model);

        assertThat(result.clean()).isFalse();
        assertThat(result.output()).containsPattern("unnamed-decision\\s+error\\s+.*label-required");
    }

    private static LintTools.Result lint(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".bpmn")) {
            return LintTools.node(LintTools.module("bpmnlint/bin/bpmnlint.js"),
                    List.of("--config", ".bpmnlintrc", "--max-warnings=0", file.toString()));
        }
        if (name.endsWith(".dmn")) {
            return LintTools.node(LintTools.module("dmnlint/bin/dmnlint.js"),
                    List.of("--config", ".dmnlintrc", file.toString()));
        }
        return new LintTools.Result(1, file + " is neither a .bpmn nor a .dmn model: the engine deploys only "
                + "those from processes/, so this file would be silently ignored.");
    }
}
