package io.charterline.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real engine of its own, with only the twins plugin, and a model that knows nothing about them. */
class FormTextTwinsTest {

    private static final String TYPED = "Office [approved](http://example.org) **$5.00** <b>now</b>";
    private static final String ESCAPED = "Office \\[approved\\]\\(http://example.org\\) \\*\\*$5.00\\*\\* "
            + "\\<b\\>now\\</b\\>";

    private static ProcessEngine engine;
    private static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:form-text-twins;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("form-text-twins");
        configuration.getProcessEnginePlugins().add(new FormTextTwins(Set.of("name", "comment")));
        engine = configuration.buildProcessEngine();
        tasks = engine.getTaskService();
        engine.getRepositoryService().createDeployment().addModelInstance("twins.bpmn",
                Bpmn.createExecutableProcess("twins").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_First").userTask("Task_Second").endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void aConfiguredVariableGivenAtTheStartIsShownEscapedByTheTaskWhileTheProcessKeepsItAsTyped() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("twins", Map.of("name", TYPED)).getId();
        Task first = task(instance);

        assertThat(tasks.getVariablesLocal(first.getId())).containsExactly(Map.entry("nameText", ESCAPED));
        assertThat(engine.getFormService().getTaskFormVariables(first.getId()).getValue("nameText", String.class))
                .isEqualTo(ESCAPED);
        assertThat(engine.getRuntimeService().getVariable(instance, "name")).isEqualTo(TYPED);
        assertThat(engine.getRuntimeService().getVariable(instance, "nameText")).isNull();
    }

    @Test
    void aCommentEnteredInOneTaskIsShownEscapedByTheNext() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("twins").getId();

        tasks.complete(task(instance).getId(), Map.of("comment", TYPED));

        assertThat(tasks.getVariable(task(instance).getId(), "commentText")).isEqualTo(ESCAPED);
    }

    @Test
    void aVariableNotConfiguredGetsNoTwin() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("twins",
                Map.of("note", TYPED, "count", 3)).getId();

        assertThat(tasks.getVariablesLocal(task(instance).getId())).isEmpty();
    }

    private static Task task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
