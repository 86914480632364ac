package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every service task in processes/ is linked to the element template of its delegate, and the template sets what the
 * task sets: a task added from Modeler's palette then behaves like the ones in the models, and Modeler shows an
 * existing task with its template's fields.
 */
class ElementTemplatesMatchTheModelsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path TEMPLATES = Path.of(".camunda", "element-templates");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** The camunda: attributes of a service task that change how it runs; a template binds them as properties. */
    private static final List<String> TASK_ATTRIBUTES = List.of("delegateExpression", "class", "expression",
            "asyncBefore", "asyncAfter", "exclusive", "resultVariable", "jobPriority");
    /** C7 templates have no binding for the retry cycle, so a template names it in its description instead. */
    private static final Pattern RETRY_CYCLE = Pattern.compile("Retry time cycle (\\S+):");
    private static final Pattern TEMPLATE_ID = Pattern.compile("io\\.charterline\\.[A-Z][A-Za-z]+");

    private final Map<String, JsonNode> templates = readTemplates();

    @TestFactory
    Stream<DynamicTest> everyServiceTaskIsLinkedToTheTemplateOfItsDelegateAndMatchesIt() throws IOException {
        List<Path> models;
        try (Stream<Path> list = Files.list(PROCESSES)) {
            models = list.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path model : models) {
            for (ServiceTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(ServiceTask.class)) {
                tests.add(dynamicTest(model.getFileName() + " " + task.getId(), () ->
                        assertThat(problemsOf(task)).as("%s %s", model, task.getId()).isEmpty()));
            }
        }
        assertThat(tests).as("service tasks in %s", PROCESSES).isNotEmpty();
        return tests.stream();
    }

    @Test
    void templateIdsAreUniqueAndInOneStyle() {
        List<String> ids = templateFiles().stream().map(file -> read(file).path("id").asText()).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> TEMPLATE_ID.matcher(id).matches(),
                "matches " + TEMPLATE_ID.pattern());
    }

    private List<String> problemsOf(ServiceTask task) {
        List<String> problems = new ArrayList<>();
        String templateId = task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
        JsonNode template = templateId == null ? null : templates.get(templateId);
        if (template == null) {
            String delegate = task.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
            problems.add("camunda:modelerTemplate is %s, not the id of a template; the template for %s is %s".formatted(
                    templateId, delegate, templates.values().stream()
                            .filter(candidate -> Objects.equals(delegate, hiddenValue(candidate,
                                    "camunda:delegateExpression")))
                            .map(candidate -> candidate.path("id").asText()).findFirst().orElse("missing")));
            return problems;
        }
        String version = template.path("version").asText();
        if (!version.equals(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion"))) {
            problems.add("camunda:modelerTemplateVersion is %s, the template's version is %s".formatted(
                    task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion"), version));
        }
        Map<String, JsonNode> properties = bound(template, "property", binding -> binding.path("name").asText());
        for (String attribute : TASK_ATTRIBUTES) {
            compare(problems, "camunda:" + attribute, task.getAttributeValueNs(CAMUNDA_NS, attribute),
                    properties.get("camunda:" + attribute));
        }
        ExtensionElements extensions = task.getExtensionElements();
        compareAll(problems, "camunda:field", fieldsOf(extensions), bound(template, "camunda:field",
                binding -> binding.path("name").asText()));
        compareAll(problems, "camunda:inputParameter", inputsOf(extensions),
                bound(template, "camunda:inputParameter", binding -> binding.path("name").asText()));
        compareAll(problems, "camunda:outputParameter", outputsOf(extensions),
                bound(template, "camunda:outputParameter", binding -> binding.path("source").asText()));
        String retryCycle = extensions == null ? null : extensions.getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                .map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse(null);
        Matcher named = RETRY_CYCLE.matcher(template.path("description").asText());
        String templateRetryCycle = named.find() ? named.group(1) : null;
        if (!Objects.equals(retryCycle, templateRetryCycle)) {
            problems.add("retry time cycle is %s, the template's description says %s".formatted(retryCycle,
                    templateRetryCycle));
        }
        return problems;
    }

    private static void compareAll(List<String> problems, String kind, Map<String, String> inTask,
            Map<String, JsonNode> inTemplate) {
        inTemplate.keySet().stream().filter(name -> !inTask.containsKey(name))
                .forEach(name -> problems.add("%s %s is in the template, not in the task".formatted(kind, name)));
        inTask.forEach((name, value) -> {
            if (!inTemplate.containsKey(name)) {
                problems.add("%s %s is in the task, not in the template".formatted(kind, name));
            } else {
                compare(problems, kind + " " + name, value, inTemplate.get(name));
            }
        });
    }

    /** A hidden property fixes the value; a dropdown offers choices; other types leave the value to the modeller. */
    private static void compare(List<String> problems, String what, String inTask, JsonNode property) {
        if (property == null) {
            if (inTask != null) {
                problems.add("%s=\"%s\" is in the task, not in the template".formatted(what, inTask));
            }
            return;
        }
        String type = property.path("type").asText("String");
        if (type.equals("Hidden") && !property.path("value").asText().equals(inTask)) {
            problems.add("%s is \"%s\", the template sets \"%s\"".formatted(what, inTask,
                    property.path("value").asText()));
        } else if (type.equals("Dropdown") && !property.path("choices").findValuesAsText("value").contains(inTask)) {
            problems.add("%s is \"%s\", not a choice of the template".formatted(what, inTask));
        }
    }

    private static Map<String, String> fieldsOf(ExtensionElements extensions) {
        if (extensions == null) {
            return Map.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaField.class).list().stream()
                .collect(Collectors.toMap(CamundaField::getCamundaName, field -> field.getCamundaString() != null
                        ? field.getCamundaString().getTextContent()
                        : field.getCamundaExpressionChild().getTextContent()));
    }

    private static Map<String, String> inputsOf(ExtensionElements extensions) {
        return inputOutputOf(extensions).stream().flatMap(io -> io.getCamundaInputParameters().stream())
                .collect(Collectors.toMap(CamundaInputParameter::getCamundaName,
                        CamundaInputParameter::getTextContent));
    }

    /** Output parameters by the expression that fills them, which a template binds as its source. */
    private static Map<String, String> outputsOf(ExtensionElements extensions) {
        return inputOutputOf(extensions).stream().flatMap(io -> io.getCamundaOutputParameters().stream())
                .collect(Collectors.toMap(CamundaOutputParameter::getTextContent,
                        CamundaOutputParameter::getCamundaName));
    }

    private static List<CamundaInputOutput> inputOutputOf(ExtensionElements extensions) {
        return extensions == null ? List.of()
                : extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list();
    }

    private static Map<String, JsonNode> bound(JsonNode template, String bindingType,
            Function<JsonNode, String> key) {
        return StreamSupport.stream(template.path("properties").spliterator(), false)
                .filter(property -> bindingType.equals(property.at("/binding/type").asText()))
                .collect(Collectors.toMap(property -> key.apply(property.get("binding")), property -> property));
    }

    private static String hiddenValue(JsonNode template, String propertyName) {
        JsonNode property = bound(template, "property", binding -> binding.path("name").asText()).get(propertyName);
        return property == null ? null : property.path("value").asText();
    }

    private static Map<String, JsonNode> readTemplates() {
        return templateFiles().stream().map(ElementTemplatesMatchTheModelsTest::read)
                .collect(Collectors.toMap(template -> template.path("id").asText(), template -> template,
                        (first, second) -> first));
    }

    private static List<Path> templateFiles() {
        try (Stream<Path> list = Files.list(TEMPLATES)) {
            return list.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
