package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.COMPLETION_NOTES;
import static io.charterline.project.LifecycleVariables.DELIVERABLES;
import static io.charterline.project.LifecycleVariables.IN_SCOPE;
import static io.charterline.project.LifecycleVariables.OUT_OF_SCOPE;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.SCOPE_ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.SCOPE_DELIVERABLES;
import static io.charterline.project.LifecycleVariables.WORK_PACKAGES_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.plan.WorkPackageService;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.support.AsyncSteps;
import io.charterline.work.OwnWorker;
import io.charterline.work.WorkPackageVariables;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sponsor accepts the deliverables against what the scope statement promised and what the packages' completion
 * notes say was delivered; the acceptance form shows both, with the text as the project manager and the team typed
 * it, not as the Markdown it would render.
 */
class AcceptanceBasisFlowTest extends LifecycleTestSupport {

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Choose the scanner model,16,ANALYSIS,2,
            WP-2,Roll out the scanners,24,ANALYSIS,2,WP-1
            """;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    WorkPackageService workPackages;

    private String key;
    private Task acceptance;

    @BeforeEach
    void allWorkDoneAndWaitingForTheSponsor() {
        ProcessInstance project = startProject(charter().name("Warehouse scanners"));
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
        complete(task(project), Map.of(IN_SCOPE, "Scanners in the warehouse", OUT_OF_SCOPE, "Shop floor",
                DELIVERABLES, "Scanner model decision\n\n120 scanners live\nTraining [done](http://example.org)",
                ACCEPTANCE_CRITERIA, "Pick error rate below 0.5 % for 4 weeks"));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        Task gate = task(project);
        taskService.claim(gate.getId(), "pmo");
        taskService.complete(gate.getId(), Map.of(PLAN_DECISION, "APPROVE"));
        key = projectKey(project);
        finishWork("WP-1", "Chose the **Zebra** model");
        finishWork("WP-2", "120 scanners live,\nall <b>tested</b>");
        AsyncSteps.runContinuations(managementService, project.getId());
        acceptance = task(project);
        assertThat(acceptance.getTaskDefinitionKey()).isEqualTo("Task_AcceptDeliverables");
    }

    @Test
    void theAcceptanceFormListsTheScopeStatementsDeliverablesAsTyped() {
        assertThat(formVariables(acceptance.getId()).get(SCOPE_DELIVERABLES)).isEqualTo("""
                - Scanner model decision
                - 120 scanners live
                - Training \\[done\\]\\(http://example.org\\)""");
    }

    @Test
    void theAcceptanceFormListsTheScopeStatementsAcceptanceCriteria() {
        assertThat(formVariables(acceptance.getId()).get(SCOPE_ACCEPTANCE_CRITERIA))
                .isEqualTo("- Pick error rate below 0.5 % for 4 weeks");
    }

    @Test
    void theAcceptanceFormSaysWhatEachPackagesCompletionNoteSaysWasDelivered() {
        assertThat(formVariables(acceptance.getId()).get(COMPLETION_NOTES)).isEqualTo("""
                - WP-1 Choose the scanner model: Chose the \\*\\*Zebra\\*\\* model
                - WP-2 Roll out the scanners: 120 scanners live, all \\<b\\>tested\\</b\\>""");
    }

    /** Completes the package as a worker of the test's own, with its note, and runs what follows. */
    private void finishWork(String code, String note) {
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(key + ":" + code).singleResult();
        OwnWorker.handOver(engine, workPackages, key, code);
        taskService.complete(work.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, 16,
                WorkPackageVariables.COMPLETION_NOTE, note));
        for (Job job : managementService.createJobQuery().processInstanceId(work.getProcessInstanceId()).list()) {
            managementService.executeJob(job.getId());
        }
    }
}
