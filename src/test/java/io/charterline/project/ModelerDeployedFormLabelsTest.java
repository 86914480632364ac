package io.charterline.project;

import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner renames the charter review's comment field and its rework option and deploys the form alone from
 * Camunda Modeler: a refusal names them as the sponsor now sees them in Tasklist, also for a task opened before the
 * owner's deployment. The owner's deployment is deleted afterwards, so the repository's form is the latest again.
 */
class ModelerDeployedFormLabelsTest extends LifecycleTestSupport {

    private String ownersDeployment;

    @AfterEach
    void deleteOwnersDeployment() {
        if (ownersDeployment != null) {
            engine.getRepositoryService().deleteDeployment(ownersDeployment, true);
        }
    }

    @Test
    void aRefusalNamesTheFieldsAsTheFormTheOwnerDeployedShowsThem() throws IOException {
        ProcessInstance project = startProject(charter());
        ownerDeploysTheCharterReview(form -> form
                .replace("\"label\": \"Comment\"", "\"label\": \"Reason for the sponsor's decision\"")
                .replace("\"label\": \"Send back for rework\"", "\"label\": \"Return to the requester\""));

        assertRefused(() -> completeAsTheSponsor(task(project)), ": Reason for the sponsor's decision is required "
                + "when the decision is 'Return to the requester'");
    }

    /** As the sponsor alone, with the rights the engine gives a task's assignee and none of a group's. */
    private void completeAsTheSponsor(Task review) {
        identityService.setAuthentication("sponsor", List.of());
        try {
            complete(review, withVariables(CHARTER_DECISION, "REWORK"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void ownerDeploysTheCharterReview(UnaryOperator<String> edit) throws IOException {
        String form = Files.readString(Path.of("forms/charter-review.form"));
        String edited = edit.apply(form);
        Assertions.assertThat(edited).as("the owner's edit").isNotEqualTo(form);
        ownersDeployment = engine.getRepositoryService().createDeployment()
                .name("charter-review").source("Camunda Modeler")
                .addString("charter-review.form", edited)
                .deploy().getId();
    }
}
