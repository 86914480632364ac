package io.charterline.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.platform.security.CamundaAdvisoriesTest.WebappSession;
import io.charterline.platform.web.ProblemTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a process owner needs after a deployment broke running instances: retry the failed job once the model is
 * fixed and move the instances to the fixed version. Deleting a deployment that still has instances is answered
 * 409 with the ways on, not 500 with stack traces in the log. Runs on a process of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessOwnerRepairTest {

    private static final String PROCESS_KEY = "owner-repair-test";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheTestProcess() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    /** A wait for a person; the broken version's step before it calls a bean that does not exist. */
    private ProcessDefinition deploy(boolean broken) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started")
                .serviceTask("Task_Prepare").camundaAsyncBefore()
                .camundaExpression(broken ? "${noSuchRepairTestBean.run()}" : "${true}")
                .userTask("Task_Wait")
                .endEvent("EndEvent_Done")
                .done();
        Deployment deployment = repositoryService.createDeployment()
                .addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
        deployments.add(deployment.getId());
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }

    @Test
    void aProcessOwnerRetriesAFailedJob() {
        deploy(true);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();

        ResponseEntity<String> retried = rest.withBasicAuth("owner", "owner").exchange("/engine-rest/job/"
                + job.getId() + "/retries", HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 3)), String.class);

        assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
    }

    @Test
    void aProcessOwnerMigratesAnInstanceToTheFixedVersion() {
        ProcessDefinition broken = deploy(true);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        ProcessDefinition fixed = deploy(false);

        ResponseEntity<String> migrated = rest.withBasicAuth("owner", "owner").postForEntity(
                "/engine-rest/migration/execute", Map.of(
                        "migrationPlan", Map.of("sourceProcessDefinitionId", broken.getId(),
                                "targetProcessDefinitionId", fixed.getId(),
                                "instructions", List.of(Map.of("sourceActivityIds", List.of("Task_Prepare"),
                                        "targetActivityIds", List.of("Task_Prepare")))),
                        "processInstanceIds", List.of(instance.getId())), String.class);

        assertThat(migrated.getStatusCode()).as(migrated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(fixed.getId());
    }

    @Test
    void deletingADeploymentWithRunningInstancesIsAConflictThatSaysWhatToDoAndLogsNoStackTrace() {
        ProcessDefinition definition = deploy(false);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context"),
                (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.rest.exception"));
        log.start();
        loggers.forEach(logger -> logger.addAppender(log));
        ResponseEntity<JsonNode> refused;
        try {
            refused = rest.withBasicAuth("admin", "admin").exchange("/engine-rest/deployment/"
                    + definition.getDeploymentId(), HttpMethod.DELETE, null, JsonNode.class);
        } finally {
            loggers.forEach(logger -> logger.detachAppender(log));
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("message").asText()).startsWith("The deployment still has running "
                + "process instances, so nothing was deleted. Migrate them to another version first");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).count())
                .isOne();
        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
    }

    @Test
    void aProcessOwnerCannotDeleteEvenTheirOwnDeploymentOnlyAnAdministratorCan() {
        String id = deployedByTheOwnerFromModeler();

        ResponseEntity<JsonNode> refused = rest.withBasicAuth("owner", "owner").exchange(
                "/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").asText()).startsWith("Only administrators delete deployments");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isOne();
        assertThat(rest.withBasicAuth("admin", "admin").exchange("/engine-rest/deployment/" + id, HttpMethod.DELETE,
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /**
     * Cockpit deletes through the webapps' copy of the engine API, with the session its login set up; a guard in
     * front of that API once missed the caller there, so this goes through the real login and the real API.
     */
    @Test
    void aProcessOwnerCannotDeleteTheirOwnDeploymentInCockpitOnlyAnAdministratorCan() throws Exception {
        String id = deployedByTheOwnerFromModeler();
        String path = "/camunda/api/engine/engine/default/deployment/" + id;

        ResponseEntity<String> refused = WebappSession.login(rest, "owner", "cockpit").delete(path + "?cascade=true");

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = new ObjectMapper().readTree(refused.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(ProblemTypes.FORBIDDEN.type());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("detail").asText()).startsWith("Only administrators delete deployments");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isOne();
        assertThat(WebappSession.login(rest, "admin", "cockpit").delete(path).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isZero();
    }

    /** As Camunda Modeler deploys: the engine then gives the owner every right on the deployment, deleting too. */
    private String deployedByTheOwnerFromModeler() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", PROCESS_KEY);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(Bpmn.convertToString(Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").userTask("Task_Wait")
                .endEvent("EndEvent_Done").done()).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return PROCESS_KEY + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> deployed = rest.withBasicAuth("owner", "owner").postForEntity(
                "/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        return deployed.getBody().get("id").asText();
    }
}
