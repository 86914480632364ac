package io.charterline.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.CharterlineWebTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The start-up deployment of processes/ and forms/, run as a restart would run it, on a folder of its own with a
 * process and a form that only this test deploys.
 */
@CharterlineWebTest
class RepositoryModelsTest {

    private static final String PROCESS_KEY = "repository-models-test";

    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path repository;

    private RepositoryModels models;
    private final List<String> deploymentsBefore = new ArrayList<>();

    @BeforeEach
    void aRepositoryWithOneProcessAndOneForm() throws IOException {
        repositoryService.createDeploymentQuery().list().forEach(deployment -> deploymentsBefore.add(
                deployment.getId()));
        Files.createDirectories(repository.resolve("processes"));
        Files.createDirectories(repository.resolve("forms/notices"));
        writeProcess("Repository models test");
        Files.writeString(repository.resolve("forms/notices/repository-models-test.form"),
                "{\"id\": \"repository-models-test\", \"type\": \"default\", \"components\": []}");
        models = new RepositoryModels(new PathMatchingResourcePatternResolver(), repositoryService,
                repository.toUri().toString());
    }

    @AfterEach
    void deleteWhatTheTestDeployed() {
        repositoryService.createDeploymentQuery().list().stream()
                .map(Deployment::getId)
                .filter(id -> !deploymentsBefore.contains(id))
                .forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void filesAreNamedByTheirPathWithinTheirFolder() {
        assertThat(models.deploy())
                .containsExactly("notices/repository-models-test.form", "repository-models-test.bpmn");
    }

    @Test
    void aRestartWithUnchangedFilesDeploysNothing() {
        models.deploy();
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThat(models.deploy()).isEmpty();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(versions()).containsExactly(1);
    }

    @Test
    void aRestartWithOneChangedFileDeploysANewVersionOfThatFileAlone() throws IOException {
        models.deploy();
        writeProcess("Repository models test, renamed");

        assertThat(models.deploy()).containsExactly("repository-models-test.bpmn");
        assertThat(versions()).containsExactly(1, 2);
    }

    @Test
    void aRestartKeepsWhatAProcessOwnerDeployedFromModelerTheLatest() throws IOException {
        models.deploy();
        repositoryService.createDeployment().name(PROCESS_KEY).source("Camunda Modeler")
                .addModelInstance("repository-models-test.bpmn", process("Owner's version")).deploy();

        assertThat(models.deploy()).isEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getName()).isEqualTo("Owner's version");
    }

    private List<Integer> versions() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersion).toList();
    }

    private void writeProcess(String name) throws IOException {
        Files.writeString(repository.resolve("processes/repository-models-test.bpmn"),
                Bpmn.convertToString(process(name)));
    }

    private static BpmnModelInstance process(String name) {
        return Bpmn.createExecutableProcess(PROCESS_KEY).name(name).camundaHistoryTimeToLive(1)
                .startEvent().userTask().camundaFormRef("repository-models-test").camundaFormRefBinding("latest")
                .endEvent().done();
    }
}
