package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.work.OwnWorker;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finished work is history: a change may neither re-plan nor remove it. Baseline v1 plans A (16 h) and B (8 h) of
 * JAVA side by side, both with a developer of the test's own; A is done, B under way.
 */
class FinishedWorkCannotBeChangedTest extends ChangeControlTestSupport {

    @Autowired
    WorkPackageService workPackages;

    private String projectKey;
    private String dev;

    private static WorkPackageSpec java(String code, int hours) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3, List.of());
    }

    @BeforeEach
    void aDoneAndBUnderWay() {
        projectKey = executingProjectWithBaseline(List.of(java("A", 16), java("B", 8))).getKey();
        workPackages.syncFromBaseline(projectKey);
        dev = OwnWorker.create(engine.getIdentityService());
        for (String code : List.of("A", "B")) {
            workPackages.markReleased(projectKey, code, "instance-" + code);
            workPackages.assign(projectKey, code, dev);
        }
        workPackages.complete(projectKey, "A", new BigDecimal("15"), null, dev);
    }

    private List<InvalidField> refused(ProposalBuilder proposal) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> changeRequestService.register(projectKey, proposal.build())).fields();
    }

    @Test
    void aChangeThatModifiesDoneWorkIsRefusedWhenRequested() {
        assertThat(refused(proposal().budgetChange(0).modify("B", 10).modify("A", 100))).containsExactly(
                new InvalidField("workPackageChanges[1].code", "A is DONE; finished work cannot be changed"));
    }

    @Test
    void aChangeThatRemovesDoneWorkIsRefusedWhenRequested() {
        assertThat(refused(proposal().budgetChange(0).remove("A"))).containsExactly(
                new InvalidField("workPackageChanges[0].code", "A is DONE; finished work cannot be changed"));
    }

    @Test
    void aChangeToDoneWorkIsRefusedInTheSameAnswerAsItsOtherBadFields() {
        assertThat(refused(proposal().budgetChange(0).remove("A").items("NOPE"))).containsExactly(
                new InvalidField("affectedItems", "unknown configuration item(s) [NOPE]; use the keys of the "
                        + "service catalog"),
                new InvalidField("workPackageChanges[0].code", "A is DONE; finished work cannot be changed"));
    }

    @Test
    void thePreviewOfAChangeToDoneWorkIsRefusedAsTheRequestIs() {
        ChangeProposal proposal = proposal().budgetChange(0).modify("A", 100).build();
        ChangeRequestInput input = new ChangeRequestInput(proposal.title(), proposal.description(),
                proposal.reason(), proposal.requestedType(), proposal.workPackageChanges(), proposal.budgetChange(),
                proposal.scopeChange(), proposal.affectedItems(), proposal.windowStart(), proposal.windowEnd());

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> changeRequestService.preview(projectKey, input, "requester")).fields()).containsExactly(
                new InvalidField("workPackageChanges[0].code", "A is DONE; finished work cannot be changed"));
    }

    @Test
    void aChangeToWorkThatWasFinishedBeforeTheChangeWasAppliedNoLongerApplies() {
        ProcessInstance change = requestChange(projects.findByKey(projectKey).orElseThrow(),
                proposal().budgetChange(0).modify("B", 10));
        runJobs(change);
        workPackages.complete(projectKey, "B", new BigDecimal("8"), null, dev);

        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "More testing");
        runJobs(change);

        BpmnAwareTests.assertThat(change).isEnded().hasPassed("BoundaryEvent_ChangeNoLongerApplies",
                "EndEvent_ChangeNotApplicable");
        assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.NOT_APPLICABLE).findFirst().orElseThrow()
                .getDetail()).contains("B is DONE; finished work cannot be changed");
        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(1);
        assertThat(workPackages.find(projectKey, "B").orElseThrow().estimateHours()).isEqualByComparingTo("8");
    }
}
