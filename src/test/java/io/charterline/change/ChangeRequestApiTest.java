package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.ServiceCatalog;
import io.charterline.cmdb.ServiceInput;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlanService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkingCalendar;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChangeRequestApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private WorkPackageService workPackages;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ConfigurationItemRepository configurationItems;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ChangeRequestRepository changeRequests;

    @Autowired
    BusinessKeys businessKeys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    PlanService planService;

    @Autowired
    BaselineService baselineService;

    @BeforeEach
    void catalog() {
        if (configurationItems.findByKey("T-CRM").isEmpty()) {
            configurationItems.save(new ConfigurationItem("T-CRM", "Customer relationship management",
                    Criticality.CRITICAL));
        }
    }

    private Project project(ProjectStatus status) {
        return transactions.execute(tx -> {
            Project project = new Project(businessKeys.next(BusinessKeys.PROJECT), "requester");
            project.setName("Order entry renewal");
            project.setObjectives("Renew order entry");
            project.setBusinessCase("Support for the old system ends");
            project.setSponsorId("sponsor");
            project.setManagerId("pm");
            project.setBudget(new BigDecimal("100000"));
            project.setTargetStart(LocalDate.of(2027, 1, 4));
            project.setTargetEnd(LocalDate.of(2027, 5, 28));
            project.moveTo(status);
            return projects.save(project);
        });
    }

    private static WorkPackageSpec java(String code, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, new BigDecimal("8"), "JAVA", 3, List.of(predecessors));
    }

    /** An executing project whose plan of the given packages is approved as baseline v1. */
    private Project executingWithBaseline(List<WorkPackageSpec> packages) {
        Project project = project(ProjectStatus.PLANNING);
        planService.storeDraft(project.getKey(), packages);
        baselineService.buildDraft(project.getKey(), "pm");
        baselineService.approveBaseline(project.getKey());
        return transactions.execute(tx -> {
            Project approved = projects.findById(project.getId()).orElseThrow();
            approved.moveTo(ProjectStatus.EXECUTING);
            return approved;
        });
    }

    private ProcessInstance lifecycleInExecution(Project project) {
        return ExecutingProjects.lifecycleInExecution(runtimeService, project);
    }

    private static Map<String, Object> body() {
        Instant start = ChangeControlTestSupport.quietWindowStart();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Add export of orders");
        body.put("description", "Export orders to the data warehouse");
        body.put("reason", "Controlling needs daily figures");
        body.put("requestedType", "NORMAL");
        body.put("workPackageChanges", List.of(Map.of("action", "ADD", "code", "7.1", "name", "Export",
                "estimateHours", 20, "skill", "JAVA", "skillLevel", 3, "predecessors", List.of())));
        body.put("affectedItems", List.of("T-CRM"));
        body.put("windowStart", start.toString());
        body.put("windowEnd", start.plus(4, ChronoUnit.HOURS).toString());
        return body;
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, null, JSON);
    }

    private void runJobs(String changeRequestId) {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(changeRequestId)
                .singleResult().getId();
        managementService.createJobQuery().processInstanceId(instanceId).list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    @SuppressWarnings("unchecked")
    private record EmergencyApproval(String changeRequestId, String taskId) {
    }

    /** An emergency change requested through our API, analysed and waiting at the board's emergency approval. */
    private EmergencyApproval emergencyApprovalRequestedBy(String requester) {
        Project project = project(ProjectStatus.EXECUTING);
        lifecycleInExecution(project);
        Map<String, Object> body = body();
        body.put("requestedType", "EMERGENCY");
        String id = (String) post(requester, "/api/projects/" + project.getKey() + "/change-requests", body)
                .getBody().get("id");
        runJobs(id);
        return new EmergencyApproval(id, taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_ApproveEmergencyChange").singleResult().getId());
    }

    private static List<String> errorFields(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    @Test
    void requestedChangeIsRegisteredAndOpensChangeControlInTheProjectsLifecycle() {
        Project project = project(ProjectStatus.EXECUTING);
        ProcessInstance lifecycle = lifecycleInExecution(project);

        ResponseEntity<Map<String, Object>> created = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(id).matches("CR-\\d{4}-\\d{4}");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/change-requests/" + id);
        assertThat(created.getBody()).containsEntry("requester", "requester").containsEntry("status", "SUBMITTED");
        ProcessInstance change = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(ChangeControlVariables.PROCESS_KEY).singleResult();
        assertThat(change).isNotNull();
        assertThat(runtimeService.getVariables(change.getId()))
                .containsEntry(ChangeControlVariables.PROJECT_KEY, project.getKey())
                .containsEntry(ChangeControlVariables.CHANGE_REQUEST_ID, id);
        assertThat(runtimeService.getVariable(lifecycle.getId(), ChangeControlVariables.CHANGE_REQUEST_ID)).isNull();

        managementService.executeJob(managementService.createJobQuery().processInstanceId(change.getId())
                .singleResult().getId());
        ResponseEntity<Map<String, Object>> analysed = get("sponsor", "/api/change-requests/" + id);
        assertThat(analysed.getBody()).containsEntry("status", "ANALYSED").containsEntry("approvalRoute", "CCB")
                .containsEntry("riskLevel", "HIGH").doesNotContainKey("classificationNote");
        assertThat(analysed.getBody().get("impact")).asString().contains("costDelta=2200.0");
    }

    @Test
    void aChangeWhoseRuleLeftTheRiskEmptyShowsWhyItGoesToTheSponsorAndTheBoard() throws IOException {
        String table = Files.readString(Path.of("processes/change-classification.dmn"));
        String withoutHighRisk = table.replace("<text>\"HIGH\"</text>", "<text></text>");
        assertThat(withoutHighRisk).isNotEqualTo(table);
        String ownersDeployment = repositoryService.createDeployment().name("change-classification")
                .source("Camunda Modeler").addString("change-classification.dmn", withoutHighRisk).deploy().getId();
        try {
            Project project = project(ProjectStatus.EXECUTING);
            lifecycleInExecution(project);
            String id = (String) post("requester", "/api/projects/" + project.getKey() + "/change-requests", body())
                    .getBody().get("id");
            runJobs(id);

            Map<String, Object> view = get("sponsor", "/api/change-requests/" + id).getBody();

            assertThat(view).containsEntry("approvalRoute", ChangeControlVariables.ROUTE_SPONSOR_AND_CCB)
                    .doesNotContainKey("riskLevel");
            assertThat(view.get("classificationNote")).isEqualTo("The decision change-classification gave no "
                    + "riskLevel, which is not one of LOW, MEDIUM, HIGH, CRITICAL: the change goes the strictest "
                    + "route, sponsor and board; the rule needs correcting");
        } finally {
            repositoryService.deleteDeployment(ownersDeployment, true);
        }
    }

    @Test
    void changeLogTellsTheStoryOfTheProjectsChanges() {
        Project project = project(ProjectStatus.EXECUTING);
        lifecycleInExecution(project);
        String id = (String) post("requester", "/api/projects/" + project.getKey() + "/change-requests", body())
                .getBody().get("id");
        runJobs(id);

        ResponseEntity<List<Map<String, Object>>> log = rest.withBasicAuth("pm", "pm").exchange(
                "/api/projects/" + project.getKey() + "/change-log", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {
                });

        assertThat(log.getBody()).extracting(entry -> entry.get("event"))
                .containsExactly("SUBMITTED", "ANALYSED", "CLASSIFIED");
        assertThat(log.getBody().get(0)).containsEntry("changeRequestId", id).containsEntry("actor", "requester")
                .containsEntry("detail", "NORMAL change 'Add export of orders': Controlling needs daily figures");
    }

    @Test
    void changeLogNamesItsActorsAsPeopleBesideTheirUserIds() {
        Project project = project(ProjectStatus.EXECUTING);
        lifecycleInExecution(project);
        String id = (String) post("requester", "/api/projects/" + project.getKey() + "/change-requests", body())
                .getBody().get("id");
        runJobs(id);
        changeLog.record(id, "ccb1, ccb2", ChangeEvent.APPROVED, "Board vote: 2 of 3 approved");

        ResponseEntity<List<Map<String, Object>>> log = rest.withBasicAuth("pmo", "pmo").exchange(
                "/api/projects/" + project.getKey() + "/change-log", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {
                });

        assertThat(log.getBody().get(0)).containsEntry("actor", "requester")
                .containsEntry("actorNames", "Rita Requester");
        assertThat(log.getBody().get(log.getBody().size() - 1)).containsEntry("actor", "ccb1, ccb2")
                .containsEntry("actorNames", "Carla Board, Chen Board");
    }

    @Test
    void unknownProjectIsNotFound() {
        assertThat(post("requester", "/api/projects/PRJ-1999-0001/change-requests", body()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void projectWithoutAnApprovedBaselineTakesNoChangeRequests() {
        for (ProjectStatus status : List.of(ProjectStatus.CHARTERING, ProjectStatus.SCOPING, ProjectStatus.PLANNING)) {
            Project project = project(status);

            ResponseEntity<Map<String, Object>> response = post("requester",
                    "/api/projects/" + project.getKey() + "/change-requests", body());

            assertThat(response.getStatusCode()).as(status.name()).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) response.getBody().get("detail")).contains("is " + status);
        }
    }

    @Test
    void closedProjectTakesNoChangeRequests() {
        Project project = project(ProjectStatus.CLOSED);

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("detail")).contains("is CLOSED");
    }

    @Test
    void projectWhoseLifecycleIsNotInExecutionRefusesAndStoresNothing() {
        // Registered as executing, but no lifecycle instance waits for its change requests.
        Project project = project(ProjectStatus.EXECUTING);
        long before = changeRequests.count();

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("detail")).contains("not waiting for change requests");
        assertThat(changeRequests.count()).isEqualTo(before);
    }

    @Test
    void invalidBodyIsRefusedNamingEachBadField() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.remove("title");
        body.put("windowEnd", "2020-01-01T00:00:00Z");
        body.put("affectedItems", List.of("T-CRM", "NOPE"));
        body.put("workPackageChanges", List.of(Map.of("action", "ADD", "code", "7.1", "name", "Export",
                "estimateHours", 0, "skill", "COBOL", "skillLevel", 7)));

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("title", "windowEnd", "affectedItems",
                "workPackageChanges[0].estimateHours", "workPackageChanges[0].skill",
                "workPackageChanges[0].skillLevel");
    }

    @Test
    void changeThatCannotBeAppliedToTheBaselineIsRefusedNamingTheChangeAndStoresNothing() {
        Project project = project(ProjectStatus.EXECUTING);
        long changes = changeRequests.count();
        Map<String, Object> body = body();
        body.put("workPackageChanges", List.of(Map.of("action", "MODIFY", "code", "6.4", "estimateHours", 10),
                Map.of("action", "ADD", "code", "7.2", "name", "Import", "estimateHours", 8, "skill", "JAVA",
                        "skillLevel", 3, "predecessors", List.of("6.2"))));

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(response)).containsExactly("workPackageChanges[0].code",
                "workPackageChanges[1].predecessors");
        assertThat(changeRequests.count()).isEqualTo(changes);
    }

    @Test
    void proposalThatChangesNothingIsRefused() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.remove("workPackageChanges");
        body.remove("affectedItems");
        body.put("budgetChange", 0);

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(response)).containsExactly("workPackageChanges", "budgetChange", "scopeChange",
                "affectedItems");
    }

    @Test
    void changeThatOnlyNamesConfigurationItemsIsRegistered() {
        Project project = project(ProjectStatus.EXECUTING);
        lifecycleInExecution(project);
        Map<String, Object> body = body();
        body.remove("workPackageChanges");

        ResponseEntity<Map<String, Object>> created = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("status", "SUBMITTED")
                .containsEntry("affectedItems", List.of("T-CRM"));
    }

    @Test
    void unknownRequestedTypeIsRefusedNamingTheField() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.put("requestedType", "URGENT");

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(response)).containsExactly("requestedType");
        assertThat((String) response.getBody().get("detail"))
                .endsWith("requestedType: must be one of STANDARD, NORMAL, EMERGENCY, not 'URGENT'");
    }

    @Test
    void requestedTypeGivenAsANumberIsRefusedNotTakenAsThePositionOfAType() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.put("requestedType", 2);

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(response)).containsExactly("requestedType");
        assertThat((String) response.getBody().get("detail"))
                .contains("requestedType: must be one of STANDARD, NORMAL, EMERGENCY");
    }

    @Test
    void budgetChangeGivenAsTextIsRefusedAsNotANumber() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.put("budgetChange", "a few thousand");

        ResponseEntity<Map<String, Object>> response = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail"))
                .isEqualTo("The request has invalid fields: budgetChange: must be a number, not 'a few thousand'");
    }

    @Test
    void impactPreviewAnalysesAndClassifiesButStoresAndStartsNothing() {
        Project project = project(ProjectStatus.EXECUTING);
        long changes = changeRequests.count();
        long instances = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<Map<String, Object>> preview = post("pm",
                "/api/projects/" + project.getKey() + "/change-requests/impact-preview", body());

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).containsEntry("changeClass", "SIGNIFICANT").containsEntry("riskLevel", "HIGH")
                .containsEntry("approvalRoute", "CCB");
        assertThat((String) preview.getBody().get("classificationReason"))
                .startsWith("The change control board decides, at high risk, because ");
        assertThat((String) preview.getBody().get("impactSummary"))
                .contains("- Cost: +$2,200.00 (2.20 % of the budget at completion $100,000.00)");
        assertThat(changeRequests.count()).isEqualTo(changes);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    @SuppressWarnings("unchecked")
    void impactPreviewStartsWorkAddedAfterFinishedWorkTodayAndShowsTheSlip() {
        // Started six weeks ago: A (1 day) is done, L (40 days) is under way and ends the plan next week or so.
        // Added after A, 7.1 (20 days) cannot start on the day after A's planned finish, weeks ago, but today.
        LocalDate sixWeeksAgo = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(6);
        Project project = transactions.execute(tx -> {
            Project planning = project(ProjectStatus.PLANNING);
            planning.setTargetStart(sixWeeksAgo);
            return projects.save(planning);
        });
        planService.storeDraft(project.getKey(), List.of(java("A"), new WorkPackageSpec("L", "Package L",
                new BigDecimal("320"), "JAVA", 3, List.of())));
        baselineService.buildDraft(project.getKey(), "pm");
        baselineService.approveBaseline(project.getKey());
        transactions.executeWithoutResult(tx -> projects.findById(project.getId()).orElseThrow()
                .moveTo(ProjectStatus.EXECUTING));
        LocalDate plannedFinish = baselineService.currentBaseline(project.getKey()).orElseThrow().plan().finishDate();
        workPackages.markReleased(project.getKey(), "A", null);
        workPackages.assign(project.getKey(), "A", "dev1");
        workPackages.complete(project.getKey(), "A", BigDecimal.ONE, null, "dev1");
        workPackages.markReleased(project.getKey(), "L", null);
        workPackages.assign(project.getKey(), "L", "dev2");
        Map<String, Object> body = body();
        body.put("workPackageChanges", List.of(Map.of("action", "ADD", "code", "7.1", "name", "Export",
                "estimateHours", 160, "skill", "JAVA", "skillLevel", 3, "predecessors", List.of("A"))));

        ResponseEntity<Map<String, Object>> preview = post("pm",
                "/api/projects/" + project.getKey() + "/change-requests/impact-preview", body);

        assertThat(preview.getStatusCode()).as("%s", preview.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> impact = (Map<String, Object>) preview.getBody().get("impact");

        LocalDate finish = WorkingCalendar.plusWorkingDays(WorkingCalendar.onOrAfter(LocalDate.now()), 19);
        assertThat(impact).containsEntry("newFinishDate", finish.toString())
                .containsEntry("scheduleSlipDays", (int) ChronoUnit.DAYS.between(plannedFinish, finish));
        assertThat(finish).isAfter(plannedFinish);
    }

    @Test
    void impactPreviewReturnsItsSummaryAsPlainTextNamingWindowConflictsInWords() {
        Project project = project(ProjectStatus.EXECUTING);
        if (configurationItems.findByKey("T-FROZEN-API").isEmpty()) {
            LocalDate today = LocalDate.now();
            catalog.create(new ServiceInput("T-FROZEN-API", "Ledger (old)", "Test service", Criticality.LOW, null,
                    List.of(), List.of(), List.of(new ServiceInput.FreezeInput(today, today.plusYears(1),
                            "Year-end closing (finance)"))));
        }
        Map<String, Object> body = body();
        body.put("affectedItems", List.of("T-FROZEN-API"));

        ResponseEntity<Map<String, Object>> preview = post("pm",
                "/api/projects/" + project.getKey() + "/change-requests/impact-preview", body);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) preview.getBody().get("impactSummary"))
                .contains("T-FROZEN-API (Ledger (old), LOW, named)",
                        "- Window: during a freeze of T-FROZEN-API: T-FROZEN-API is frozen from ",
                        ": Year-end closing (finance)")
                .doesNotContain("\\", "FREEZE");
        assertThat(preview.getBody().get("impact")).asString().contains("FREEZE");
    }

    @Test
    void impactPreviewTakesAnEmptyPredecessorListAsNoneSoTheFirstPackageOfAChainCanBeRemoved() {
        Project project = executingWithBaseline(List.of(java("NET-1"), java("NET-2", "NET-1"),
                java("NET-3", "NET-2")));
        Map<String, Object> body = body();
        body.put("workPackageChanges", List.of(Map.of("action", "REMOVE", "code", "NET-1"),
                Map.of("action", "MODIFY", "code", "NET-2", "predecessors", List.of())));

        ResponseEntity<Map<String, Object>> preview = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests/impact-preview", body);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) preview.getBody().get("impactSummary")).contains("critical path NET-2 -> NET-3");
    }

    @Test
    void impactPreviewRefusesABudgetCutBelowZeroAsTheSubmissionDoes() {
        Project project = project(ProjectStatus.EXECUTING);
        Map<String, Object> body = body();
        body.put("budgetChange", -150000);

        ResponseEntity<Map<String, Object>> preview = post("requester",
                "/api/projects/" + project.getKey() + "/change-requests/impact-preview", body);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(preview)).containsExactly("budgetChange");
    }

    @Test
    void userOutsideTheWorkingGroupsMayNotRequestChanges() {
        Project project = project(ProjectStatus.EXECUTING);

        assertThat(post("owner", "/api/projects/" + project.getKey() + "/change-requests", body()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void unknownChangeRequestIsNotFound() {
        assertThat(get("pm", "/api/change-requests/CR-1999-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void requesterCompletingTheirOwnEmergencyApprovalThroughEngineRestIsForbidden() {
        EmergencyApproval approval = emergencyApprovalRequestedBy("ccb1");
        String id = approval.changeRequestId();
        String taskId = approval.taskId();

        assertThat(post("ccb1", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ccb1")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map<String, Object>> completed = post("ccb1", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(
                        "changeDecision", Map.of("value", "APPROVE"),
                        "changeDecisionReason", Map.of("value", "Urgent"))));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) completed.getBody().get("message")).contains("'ccb1' requested change " + id);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void decisionReasonLongerThanTheEngineStoresIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        String taskId = emergencyApprovalRequestedBy("ccb1").taskId();
        post("ccb2", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ccb2"));

        ResponseEntity<Map<String, Object>> completed = post("ccb2", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(
                        "changeDecision", Map.of("value", "APPROVE"),
                        "changeDecisionReason", Map.of("value", "x".repeat(4001)))));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorFields(completed)).containsExactly("changeDecisionReason");
        assertThat((String) completed.getBody().get("message")).contains("at most 4000 characters");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
