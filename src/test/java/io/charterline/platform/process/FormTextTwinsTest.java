package io.charterline.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The application's engine with a model that knows nothing about the twins: every user task gets them. */
@SpringBootTest
@ActiveProfiles("test")
class FormTextTwinsTest {

    private static final String TYPED = "Office [approved](http://example.org) **$5.00** <b>now</b>";
    private static final String ESCAPED = "Office \\[approved\\]\\(http://example.org\\) \\*\\*$5.00\\*\\* "
            + "\\<b\\>now\\</b\\>";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService tasks;

    @Autowired
    FormService formService;

    private String deployment;
    private final List<String> instances = new ArrayList<>();

    @BeforeEach
    void deployPlainModel() {
        deployment = repositoryService.createDeployment().addModelInstance("twins.bpmn",
                Bpmn.createExecutableProcess("form-text-twins").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_First").userTask("Task_Second").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void removeIt() {
        instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void aConfiguredVariableGivenAtTheStartIsShownEscapedByTheTaskWhileTheProcessKeepsItAsTyped() {
        String instance = start(Map.of("projectName", TYPED));
        Task first = task(instance);

        assertThat(tasks.getVariablesLocal(first.getId())).containsExactly(Map.entry("projectNameText", ESCAPED));
        assertThat(formService.getTaskFormVariables(first.getId()).getValue("projectNameText", String.class))
                .isEqualTo(ESCAPED);
        assertThat(runtimeService.getVariable(instance, "projectName")).isEqualTo(TYPED);
        assertThat(runtimeService.getVariable(instance, "projectNameText")).isNull();
    }

    @Test
    void aCommentEnteredInOneTaskIsShownEscapedByTheNext() {
        String instance = start(Map.of());

        tasks.complete(task(instance).getId(), Map.of("charterComment", TYPED));

        assertThat(tasks.getVariable(task(instance).getId(), "charterCommentText")).isEqualTo(ESCAPED);
    }

    @Test
    void aVariableNotConfiguredGetsNoTwin() {
        String instance = start(Map.of("note", TYPED, "count", 3));

        assertThat(tasks.getVariablesLocal(task(instance).getId())).isEmpty();
    }

    private String start(Map<String, Object> variables) {
        String id = runtimeService.startProcessInstanceByKey("form-text-twins", variables).getId();
        instances.add(id);
        return id;
    }

    private Task task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
