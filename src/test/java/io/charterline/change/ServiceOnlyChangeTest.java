package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.cmdb.Criticality;
import io.charterline.cmdb.ServiceCatalog;
import io.charterline.cmdb.ServiceInput;
import io.charterline.plan.BaselineVersion;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change to IT services alone, with no effect on the plan: "patch the API gateway during the project". The
 * catalog: T-SHOP (CRITICAL) depends on T-GATEWAY (HIGH); T-REGISTRY (MEDIUM) is frozen for the next year. The
 * project's baseline v1 plans A (16 h) and B (8 h) after it, 2,640 in all.
 */
class ServiceOnlyChangeTest extends ChangeControlTestSupport {

    private static final String REASON = "Security patch, tested on staging";

    @Autowired
    ServiceCatalog catalog;

    private Project project;

    @BeforeEach
    void catalogAndProject() {
        service("T-GATEWAY", "API gateway", Criticality.HIGH, List.of(), List.of());
        service("T-SHOP", "Web shop", Criticality.CRITICAL, List.of("T-GATEWAY"), List.of());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        service("T-REGISTRY", "Container registry", Criticality.MEDIUM, List.of(),
                List.of(new ServiceInput.FreezeInput(today, today.plusYears(1), "Registry migration")));
        project = executingProjectWithBaseline(List.of(
                new WorkPackageSpec("A", "Package A", new BigDecimal("16"), "JAVA", 3, List.of()),
                new WorkPackageSpec("B", "Package B", new BigDecimal("8"), "JAVA", 3, List.of("A"))));
    }

    private void service(String key, String name, Criticality criticality, List<String> dependsOn,
                         List<ServiceInput.FreezeInput> freezes) {
        if (configurationItems.findByKey(key).isEmpty()) {
            catalog.create(new ServiceInput(key, name, "Test service", criticality, null, dependsOn, List.of(),
                    freezes));
        }
    }

    /** Nothing but the named items: no work package, no budget, no scope. */
    private ProcessInstance patch(ChangeType type, String... items) {
        return requestChange(project, proposal().type(type).budgetChange(0).items(items));
    }

    private void boardApproves(ProcessInstance change) {
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb1", VOTE, "APPROVE", VOTE_REASON, REASON);
        decide(tasks(change, "Task_VoteOnChange").get(0), "ccb2", VOTE, "APPROVE", VOTE_REASON, REASON);
        runJobs(change);
    }

    private void implementAndReview(ProcessInstance change, String outcome) {
        decide(task(change, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Gateway patched to 3.4.2");
        decide(task(change, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, outcome, REVIEW_COMMENT,
                "SUCCESS".equals(outcome) ? "No errors since" : "Latency doubled");
        runJobs(change);
    }

    private String logged(ProcessInstance change, ChangeEvent event) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()).stream()
                .filter(entry -> entry.getEvent() == event).map(ChangeLogEntry::getDetail)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void analysisShowsNoSlipNoCostAndTheServicesThatDependOnTheNamedOne() {
        ProcessInstance change = patch(ChangeType.NORMAL, "T-GATEWAY");

        runJobs(change);

        assertThat(change).variables().containsEntry(SCHEDULE_SLIP_DAYS, 0).containsEntry(COST_SHARE_PERCENT, 0.0)
                .containsEntry(SCOPE_CHANGED, false).containsEntry(BUDGET_CHANGED, false)
                .containsEntry(CRITICAL_SERVICE_COUNT, 1).containsEntry(MAX_SERVICE_CRITICALITY, "CRITICAL")
                .containsEntry(RESOURCE_OVERLOAD_COUNT, 0).containsEntry(WINDOW_CONFLICT_COUNT, 0);
        Assertions.assertThat(changeRequest(change).getImpactSummary()).contains(
                "- Schedule: no slip; finish stays ",
                "- Cost: +$0.00 (0.00 % of the budget at completion $2,640.00)",
                "- Services: T-GATEWAY (API gateway, HIGH, named); T-SHOP (Web shop, CRITICAL, depth 1 via T-GATEWAY)",
                "- Window: no conflict");
    }

    @Test
    void criticalServiceBehindThePatchedOneSendsTheChangeToTheBoard() {
        ProcessInstance change = patch(ChangeType.NORMAL, "T-GATEWAY");

        runJobs(change);

        assertThat(change).isWaitingAt("Task_VoteOnChange").variables().containsEntry(APPROVAL_ROUTE, "CCB")
                .containsEntry(CHANGE_CLASS, "SIGNIFICANT").containsEntry(RISK_LEVEL, "HIGH");
    }

    @Test
    void patchInAFreezeShowsTheConflictAndGoesToTheBoard() {
        ProcessInstance change = patch(ChangeType.NORMAL, "T-REGISTRY");

        runJobs(change);

        assertThat(change).isWaitingAt("Task_VoteOnChange").variables().containsEntry(WINDOW_CONFLICT_COUNT, 1)
                .containsEntry(APPROVAL_ROUTE, "CCB").containsEntry(RISK_LEVEL, "MEDIUM");
        Assertions.assertThat(changeRequest(change).getImpactSummary())
                .contains("- Window: during a freeze of T-REGISTRY: T-REGISTRY is frozen from ", "Registry migration");
    }

    @Test
    void standardPatchOfALowCriticalityServiceIsPreApproved() {
        ProcessInstance change = patch(ChangeType.STANDARD, "WIKI");

        runJobs(change);

        assertThat(change).isWaitingAt("Task_ImplementChange").variables().containsEntry(APPROVAL_ROUTE, "AUTO")
                .containsEntry(CHANGE_CLASS, "STANDARD").containsEntry(RISK_LEVEL, "LOW");
    }

    @Test
    void approvedPatchKeepsTheBaselineVersionIsLoggedAndClosesAfterItsReview() {
        ProcessInstance change = patch(ChangeType.NORMAL, "T-GATEWAY");
        runJobs(change);
        boardApproves(change);

        assertThat(change).hasPassed("Task_UpdateBaseline").isWaitingAt("Task_ImplementChange");
        Assertions.assertThat(baselineService.versions(project.getKey())).extracting(BaselineVersion::version)
                .containsExactly(1);
        Assertions.assertThat(changeRequest(change).getAppliedBaselineVersion()).isEqualTo(1);
        Assertions.assertThat(logged(change, ChangeEvent.BASELINE_UPDATED)).isEqualTo(
                "On the approval of the change control board (ccb1, ccb2): baseline v1 stays current: the change"
                        + " touches no work package, so no new version is recorded");
        implementAndReview(change, "SUCCESS");

        assertThat(change).isEnded().hasPassed("Task_ReviewImplementation", "EndEvent_ChangeClosed");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.CLOSED);
        Assertions.assertThat(story(change)).containsExactly(ChangeEvent.SUBMITTED, ChangeEvent.ANALYSED,
                ChangeEvent.CLASSIFIED, ChangeEvent.VOTED, ChangeEvent.VOTED, ChangeEvent.APPROVED,
                ChangeEvent.SCHEDULED, ChangeEvent.BASELINE_UPDATED, ChangeEvent.IMPLEMENTED, ChangeEvent.REVIEWED,
                ChangeEvent.CLOSED);
        Assertions.assertThat(projects.findById(project.getId()).orElseThrow().getApprovedBudget())
                .isEqualByComparingTo("100000");
    }

    @Test
    void failedPatchIsBackedOutWithoutANewBaselineVersion() {
        ProcessInstance change = patch(ChangeType.NORMAL, "T-GATEWAY");
        runJobs(change);
        boardApproves(change);

        implementAndReview(change, "FAILED");

        assertThat(change).isEnded().hasPassed("Task_BackOutChange", "EndEvent_ChangeBackedOut");
        Assertions.assertThat(changeRequest(change).getStatus()).isEqualTo(ChangeStatus.BACKED_OUT);
        Assertions.assertThat(baselineService.versions(project.getKey())).extracting(BaselineVersion::version)
                .containsExactly(1);
        Assertions.assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(change).getKey()))
                .extracting(ChangeLogEntry::getEvent, ChangeLogEntry::getActor, ChangeLogEntry::getDetail).endsWith(
                        tuple(ChangeEvent.REVIEWED, "pmo", "FAILED: Latency doubled"),
                        tuple(ChangeEvent.BASELINE_RESTORED, null, "On the review of pmo, who found the implementation"
                                + " failed: baseline v1 stays current: the change touched no work package, so the plan"
                                + " has nothing to take out"),
                        tuple(ChangeEvent.BACKED_OUT, null,
                                "Implementation failed; backed out, baseline v1 is current"));
    }
}
