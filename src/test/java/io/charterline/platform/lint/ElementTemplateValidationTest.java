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

/** Element templates in .camunda/element-templates load in Camunda Modeler: they match its JSON schema. */
class ElementTemplateValidationTest {

    private static final Path TEMPLATES = Path.of(".camunda", "element-templates");
    private static final Path VALIDATOR = LintTools.LINT_DIR.resolve("validate-element-templates.js");

    @TestFactory
    Stream<DynamicTest> everyElementTemplateMatchesTheSchema() throws IOException {
        LintTools.requireInstalled();
        if (!Files.isDirectory(TEMPLATES)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(TEMPLATES)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        return files.stream().map(file -> dynamicTest(file.toString(), () -> {
            LintTools.Result result = validate(file);
            assertThat(result.clean()).as("%s:%n%s", file, result.output()).isTrue();
        }));
    }

    @Test
    void serviceTaskTemplateWithDelegateExpressionIsValid(@TempDir Path dir) throws IOException {
        LintTools.requireInstalled();
        Path template = dir.resolve("notify.json");
        Files.writeString(template, """
                {
                  "$schema": "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json",
                  "name": "Notify project manager",
                  "id": "io.charterline.NotifyProjectManager",
                  "appliesTo": ["bpmn:ServiceTask"],
                  "properties": [
                    {"label": "Delegate", "type": "Hidden", "value": "${notifyProjectManagerDelegate}",
                     "binding": {"type": "property", "name": "camunda:delegateExpression"}}
                  ]
                }
                """);

        LintTools.Result result = validate(template);

        assertThat(result.clean()).as(result.output()).isTrue();
    }

    @Test
    void templateWithoutAppliesToAndDropdownWithoutChoicesIsRejected(@TempDir Path dir) throws IOException {
        LintTools.requireInstalled();
        Path template = dir.resolve("broken.json");
        Files.writeString(template, """
                {
                  "name": "Notify project manager",
                  "id": "io.charterline.NotifyProjectManager",
                  "properties": [
                    {"label": "Channel", "type": "Dropdown", "value": "mail",
                     "binding": {"type": "property", "name": "channel"}}
                  ]
                }
                """);

        LintTools.Result result = validate(template);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("missing appliesTo=[]")
                .contains("/properties/0 must provide choices=[] with \"Dropdown\" type");
    }

    private static LintTools.Result validate(Path file) {
        return LintTools.node(VALIDATOR, List.of(file.toString()));
    }
}
