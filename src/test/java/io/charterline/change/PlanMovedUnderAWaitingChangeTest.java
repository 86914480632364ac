package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.charterline.plan.WorkPackageSpec;
import io.charterline.platform.process.FormText;
import io.charterline.project.Project;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change waits for its approver while another change of the same project moves the plan under it. The project's
 * baseline v1 plans A and B, 400 h of JAVA each at 110/h, on an approved budget of 100,000. The waiting change adds W
 * (10 h of JAVA) and goes to the project manager; the moving change, approved by the project manager as well, adds M
 * (40 h) and 500 of budget, so its baseline update records v2 and moves the approved budget to 100,500.
 */
class PlanMovedUnderAWaitingChangeTest extends ChangeControlTestSupport {

    /**
     * What M changes for W, in the figures the approver read before: W no longer slips the finish, as M after B runs
     * longer, which now sets the finish and the critical path; W's 1,100 is a smaller share of a budget at completion
     * 4,400 larger; the forecast rises by M's 4,400 while the approved budget rises by 500, so the headroom falls by
     * 3,900. Its cost, overloads and services stay as they were and are not named.
     */
    private static final String WHAT_M_CHANGED = "Schedule slip 4 → 0 days; new finish 2027-05-25 → 2027-05-28;"
            + " critical path A -> B -> W → A -> B -> M; cost share of the budget at completion 1.25 % → 1.19 %;"
            + " approved budget $100,000.00 → $100,500.00; forecast at completion $89,100.00 → $93,500.00; headroom"
            + " $10,900.00 → $7,000.00.";

    @Autowired
    FormService formService;

    @Autowired
    Clock clock;

    private Project project;

    private static WorkPackageSpec java(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                List.of(predecessors));
    }

    @BeforeEach
    void projectWithApprovedBaseline() {
        project = executingProjectWithBaseline(List.of(java("A", 400), java("B", 400, "A")));
    }

    private ProcessInstance waitingForTheProjectManager(Project on, ProposalBuilder proposal) {
        ProcessInstance change = requestChange(on, proposal);
        runJobs(change);
        assertThat(change).isWaitingAt("Task_ApproveChangeAsPm");
        return change;
    }

    /** The moving change, approved by the project manager and run up to its implementation. */
    private ProcessInstance approvedAndApplied(Project on, ProposalBuilder proposal) {
        ProcessInstance change = waitingForTheProjectManager(on, proposal);
        decide(task(change, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "APPROVE", CHANGE_DECISION_REASON,
                "Fits the plan");
        runJobs(change);
        assertThat(change).isWaitingAt("Task_ImplementChange");
        return change;
    }

    private ProcessInstance addsMAndBudget() {
        return approvedAndApplied(project, proposal().budgetChange(500).add("M", 40, "JAVA", "B"));
    }

    private String key(ProcessInstance change) {
        return changeRequest(change).getKey();
    }

    @Test
    void waitingChangeIsAnalysedAgainOnTheMovedPlanWhereItWaits() {
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));

        ProcessInstance moving = addsMAndBudget();

        assertThat(moving).hasPassed("Event_PlanMovedSent");
        assertThat(waiting).isWaitingAt("Task_ApproveChangeAsPm", "Task_ReanalyseImpact");
        runJobs(waiting);
        assertThat(waiting).hasPassed("EndEvent_ImpactReanalysed").isWaitingAt("Task_ApproveChangeAsPm");
        String note = "Re-analysed on " + LocalDate.now(clock) + " after " + key(moving)
                + " moved the baseline to v2 and the approved budget to $100,500.00. " + WHAT_M_CHANGED;
        assertThat(waiting).variables().containsEntry(IMPACT_REANALYSIS, note)
                .containsEntry(IMPACT_SUMMARY, changeRequest(waiting).getImpactSummary())
                .containsEntry(APPROVAL_ROUTE, ROUTE_PM);
        ChangeRequest reanalysed = changeRequest(waiting);
        Assertions.assertThat(reanalysed.getAnalysedBaselineVersion()).isEqualTo(2);
        Assertions.assertThat(reanalysed.getImpactSummary()).startsWith("Impact on baseline v2:")
                .contains("- Approved budget: $100,500.00, unchanged");
        Assertions.assertThat(story(waiting)).containsExactly(ChangeEvent.SUBMITTED, ChangeEvent.ANALYSED,
                ChangeEvent.CLASSIFIED, ChangeEvent.REANALYSED);
        Assertions.assertThat(entry(waiting, ChangeEvent.REANALYSED).getDetail()).startsWith(note)
                .contains("Impact on baseline v2:");
    }

    @Test
    void backingOutAChangeTellsTheWaitingChangesWhichAreAnalysedOnThePlanWithoutIt() {
        ProcessInstance moving = addsMAndBudget();
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));
        Assertions.assertThat(changeRequest(waiting).getAnalysedBaselineVersion()).as("analysed with M").isEqualTo(2);

        decide(task(moving, "Task_ImplementChange"), "pm", IMPLEMENTATION_NOTES, "Deployed on Saturday night");
        decide(task(moving, "Task_ReviewImplementation"), "pmo", IMPLEMENTATION_OUTCOME, "FAILED", REVIEW_COMMENT,
                "Orders stuck in export");
        runJobs(moving);

        assertThat(moving).isEnded().hasPassed("Task_BackOutChange", "Event_BackOutPlanMovedSent",
                "EndEvent_ChangeBackedOut");
        assertThat(waiting).isWaitingAt("Task_ApproveChangeAsPm", "Task_ReanalyseImpact");
        runJobs(waiting);
        assertThat(waiting).hasPassed("EndEvent_ImpactReanalysed").isWaitingAt("Task_ApproveChangeAsPm");
        Assertions.assertThat(changeRequest(waiting).getAnalysedBaselineVersion()).as("the plan without M")
                .isEqualTo(3);
        Assertions.assertThat((String) runtimeService.getVariable(waiting.getId(), IMPACT_REANALYSIS))
                .startsWith("Re-analysed on " + LocalDate.now(clock) + " after " + key(moving)
                        + " moved the baseline to v3");
    }

    @Test
    void theOpenApprovalShowsTheNewFiguresAndWhyTheyAreNew() {
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));
        String approval = task(waiting, "Task_ApproveChangeAsPm").getId();
        Assertions.assertThat((String) formService.getTaskFormVariables(approval).getValue("impactSummaryText",
                String.class)).contains("Impact on baseline v1:", "Approved budget: $100,000.00, unchanged");

        ProcessInstance moving = addsMAndBudget();
        runJobs(waiting);

        VariableMap form = formService.getTaskFormVariables(approval);
        Assertions.assertThat(form.getValue("impactSummaryText", String.class))
                .contains("Impact on baseline v2:", "Approved budget: $100,500.00, unchanged")
                .doesNotContain("baseline v1");
        Assertions.assertThat(form.getValue("impactReanalysisText", String.class)).isEqualTo(FormText.escape(
                "Re-analysed on " + LocalDate.now(clock) + " after " + key(moving) + " moved the baseline to v2 and"
                        + " the approved budget to $100,500.00. " + WHAT_M_CHANGED));
        Assertions.assertThat(form.getValue(IMPACT_REANALYSIS, String.class)).as("the note's condition").isNotNull();
    }

    @Test
    void waitingChangeThatNoLongerAppliesToTheMovedPlanSaysSoAndStillWaitsForItsApprover() {
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("X", 10, "JAVA",
                "B"));
        String analysedOnV1 = changeRequest(waiting).getImpactSummary();

        // Another change adds the same package first
        ProcessInstance moving = approvedAndApplied(project, proposal().budgetChange(0).add("X", 10, "JAVA", "B"));
        runJobs(waiting);

        assertThat(waiting).hasPassed("EndEvent_ImpactReanalysed").isWaitingAt("Task_ApproveChangeAsPm");
        Assertions.assertThat(engine.getManagementService().createJobQuery().withException().list()).isEmpty();
        assertThat(waiting).variables().containsEntry(IMPACT_SUMMARY, analysedOnV1);
        Assertions.assertThat((String) runtimeService.getVariable(waiting.getId(), IMPACT_REANALYSIS))
                .startsWith("Re-analysed on " + LocalDate.now(clock) + " after " + key(moving)
                        + " moved the baseline to v2: the change no longer applies to the moved plan: ")
                .contains("X")
                .endsWith("The impact below is the one analysed on v1; reject the change, else its baseline update"
                        + " ends it as not applicable.");
        Assertions.assertThat(changeRequest(waiting).getAnalysedBaselineVersion()).isEqualTo(1);
        Assertions.assertThat(story(waiting)).endsWith(ChangeEvent.REANALYSED);

        decide(task(waiting, "Task_ApproveChangeAsPm"), "pm", CHANGE_DECISION, "REJECT", CHANGE_DECISION_REASON,
                "X is in the plan already");
        runJobs(waiting);
        assertThat(waiting).isEnded().hasPassed("EndEvent_ChangeRejected");
    }

    @Test
    void figuresThatWouldClassifyTheChangeDifferentlyAreNamedAndTheChangeKeepsItsRoute() {
        // 9,500 is 9.5 % of the approved budget: minor, the project manager's
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(9500).add("W", 10,
                "JAVA", "B"));

        // The cut leaves 91,000, of which the same 9,500 is 10.4 %: a major change, the sponsor's and the board's.
        // It moves no work package, so of W's figures only the budget, W's share of it and the headroom over the
        // forecast of 89,100 change.
        approvedAndApplied(project, proposal().budgetChange(-9000));
        runJobs(waiting);

        assertThat(waiting).isWaitingAt("Task_ApproveChangeAsPm").variables()
                .containsEntry(APPROVAL_ROUTE, ROUTE_PM).containsEntry(CHANGE_CLASS, "MINOR")
                .containsEntry(BUDGET_CHANGE_PERCENT, 10.44);
        Assertions.assertThat((String) runtimeService.getVariable(waiting.getId(), IMPACT_REANALYSIS))
                .contains("moved the approved budget to $91,000.00. Approved budget $100,000.00 → $91,000.00; budget"
                        + " change share of the approved budget 9.50 % → 10.44 %; headroom $20,400.00 → $11,400.00."
                        + " Today's figures would classify it as class MAJOR, risk ")
                .contains("route sponsor and change control board")
                .contains("not as class MINOR, risk LOW, route project manager. It keeps its route");
        Assertions.assertThat(changeRequest(waiting).getApprovalRoute()).isEqualTo(ROUTE_PM);
    }

    @Test
    void changeOfAnotherProjectIsNotTold() {
        Project other = executingProjectWithBaseline(List.of(java("A", 400), java("B", 400, "A")));
        ProcessInstance elsewhere = waitingForTheProjectManager(other, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));

        addsMAndBudget();

        assertThat(elsewhere).isWaitingAt("Task_ApproveChangeAsPm").hasNotPassed("EndEvent_ImpactReanalysed");
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(elsewhere.getId())
                .list()).isEmpty();
        assertThat(elsewhere).variables().doesNotContainKey(IMPACT_REANALYSIS);
        Assertions.assertThat(changeRequest(elsewhere).getAnalysedBaselineVersion()).isEqualTo(1);
    }

    @Test
    void changePastItsBaselineUpdateIsNotTold() {
        ProcessInstance applied = approvedAndApplied(project, proposal().budgetChange(0).add("W", 10, "JAVA", "B"));
        String summary = changeRequest(applied).getImpactSummary();

        addsMAndBudget();

        assertThat(applied).isWaitingAt("Task_ImplementChange").hasNotPassed("EndEvent_ImpactReanalysed");
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(applied.getId())
                .list()).isEmpty();
        assertThat(applied).variables().doesNotContainKey(IMPACT_REANALYSIS);
        Assertions.assertThat(changeRequest(applied).getImpactSummary()).isEqualTo(summary);
        Assertions.assertThat(story(applied)).doesNotContain(ChangeEvent.REANALYSED);
    }

    @Test
    void aMoveAlreadyAnalysedIsNotAnalysedAgain() {
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));
        ProcessInstance moving = addsMAndBudget();
        runJobs(waiting);

        runtimeService.createMessageCorrelation(MESSAGE_PLAN_MOVED).processInstanceId(waiting.getId())
                .setVariableToTriggeredScope(PLAN_MOVED_BY, key(moving)).correlate();
        runJobs(waiting);

        Assertions.assertThat(story(waiting)).containsOnlyOnce(ChangeEvent.REANALYSED);
        assertThat(waiting).isWaitingAt("Task_ApproveChangeAsPm");
    }

    @Test
    void aBudgetOnlyMoveWhileTheReanalysisWaitsIsNamedWithItsMoverAndFigure() {
        ProcessInstance waiting = waitingForTheProjectManager(project, proposal().budgetChange(0).add("W", 10, "JAVA",
                "B"));
        // Network engineers, whom no other test here books: more JAVA hours would overload the shared pool's weeks
        ProcessInstance addsM = approvedAndApplied(project, proposal().budgetChange(0).add("M", 40, "NETWORK", "B"));
        assertThat(waiting).isWaitingAt("Task_ApproveChangeAsPm", "Task_ReanalyseImpact");

        // Told no second time while its re-analysis waits: the re-analysis reads the plan as it is when it runs
        ProcessInstance raisesBudget = approvedAndApplied(project, proposal().budgetChange(1000));
        runJobs(waiting);

        String note = (String) runtimeService.getVariable(waiting.getId(), IMPACT_REANALYSIS);
        Assertions.assertThat(note).startsWith("Re-analysed on " + LocalDate.now(clock) + " after " + key(addsM)
                        + " and " + key(raisesBudget) + " moved the baseline to v2 and the approved budget to"
                        + " $101,000.00.")
                .contains("; approved budget $100,000.00 → $101,000.00; ")
                .contains("; headroom $10,900.00 → $7,700.00.");
        Assertions.assertThat(story(waiting)).containsOnlyOnce(ChangeEvent.REANALYSED);
    }
}
