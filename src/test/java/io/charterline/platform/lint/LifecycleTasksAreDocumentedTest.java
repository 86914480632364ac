package io.charterline.platform.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** A process owner reading the lifecycle in Modeler finds, on every user and service task, what it does. */
class LifecycleTasksAreDocumentedTest {

    private final BpmnModelInstance lifecycle = Bpmn.readModelFromFile(new File("processes/project-lifecycle.bpmn"));

    @Test
    void everyUserTaskIsDocumented() {
        assertThat(undocumented(lifecycle.getModelElementsByType(UserTask.class).stream().map(Task.class::cast)
                .toList())).isEmpty();
    }

    @Test
    void everyServiceTaskIsDocumented() {
        assertThat(undocumented(lifecycle.getModelElementsByType(ServiceTask.class).stream().map(Task.class::cast)
                .toList())).isEmpty();
    }

    private static List<String> undocumented(List<Task> tasks) {
        return tasks.stream()
                .filter(task -> task.getDocumentations().stream().map(Documentation::getTextContent)
                        .allMatch(String::isBlank))
                .map(task -> task.getId() + " (" + task.getName() + ")")
                .toList();
    }
}
