package io.charterline.scope;

import static io.charterline.project.LifecycleVariables.ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.ACCEPTANCE_DECISION;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.DELIVERABLES;
import static io.charterline.project.LifecycleVariables.INITIAL_RISKS;
import static io.charterline.project.LifecycleVariables.IN_SCOPE;
import static io.charterline.project.LifecycleVariables.OUT_OF_SCOPE;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.WORK_PACKAGES_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.closing.CloseoutReports;
import io.charterline.monitoring.StatusReport;
import io.charterline.monitoring.StatusReportService;
import io.charterline.plan.WorkPackageService;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.ProjectStatus;
import io.charterline.risk.RiskRegister;
import io.charterline.risk.RiskStatus;
import io.charterline.risk.RiskView;
import io.charterline.risk.Severity;
import io.charterline.support.AsyncSteps;
import io.charterline.work.OwnWorker;
import io.charterline.work.WorkPackageVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scope statement's first risks start the project's risk register: each line an open risk, owned by the
 * project manager and raised by the statement's author, once, and counted at closeout like any other.
 */
class FirstRisksFlowTest extends LifecycleTestSupport {

    private static final String FIRST_RISKS = "Vendor delivery delay\n\n  Wi-Fi coverage gaps  \n";

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Choose the scanner model,16,ANALYSIS,2,
            """;

    @Autowired
    RiskRegister register;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    CloseoutReports closeoutReports;

    @Autowired
    StatusReportService statusReports;

    @Test
    void eachLineOfTheFirstRisksOpensARiskOwnedByTheProjectManager() {
        ProcessInstance project = toPlanning(FIRST_RISKS);

        assertThat(register.risks(projectKey(project)))
                .extracting(RiskView::title, RiskView::status, RiskView::probability, RiskView::impact,
                        RiskView::severity, RiskView::owner, RiskView::raisedBy)
                .containsExactlyInAnyOrder(
                        tuple("Vendor delivery delay", RiskStatus.OPEN, 3, 3, Severity.MEDIUM, "pm", "pm"),
                        tuple("Wi-Fi coverage gaps", RiskStatus.OPEN, 3, 3, Severity.MEDIUM, "pm", "pm"));
    }

    @Test
    void aScopeStatementRedoneLaterOpensNoRiskAgain() {
        ProcessInstance project = toPlanning(FIRST_RISKS);
        runtimeService.createProcessInstanceModification(project.getId())
                .cancelAllForActivity("Task_PlanWork")
                .startBeforeActivity("Task_PrepareScopeStatement")
                .execute();

        complete(task(project), scope(FIRST_RISKS + "Scanner battery life"));

        assertThat(task(project).getTaskDefinitionKey()).isEqualTo("Task_PlanWork");
        assertThat(register.risks(projectKey(project))).extracting(RiskView::title)
                .containsExactlyInAnyOrder("Vendor delivery delay", "Wi-Fi coverage gaps");
    }

    @Test
    void aFirstRiskLineTooShortForATitleIsRefusedNamingTheFieldAndTheLine() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        assertRefused(() -> complete(task(project), scope("Vendor delivery delay\nWi")),
                "initialRisks line 2 has 2 characters; each line is one risk's title, 3 to 200 characters");
        assertThat(task(project).getTaskDefinitionKey()).isEqualTo("Task_PrepareScopeStatement");
        assertThat(register.risks(projectKey(project))).isEmpty();
    }

    @Test
    void theCloseoutCountsTheFirstRisksAmongTheOpenRisksAndListsThem() {
        ProcessInstance project = toPlanning(FIRST_RISKS);
        String key = projectKey(project);
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        Task gate = task(project);
        taskService.claim(gate.getId(), "pmo");
        taskService.complete(gate.getId(), Map.of(PLAN_DECISION, "APPROVE"));
        finishWork(key, "WP-1");
        AsyncSteps.runContinuations(managementService, project.getId());
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        AsyncSteps.runContinuations(managementService, project.getId());
        assertProjectStatus(project, ProjectStatus.CLOSED);

        List<StatusReport> cycles = statusReports.history(key);
        assertThat(cycles.get(cycles.size() - 1).figures().openRisks().medium()).as("open medium risks at closeout")
                .isEqualTo(2);
        assertThat(closeoutReports.html(key).replaceAll("\\s+", " "))
                .doesNotContain("No risk or issue was recorded")
                .contains("Risk</span>: <span>Vendor delivery delay", "Risk</span>: <span>Wi-Fi coverage gaps");
    }

    private ProcessInstance toPlanning(String firstRisks) {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
        complete(task(project), scope(firstRisks));
        assertThat(task(project).getTaskDefinitionKey()).isEqualTo("Task_PlanWork");
        return project;
    }

    private static Map<String, Object> scope(String firstRisks) {
        return Map.of(IN_SCOPE, "Scanners in the warehouse", OUT_OF_SCOPE, "Shop floor", DELIVERABLES,
                "120 scanners live", ACCEPTANCE_CRITERIA, "Pick error rate below 0.5 %", INITIAL_RISKS, firstRisks);
    }

    /** Completes the package as a worker of the test's own and runs what follows. */
    private void finishWork(String key, String code) {
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(key + ":" + code).singleResult();
        OwnWorker.handOver(engine, workPackages, key, code);
        taskService.complete(work.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, 16,
                WorkPackageVariables.COMPLETION_NOTE, "Model chosen"));
        for (Job job : managementService.createJobQuery().processInstanceId(work.getProcessInstanceId()).list()) {
            managementService.executeJob(job.getId());
        }
    }
}
