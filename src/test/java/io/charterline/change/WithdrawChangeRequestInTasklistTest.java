package io.charterline.change;

import static io.charterline.change.WithdrawChangeRequestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist's "Withdraw a change request": its start form withdraws an undecided change as our API does, as the
 * user who starts it; a change that is unknown, decided or not theirs is refused, and they read why in Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WithdrawChangeRequestInTasklistTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ChangeRequestService changeRequests;

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    ChangeLogRepository changeLog;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    private Project project;

    @BeforeEach
    void executingProjectWithItsLifecycle() {
        BpmnAwareTests.init(engine);
        if (configurationItems.findByKey("T-CRM").isEmpty()) {
            configurationItems.save(new ConfigurationItem("T-CRM", "Customer relationship management",
                    Criticality.CRITICAL));
        }
        project = ExecutingProjects.saved(transactions, projects, businessKeys, "Withdrawals in Tasklist",
                new BigDecimal("100000"));
        ExecutingProjects.lifecycleInExecution(runtimeService, project);
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void theRequesterWithdrawsAChangeWaitingForTheBoardAndItsChangeControlEndsItWithdrawn() {
        String id = changeAwaitingTheBoard();

        ProcessInstance withdrawal = startAs("requester", "requesters", id, "The warehouse team builds it themselves");

        assertThat(withdrawal).isEnded().hasPassed("StartEvent_WithdrawalEntered", "Task_WithdrawChangeRequest",
                "EndEvent_ChangeRequestWithdrawn");
        assertThat(withdrawal.getBusinessKey()).isEqualTo(id);
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
        assertThat(openChangeControlTasks(id)).isEmpty();
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(id)).last().satisfies(entry -> {
            assertThat(entry.getEvent()).isEqualTo(ChangeEvent.WITHDRAWN);
            assertThat(entry.getActor()).isEqualTo("requester");
            assertThat(entry.getDetail()).isEqualTo("withdrawn before its decision: The warehouse team builds it "
                    + "themselves");
        });
    }

    @Test
    void theProjectManagerWithdrawsSomeoneElsesChange() {
        String id = changeAwaitingTheBoard();

        ProcessInstance withdrawal = startAs("pm", "project-managers", id, "Covered by the re-plan");

        assertThat(withdrawal).isEnded().hasPassed("EndEvent_ChangeRequestWithdrawn");
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
    }

    @Test
    void anUnknownChangeIsRefusedAndTheStarterReadsWhyInTasklist() {
        ProcessInstance withdrawal = startAs("requester", "requesters", "CR-1999-0001", "Not needed");

        assertRefusedAndRead(withdrawal, "requester", "No change request CR-1999-0001");
    }

    @Test
    void aDecidedChangeIsRefusedWithWhyAndStaysDecided() {
        String id = changeAwaitingTheBoard();
        for (String member : List.of("ccb1", "ccb2")) {
            Task vote = taskService.createTaskQuery().processInstanceBusinessKey(id).taskAssignee(member)
                    .singleResult();
            taskService.complete(vote.getId(), Map.of(ChangeControlVariables.VOTE, "REJECT",
                    ChangeControlVariables.VOTE_REASON, "Peak season"));
        }

        ProcessInstance withdrawal = startAs("requester", "requesters", id, "Not needed");

        assertRefusedAndRead(withdrawal, "requester",
                id + " is REJECTED: only a change not yet decided (SUBMITTED or ANALYSED) can be withdrawn");
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void someoneNeitherItsRequesterNorTheProjectManagerIsRefusedAndToldWhoMay() {
        String id = changeAwaitingTheBoard();

        ProcessInstance withdrawal = startAs("sponsor", "sponsors", id, "Not needed");

        assertRefusedAndRead(withdrawal, "sponsor", "Only the requester of " + id + " (requester) or the project "
                + "manager of " + project.getKey() + " (pm) may withdraw it; user 'sponsor' is neither");
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.ANALYSED);
        assertThat(openChangeControlTasks(id)).hasSize(3);
    }

    @Test
    void aMissingReasonRefusesTheStartNamingItByItsLabelAndChangesNothing() {
        String id = changeAwaitingTheBoard();

        String message = catchThrowableOfType(InvalidVariablesException.class,
                () -> startAs("requester", "requesters", id, "  ")).getMessage();

        assertThat(message).startsWith("Invalid withdrawal: Reason is required");
        assertThat(changeControl.require(id).getStatus()).isEqualTo(ChangeStatus.ANALYSED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(id).list()).isEmpty();
    }

    @Test
    void somethingOtherThanAChangeRequestsIdRefusesTheStartNamingTheField() {
        String message = catchThrowableOfType(InvalidVariablesException.class,
                () -> startAs("requester", "requesters", "PRJ-2026-0004", "Not needed")).getMessage();

        assertThat(message).isEqualTo("Invalid withdrawal: Change request must be the id of a change request, "
                + "such as CR-2026-0004, got 'PRJ-2026-0004'");
    }

    @Test
    void everyoneWhoMayRequestAChangeFindsWithdrawAChangeRequestInTasklist() {
        for (String group : List.of("team-members", "project-managers", "pmo", "sponsors", "ccb", "requesters")) {
            assertThat(startableInTasklistBy(group)).as(group).contains(PROCESS_KEY);
        }
        assertThat(startableInTasklistBy("process-owners")).doesNotContain(PROCESS_KEY);
    }

    private void assertRefusedAndRead(ProcessInstance withdrawal, String starter, String why) {
        assertThat(withdrawal).isWaitingAt("Task_ReadWithdrawalRefusal").hasPassed("BoundaryEvent_WithdrawalRefused")
                .hasNotPassed("EndEvent_ChangeRequestWithdrawn");
        assertThat(task(withdrawal)).isAssignedTo(starter);
        assertThat((String) runtimeService.getVariable(withdrawal.getId(), WITHDRAWAL_REFUSAL)).contains(why);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(withdrawal.getId()).count()).isZero();

        complete(task(withdrawal));

        assertThat(withdrawal).isEnded().hasPassed("EndEvent_WithdrawalRefused");
    }

    /** A change to a critical service, requested by 'requester', analysed and waiting for the board's votes. */
    private String changeAwaitingTheBoard() {
        Instant start = ChangeControlTestSupport.quietWindowStart();
        String id = changeRequests.submit(project.getKey(), new ChangeRequestInput("Add export of orders",
                "Export orders to the data warehouse", "Controlling needs daily figures", ChangeType.NORMAL, null,
                new BigDecimal("2000"), null, List.of("T-CRM"), start, start.plus(4, ChronoUnit.HOURS)),
                "requester").id();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY).singleResult().getId();
        managementService.createJobQuery().processInstanceId(instanceId).list()
                .forEach(job -> managementService.executeJob(job.getId()));
        return id;
    }

    private List<Task> openChangeControlTasks(String changeRequestId) {
        return taskService.createTaskQuery().processDefinitionKey(ChangeControlVariables.PROCESS_KEY)
                .processInstanceBusinessKey(changeRequestId).list();
    }

    /** Starts "Withdraw a change request" the way Tasklist's start form does. */
    private ProcessInstance startAs(String user, String group, String changeRequestId, String reason) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariables(Map.of(CHANGE_REQUEST_ID, changeRequestId, REASON, reason)).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> startableInTasklistBy(String group) {
        identityService.setAuthentication("someone", List.of(group));
        try {
            return repositoryService.createProcessDefinitionQuery().startableInTasklist().startablePermissionCheck()
                    .latestVersion().active().list().stream().map(ProcessDefinition::getKey).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
