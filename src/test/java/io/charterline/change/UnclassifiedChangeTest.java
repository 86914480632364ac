package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner's table that leaves the change class or risk level empty, or gives one the process does not know,
 * or has no rule for a change at all: the change takes a modelled path, never an incident or a route that needs less
 * approval than the rule may have meant. Each test deploys its table as the latest and deletes it afterwards, so
 * the repository's rules are the latest again for the other tests.
 */
class UnclassifiedChangeTest extends ChangeControlTestSupport {

    private static final String MINOR_NORMAL_CLASS_AND_RISK = """
            <outputEntry id="Rule_MinorNormal_Out0">
                      <text>"MINOR"</text>
                    </outputEntry>
                    <outputEntry id="Rule_MinorNormal_Out1">
                      <text>"LOW"</text>
                    </outputEntry>""";

    private String ownersDeployment;

    @AfterEach
    void deleteOwnersDeployment() {
        if (ownersDeployment != null) {
            engine.getRepositoryService().deleteDeployment(ownersDeployment, true);
        }
    }

    @Test
    void aRuleThatLeavesClassAndRiskEmptySendsTheChangeToTheSponsorAndTheBoardWithANote() throws IOException {
        deployTable(table -> table.replace(MINOR_NORMAL_CLASS_AND_RISK, MINOR_NORMAL_CLASS_AND_RISK
                .replace("\"MINOR\"", "").replace("\"LOW\"", "")));
        ProcessInstance change = requestChange(executingProject(), proposal());
        runJobs(change);

        String note = "The decision change-classification gave no changeClass, which is not one of STANDARD, MINOR, "
                + "SIGNIFICANT, MAJOR, EMERGENCY; the decision change-classification gave no riskLevel, which is not "
                + "one of LOW, MEDIUM, HIGH, CRITICAL: the change goes the strictest route, sponsor and board; the "
                + "rule needs correcting";
        assertThat(change).hasPassed("Task_RecordClassification").hasNotPassed("Task_ClassifyManually")
                .isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(APPROVAL_ROUTE, ROUTE_SPONSOR_AND_CCB).containsEntry(CLASSIFICATION_NOTE, note);
        Assertions.assertThat(taskService.getVariable(task(change, "Task_ApproveChangeAsSponsor").getId(),
                "classificationNoteText")).isEqualTo(note);
        Assertions.assertThat(changeRequest(change).getApprovalRoute()).isEqualTo(ROUTE_SPONSOR_AND_CCB);
        Assertions.assertThat(lastClassification(change))
                .isEqualTo("class null, risk null, route SPONSOR_AND_CCB. " + note);
    }

    /**
     * The deployment check refuses a rule that gives "WEIRD", so only a rule deployed before the check can give it:
     * the test sets the decision's outputs itself and classifies the change again.
     */
    @Test
    void aChangeClassTheProcessDoesNotKnowGoesToTheSponsorAndTheBoardAsGiven() {
        ProcessInstance change = requestChange(executingProject(), proposal());
        runJobs(change);
        runtimeService.setVariable(change.getId(), CHANGE_CLASS, "WEIRD");
        runtimeService.createProcessInstanceModification(change.getId())
                .cancelAllForActivity("Task_ApproveChangeAsPm")
                .startBeforeActivity("Gateway_RuleMatched")
                .execute();

        assertThat(change).isWaitingAt("Task_ApproveChangeAsSponsor").variables()
                .containsEntry(CHANGE_CLASS, "WEIRD").containsEntry(RISK_LEVEL, "LOW")
                .containsEntry(APPROVAL_ROUTE, ROUTE_SPONSOR_AND_CCB);
        assertThat(task(change, "Task_ApproveChangeAsSponsor")).isAssignedTo("sponsor");
        Assertions.assertThat(changeRequest(change).getChangeClass()).isEqualTo("WEIRD");
        Assertions.assertThat(lastClassification(change)).isEqualTo("class WEIRD, risk LOW, route SPONSOR_AND_CCB. "
                + "The decision change-classification gave changeClass \"WEIRD\", which is not one of STANDARD, "
                + "MINOR, SIGNIFICANT, MAJOR, EMERGENCY: the change goes the strictest route, sponsor and board; "
                + "the rule needs correcting");
    }

    @Test
    void aChangeNoRuleFitsGoesToThePmoToClassifyByHand() throws IOException {
        deployTable(table -> table.replaceAll("(?s)<rule id=\"Rule_ClassifyByHand\">.*?</rule>\\s*", ""));
        ProcessInstance change = requestChange(executingProject(),
                proposal().type(ChangeType.STANDARD).budgetChange(0).scope("Adds a report").add("9.1", 4, "JAVA"));
        runJobs(change);

        assertThat(change).hasPassed("Task_ClassifyChange").isWaitingAt("Task_ClassifyManually").variables()
                .containsEntry(APPROVAL_ROUTE, null).containsEntry(CHANGE_CLASS, null);
        assertThat(task(change, "Task_ClassifyManually")).hasCandidateGroup("pmo");
    }

    @Test
    void theImpactPreviewShowsTheStrictestRouteForARuleThatLeavesTheClassEmpty() throws IOException {
        deployTable(table -> table.replace(MINOR_NORMAL_CLASS_AND_RISK,
                MINOR_NORMAL_CLASS_AND_RISK.replace("\"MINOR\"", "")));
        Project project = executingProject();
        ChangeProposal proposal = proposal().build();

        ImpactPreview preview = changeRequestService.preview(project.getKey(), new ChangeRequestInput(proposal.title(),
                proposal.description(), proposal.reason(), proposal.requestedType(), proposal.workPackageChanges(),
                proposal.budgetChange(), proposal.scopeChange(), proposal.affectedItems(), proposal.windowStart(),
                proposal.windowEnd()), "requester");

        Assertions.assertThat(preview.approvalRoute()).isEqualTo(ROUTE_SPONSOR_AND_CCB);
        Assertions.assertThat(preview.routeNote()).startsWith("The decision change-classification gave no changeClass");
    }

    private void deployTable(UnaryOperator<String> edit) throws IOException {
        String table = Files.readString(Path.of("processes/change-classification.dmn"));
        String edited = edit.apply(table);
        Assertions.assertThat(edited).isNotEqualTo(table);
        ownersDeployment = engine.getRepositoryService().createDeployment()
                .name("change-classification").source("Camunda Modeler")
                .addString("change-classification.dmn", edited).deploy().getId();
    }

    private String lastClassification(ProcessInstance change) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.CLASSIFIED).reduce((first, second) -> second)
                .orElseThrow().getDetail();
    }
}
