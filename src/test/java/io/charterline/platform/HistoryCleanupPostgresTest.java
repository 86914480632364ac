package io.charterline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.PostgresSpringTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History is cleaned up by end time (application.yaml; the benchmark's tuning section measured it against a
 * removal time written at each instance's end): the engine writes no removal time, and cleanup still removes the
 * history of an instance whose time to live has passed.
 */
@PostgresSpringTest
class HistoryCleanupPostgresTest {

    private static final String PROCESS = "History_CleanedUp";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Test
    void finishedInstanceHasNoRemovalTimeAndIsCleanedUpOnceItsTimeToLiveHasPassed() {
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(0)
                        .startEvent().endEvent().done()).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS).getId();
        HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();

        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());

        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getRemovalTime()).isNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count())
                .isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count())
                .isZero();
    }
}
