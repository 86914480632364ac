package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's "Request a change": its start form submits a change request as our API does, with the same rules,
 * the same stored change request and the same change control, and a bad form stores nothing.
 */
class ChangeRequestIntakeTest extends ChangeControlTestSupport {

    private static final String INTAKE = "change-request-intake";

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    FormService formService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    private ProcessInstance lifecycleInExecution(Project project) {
        return ExecutingProjects.lifecycleInExecution(runtimeService, project);
    }

    /** The start form as Tasklist submits it: a new work package and a service, in a quiet window. */
    private static Map<String, Object> form(String projectKey) {
        Instant start = quietWindowStart();
        Map<String, Object> form = new HashMap<>();
        form.put(PROJECT_KEY, projectKey);
        form.put(TITLE, "Add export of orders");
        form.put(DESCRIPTION, "Export orders to the data warehouse");
        form.put(REASON, "Controlling needs daily figures");
        form.put(REQUESTED_TYPE, "NORMAL");
        form.put(PROPOSED_CHANGES_CSV, ProposedChangesCsv.HEADER + "\nADD,7.1,Export,20,JAVA,3,");
        form.put(AFFECTED_ITEMS, "T-CRM");
        form.put(WINDOW_START, start.toString());
        form.put(WINDOW_END, start.plus(4, ChronoUnit.HOURS).toString());
        return form;
    }

    /** Starts "Request a change" as the given user of the given group, the way Tasklist's start form does. */
    private ProcessInstance startAs(String user, String group, Map<String, Object> form) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return runtimeService.createProcessInstanceByKey(INTAKE).setVariables(form).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<ChangeRequest> changeRequestsOf(Project project) {
        return changeRequests.findAll().stream().filter(change -> change.getProjectId().equals(project.getId()))
                .toList();
    }

    @Test
    void aRequesterRaisesAChangeInTasklistAndChangeControlOpensUnderItsNumber() {
        Project project = executingProject();
        ProcessInstance lifecycle = lifecycleInExecution(project);

        ProcessInstance intake = startAs("requester", "requesters", form(project.getKey()));

        assertThat(intake).isEnded().hasPassed("Task_SubmitChangeRequest", "EndEvent_ChangeRequestSubmitted");
        ChangeRequest registered = changeRequestsOf(project).stream().findFirst().orElseThrow();
        assertThat(registered.getRequesterId()).isEqualTo("requester");
        assertThat(registered.getKey()).startsWith("CR-");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId())
                .singleResult().getBusinessKey()).isEqualTo(registered.getKey());
        assertThat(changeRequestService.get(registered.getKey()).workPackageChanges())
                .extracting(WorkPackageChange::code).containsExactly("7.1");
        assertThat(story(intake)).containsExactly(ChangeEvent.SUBMITTED);
        ProcessInstance changeControl = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(registered.getKey()).singleResult();
        assertThat(changeControl).isActive();
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).list())
                .extracting(ProcessInstance::getId).containsExactly(changeControl.getId());
        assertThat(runtimeService.getVariables(changeControl.getId())).containsEntry(PROJECT_KEY, project.getKey())
                .containsEntry(CHANGE_REQUEST_ID, registered.getKey());
    }

    @Test
    void aBadFormRefusesTheStartNamingEveryBadFieldAndStoresNothing() {
        Project project = executingProject();
        ProcessInstance lifecycle = lifecycleInExecution(project);
        Map<String, Object> form = form(project.getKey());
        form.remove(TITLE);
        form.put(PROPOSED_CHANGES_CSV, ProposedChangesCsv.HEADER + "\nADD,7.1,Export,20,JAVA,9,");

        assertRefused(() -> startAs("requester", "requesters", form), InvalidVariablesException.class,
                "Invalid change request: Title is required; Work-package changes (CSV) row 1 (7.1): skillLevel must "
                        + "be from 1 to 5, got 9");

        assertThat(changeRequestsOf(project)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(INTAKE)
                .variableValueEquals(PROJECT_KEY, project.getKey()).count()).isZero();
    }

    @Test
    void aChangeToAProjectThatIsNotExecutingIsRefusedNamingTheProject() {
        Project project = transactions.execute(status -> {
            Project planning = projects.findById(executingProject().getId()).orElseThrow();
            planning.moveTo(ProjectStatus.PLANNING);
            return projects.save(planning);
        });

        assertRefused(() -> startAs("requester", "requesters", form(project.getKey())),
                InvalidVariablesException.class, "Project " + project.getKey()
                        + " is PLANNING and accepts no change requests; only an EXECUTING project does");

        assertThat(changeRequestsOf(project)).isEmpty();
    }

    @Test
    void anUnknownProjectKeyIsRefusedNamingTheField() {
        assertRefused(() -> startAs("requester", "requesters", form("PRJ-2099-9999")),
                InvalidVariablesException.class,
                "Project 'PRJ-2099-9999' is no project: give the key of an EXECUTING project, such as "
                        + "PRJ-2026-0004");
    }

    @Test
    void aBadFormNamesItsFieldsAsTheStartFormShowsThemAndTheBudgetInDollars() {
        Project project = executingProject();
        lifecycleInExecution(project);
        Map<String, Object> form = form(project.getKey());
        form.put(AFFECTED_ITEMS, "T-CRM, NOPE");
        form.put(BUDGET_CHANGE, -999_999);
        form.put(WINDOW_END, form.get(WINDOW_START));

        assertRefused(() -> startAs("requester", "requesters", form), InvalidVariablesException.class,
                "Window end (date) must be after the window start",
                "Affected configuration items: unknown configuration item(s) [NOPE]",
                "Budget change would leave the approved budget of $100,000.00 at -$899,999.00");

        assertThat(changeRequestsOf(project)).isEmpty();
    }

    @Test
    void everyoneWhoMayRequestChangesThroughTheApiFindsRequestAChangeInTasklist() {
        for (String group : List.of("requesters", "sponsors", "pmo", "project-managers", "ccb", "team-members")) {
            assertThat(startableInTasklistBy("someone", group)).as(group).contains(INTAKE);
        }
        assertThat(startableInTasklistBy("dev1", "team-members")).as("team-members").doesNotContain(
                LifecycleVariables.PROCESS_KEY);
        assertThat(startableInTasklistBy("owner", "process-owners")).as("process-owners").doesNotContain(INTAKE);
    }

    @Test
    void requestAChangeIsDeployedWithItsStartForm() throws IOException {
        ProcessDefinition intake = repositoryService.createProcessDefinitionQuery().processDefinitionKey(INTAKE)
                .latestVersion().singleResult();

        assertThat(intake.getName()).isEqualTo("Request a change");
        assertThat(intake.isStartableInTasklist()).isTrue();
        try (InputStream startForm = formService.getDeployedStartForm(intake.getId())) {
            String form = new String(startForm.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(form).contains("\"id\": \"change-request-start\"", "\"key\": \"projectKey\"",
                    "\"key\": \"proposedChangesCsv\"", "# Request a change");
        }
    }

    /** The query of Tasklist's "Start process" list, as the given user sees it. */
    private List<String> startableInTasklistBy(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return repositoryService.createProcessDefinitionQuery().startableInTasklist().startablePermissionCheck()
                    .latestVersion().active().list().stream().map(ProcessDefinition::getKey).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
