package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The lifecycle's re-plan path: the project manager's change-request form registers the change and calls change control. */
class ReplanChangeRequestTest extends ChangeControlTestSupport {

    private ProcessInstance waitingForReplanRequest(Project project) {
        return runtimeService.createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
                .businessKey(project.getKey())
                .setVariables(Map.of(LifecycleVariables.PROJECT_KEY, project.getKey(),
                        LifecycleVariables.STATUS_CADENCE, "P28D", LifecycleVariables.SPONSOR, "sponsor",
                        LifecycleVariables.PROJECT_MANAGER, "pm"))
                .startBeforeActivity("Task_RequestReplan")
                .execute();
    }

    private static Map<String, Object> form() {
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> form = new HashMap<>();
        form.put(TITLE, "Re-plan after RED status");
        form.put(DESCRIPTION, "Move testing earlier and add a second tester");
        form.put(REASON, "Status report RED: testing is late");
        form.put(REQUESTED_TYPE, "NORMAL");
        form.put(PROPOSED_CHANGES_CSV, ProposedChangesCsv.HEADER + "\nADD,8.1,Second tester,40,TESTING,2,");
        form.put(AFFECTED_ITEMS, "");
        form.put(WINDOW_START, start.toString());
        form.put(WINDOW_END, start.plus(2, ChronoUnit.HOURS).toString());
        return form;
    }

    @Test
    void replanFormRegistersTheChangeWithTheProjectManagerAsRequesterAndCallsChangeControl() {
        Project project = executingProject();
        ProcessInstance lifecycle = waitingForReplanRequest(project);

        taskService.complete(task(lifecycle, "Task_RequestReplan").getId(), form());

        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).count())
                .isEqualTo(1);
        ChangeRequest registered = changeRequests.findAll().stream()
                .filter(change -> change.getProjectId().equals(project.getId())).findFirst().orElseThrow();
        assertThat(registered.getRequesterId()).isEqualTo("pm");
        assertThat(changeRequestService.get(registered.getKey()).workPackageChanges()).extracting(WorkPackageChange::code)
                .containsExactly("8.1");
        ProcessInstance change = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(registered.getKey()).processDefinitionKey(PROCESS_KEY).singleResult();
        assertThat(runtimeService.getVariables(change.getId())).containsEntry(PROJECT_KEY, project.getKey())
                .containsEntry(CHANGE_REQUEST_ID, registered.getKey());
        assertThat(runtimeService.getVariables(lifecycle.getId())).doesNotContainKeys(TITLE, PROPOSED_CHANGES_CSV,
                WINDOW_START, CHANGE_REQUEST_ID);
    }

    @Test
    void replanFormWithBadRowsIsRefusedNamingTheFormsLabelsAndTheTaskStaysOpen() {
        Project project = executingProject();
        ProcessInstance lifecycle = waitingForReplanRequest(project);
        Map<String, Object> form = form();
        form.remove(TITLE);
        form.put(PROPOSED_CHANGES_CSV, ProposedChangesCsv.HEADER + "\nADD,8.1,Second tester,40,TESTING,9,");

        assertRefused(() -> taskService.complete(task(lifecycle, "Task_RequestReplan").getId(), form),
                InvalidVariablesException.class, "Invalid change request: Title is required; "
                        + "Work-package changes (CSV) row 1 (8.1): skillLevel must be from 1 to 5, got 9");

        assertThat(task(lifecycle, "Task_RequestReplan")).isNotNull();
    }
}
