package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * Every model in processes/ says it is for Camunda Platform 7.24, so Camunda Modeler opens it for the engine we run
 * and lints and deploys it as such.
 */
class ModelsNameTheirExecutionPlatformTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

    @TestFactory
    Stream<DynamicTest> everyBpmnAndDmnNamesCamundaPlatform7_24() throws IOException {
        List<Path> models;
        try (Stream<Path> list = Files.list(PROCESSES)) {
            models = list.filter(file -> file.toString().matches(".*\\.(bpmn|dmn)$")).sorted().toList();
        }
        assertThat(models).as("models in %s", PROCESSES).isNotEmpty();
        return models.stream().map(model -> dynamicTest(model.toString(), () -> {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element definitions = factory.newDocumentBuilder().parse(model.toFile()).getDocumentElement();

            assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
            assertThat(definitions.getAttributeNS(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");
        }));
    }
}
