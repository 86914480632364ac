package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.APPROVAL_ROUTE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner changes the approval route of minor normal changes from the project manager to the board and
 * deploys the decision alone from Camunda Modeler: the next change and its impact preview both take the new route.
 * The owner's deployment is deleted afterwards, so the repository's rule is the latest again for the other tests.
 */
class ModelerDeployedClassificationTest extends ChangeControlTestSupport {

    private String ownersDeployment;

    @BeforeEach
    void ownerSendsMinorNormalChangesToTheBoard() throws IOException {
        String table = Files.readString(Path.of("processes/change-classification.dmn"));
        String rule = "<outputEntry id=\"Rule_MinorNormal_Out2\">\n          <text>\"PM\"</text>";
        Assertions.assertThat(table).contains(rule);
        ownersDeployment = engine.getRepositoryService().createDeployment()
                .name("change-classification").source("Camunda Modeler")
                .addString("change-classification.dmn", table.replace(rule, rule.replace("PM", "CCB")))
                .deploy().getId();
    }

    @AfterEach
    void deleteOwnersDeployment() {
        engine.getRepositoryService().deleteDeployment(ownersDeployment, true);
    }

    @Test
    void theNextChangeTakesTheRouteOfTheRuleTheOwnerDeployedAlone() {
        ProcessInstance change = requestChange(executingProject(), proposal());
        runJobs(change);

        assertThat(change).isWaitingAt("Task_VoteOnChange").variables().containsEntry(APPROVAL_ROUTE, "CCB");
    }

    @Test
    void theImpactPreviewShowsTheRouteTheChangeWillTake() {
        Project project = executingProject();
        ChangeProposal proposal = proposal().build();

        ImpactPreview preview = changeRequestService.preview(project.getKey(), input(proposal), "requester");

        Assertions.assertThat(preview.approvalRoute()).isEqualTo("CCB");
    }

    private static ChangeRequestInput input(ChangeProposal proposal) {
        return new ChangeRequestInput(proposal.title(), proposal.description(), proposal.reason(),
                proposal.requestedType(), proposal.workPackageChanges(), proposal.budgetChange(),
                proposal.scopeChange(), proposal.affectedItems(), proposal.windowStart(), proposal.windowEnd());
    }
}
