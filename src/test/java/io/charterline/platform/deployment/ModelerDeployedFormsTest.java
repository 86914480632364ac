package io.charterline.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.CharterlineWebTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner deploys from Camunda Modeler, one file at a time: a process's tasks show the latest deployed
 * version of their forms, whichever deployment holds it. The owner's deployments are deleted afterwards.
 */
@CharterlineWebTest
class ModelerDeployedFormsTest {

    private static final String NOTICE = "charter-rejection-notice";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    private final List<String> ownersDeployments = new ArrayList<>();

    @AfterEach
    void deleteOwnersDeployments() {
        ownersDeployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aProcessDeployedWithoutItsFormShowsTheFormDeployedBefore() throws IOException {
        String deployment = deployAsOwner(NOTICE + ".bpmn", Files.readString(Path.of("processes/" + NOTICE + ".bpmn")));

        Task notice = rejectionNotice();

        assertThat(repositoryService.getProcessDefinition(notice.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(deployment);
        assertThat(form(notice)).contains("Your charter was **rejected**");
    }

    @Test
    void aFormDeployedLaterReachesTheTasksAlreadyOpen() throws IOException {
        Task notice = rejectionNotice();
        String form = Files.readString(Path.of("forms/" + NOTICE + ".form"));

        deployAsOwner(NOTICE + ".form", form.replace("Your charter was", "We are sorry: your charter was"));

        assertThat(form(notice)).contains("We are sorry: your charter was **rejected**");
    }

    private String deployAsOwner(String fileName, String content) {
        String id = repositoryService.createDeployment().name(fileName).source("Camunda Modeler")
                .addString(fileName, content).deploy().getId();
        ownersDeployments.add(id);
        return id;
    }

    /** The notice's task for a project of its own, as the lifecycle starts it when the sponsor rejects a charter. */
    private Task rejectionNotice() {
        String projectKey = "PRJ-FORMS-" + UUID.randomUUID();
        runtimeService.createMessageCorrelation("CharterRejected").processInstanceBusinessKey(projectKey)
                .setVariable("charterAuthor", "requester").correlateStartMessage();
        return taskService.createTaskQuery().processInstanceBusinessKey(projectKey).singleResult();
    }

    private String form(Task task) throws IOException {
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
