package io.charterline.project;

import static io.charterline.platform.process.FormTextTwins.twinOf;
import static io.charterline.project.LifecycleVariables.*;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.charter.CharterRejectionNoticeVariables;
import io.charterline.lessons.LessonRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LifecycleCharterTest extends LifecycleTestSupport {

    @Autowired
    LessonRepository lessons;

    @Autowired
    ProjectService projectService;

    @Test
    void submittedCharterIsRegisteredTieredAndWaitsForTheSponsor() {
        ProcessInstance project = startProject(charter().budget(1_500_000));

        assertThat(project).isWaitingAt("Task_ReviewCharter").hasBusinessKey(projectKey(project));
        assertThat(task(project)).isAssignedTo("sponsor");
        assertThat(project).variables()
                .containsEntry(GOVERNANCE_TIER, 1)
                .containsEntry(STATUS_CADENCE, "P7D")
                .containsEntry(PLAN_GATE_APPROVAL, "PMO_AND_SPONSOR");
        assertProjectStatus(project, ProjectStatus.CHARTERING);
    }

    @Test
    void theSponsorReadsTheStatusCadenceAndThePlanGateApproversInWordsWhileTheEngineKeepsItsCodes() {
        ProcessInstance project = startProject(charter().budget(1_500_000));

        assertThat(project).variables()
                .containsEntry(STATUS_CADENCE, "P7D")
                .containsEntry(STATUS_CADENCE_TEXT, "every week")
                .containsEntry(PLAN_GATE_APPROVAL_TEXT, "the PMO, then the sponsor");
    }

    @Test
    void theCharterSummaryShowsTheRequestersMarkdownAndHtmlAsTyped() {
        ProcessInstance project = startProject(charter()
                .name("Office move [approved by CFO](http://example.org) **Budget $5,000.00 only** <b>now</b>"));

        Assertions.assertThat((String) runtimeService().getVariable(project.getId(), CHARTER_SUMMARY))
                .startsWith("Office move \\[approved by CFO\\]\\(http://example.org\\) "
                        + "\\*\\*Budget $5,000.00 only\\*\\* \\<b\\>now\\</b\\> (PRJ-");
    }

    @Test
    void theCharterBudgetIsShownAsMoneyWhileTheProcessKeepsTheNumber() {
        ProcessInstance project = startProject(charter().budget(85_000));

        assertThat(project).variables().containsEntry(BUDGET_TEXT, "$85,000.00");
    }

    @Test
    void theCharterSummaryNamesTheSponsorAndTheProjectManagerAsTasklistGreetsThem() {
        ProcessInstance project = startProject(charter());

        Assertions.assertThat((String) runtimeService().getVariable(project.getId(), CHARTER_SUMMARY))
                .contains(", sponsor Sofia Sponsor, project manager Priya Manager.");
    }

    @Test
    void rejectedCharterEndsTheProcessAndRecordsTheProjectAsRejected() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, "No budget this year"));

        assertThat(project).hasPassed("Task_RecordCharterRejected").isEnded().hasPassed("EndEvent_ProjectRejected");
        assertProjectStatus(project, ProjectStatus.REJECTED);
    }

    @Test
    void rejectedCharterLeavesItsAuthorANoticeWithTheSponsorsReasonWithoutKeepingTheProjectRunning() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, "No budget this year"));

        assertThat(project).hasPassed("Task_SendCharterRejectionNotice").isEnded();
        ProcessInstance notice = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CharterRejectionNoticeVariables.PROCESS_KEY)
                .processInstanceBusinessKey(projectKey(project)).singleResult();
        assertThat(notice).isWaitingAt("Task_AcknowledgeCharterRejection").variables()
                .containsEntry(CHARTER_COMMENT, "No budget this year").containsEntry(SPONSOR, "sponsor")
                .containsEntry(PROJECT_NAME, "Order entry renewal");
        assertThat(task(notice)).isAssignedTo("requester");

        complete(task(notice));

        assertThat(notice).isEnded().hasPassed("EndEvent_CharterRejectionAcknowledged");
    }

    @Test
    void theRejectionNoticeShowsTheProjectNameAndTheSponsorsReasonAsTyped() {
        ProcessInstance project = startProject(charter().name(SPOOFED_NAME));

        complete(task(project), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, SPOOFED_COMMENT));

        ProcessInstance notice = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CharterRejectionNoticeVariables.PROCESS_KEY)
                .processInstanceBusinessKey(projectKey(project)).singleResult();
        Assertions.assertThat(formVariables(task(notice).getId()))
                .containsEntry(twinOf(PROJECT_NAME), ESCAPED_NAME)
                .containsEntry(twinOf(CHARTER_COMMENT), ESCAPED_COMMENT)
                .containsEntry(PROJECT_NAME, SPOOFED_NAME);
    }

    @Test
    void theCharterSentBackShowsTheSponsorsCommentAsTyped() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, SPOOFED_COMMENT));

        assertThat(project).isWaitingAt("Task_ReworkCharter");
        Assertions.assertThat(formVariables(task(project).getId()))
                .containsEntry(twinOf(CHARTER_COMMENT), ESCAPED_COMMENT);
    }

    @Test
    void rejectedProjectShowsTheSponsorsDecisionAndReason() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, " No budget this year "));

        CharterDecision decision = projectService.get(projectKey(project)).charterDecision();
        Assertions.assertThat(decision).extracting(CharterDecision::decision, CharterDecision::reason,
                CharterDecision::decidedBy).containsExactly("REJECT", "No budget this year", "sponsor");
        Assertions.assertThat(decision.decidedAt()).isNotNull();
    }

    @Test
    void aLaterReviewReplacesTheDecisionOnTheProject() {
        ProcessInstance project = startProject(charter());
        Assertions.assertThat(projectService.get(projectKey(project)).charterDecision()).isNull();
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Quantify the objectives"));
        complete(task(project), withVariables(OBJECTIVES, "Cut order handling time by 30 %"));

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        Assertions.assertThat(projectService.get(projectKey(project)).charterDecision())
                .extracting(CharterDecision::decision, CharterDecision::reason).containsExactly("APPROVE", null);
    }

    @Test
    void nobodyApprovedABudgetWhileTheCharterWaitsOrWhenItIsRejectedOnlyOnceItIsApproved() {
        ProcessInstance waiting = startProject(charter().budget(80_000));
        ProcessInstance rejected = startProject(charter().budget(90_000));
        complete(task(rejected), withVariables(CHARTER_DECISION, "REJECT", CHARTER_COMMENT, "No budget this year"));
        ProcessInstance approved = startProject(charter().budget(70_000));
        complete(task(approved), withVariables(CHARTER_DECISION, "APPROVE"));

        Assertions.assertThat(projectService.get(projectKey(waiting)).approvedBudget()).isNull();
        Assertions.assertThat(projectService.get(projectKey(rejected)).approvedBudget()).isNull();
        Assertions.assertThat(projectService.get(projectKey(approved)).approvedBudget())
                .isEqualByComparingTo("70000");
    }

    @Test
    void charterSentBackGoesToItsAuthorWhoSeesTheCommentAndResubmits() {
        ProcessInstance project = startProject(charter().budget(100_000));

        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Quantify the objectives"));

        assertThat(project).isWaitingAt("Task_ReworkCharter");
        assertThat(task(project)).isAssignedTo("requester");
        assertThat(project).variables().containsEntry(CHARTER_COMMENT, "Quantify the objectives");

        complete(task(project), withVariables(BUDGET, 300_000, OBJECTIVES, "Cut order handling time by 30 %"));

        assertThat(project).isWaitingAt("Task_ReviewCharter").variables()
                .containsEntry(GOVERNANCE_TIER, 2);
        Assertions.assertThat(registeredProject(project).getObjectives()).isEqualTo("Cut order handling time by 30 %");
    }

    @Test
    void reworkedCharterWithABrokenRuleIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Dates"));

        assertRefused(() -> complete(task(project), withVariables(TARGET_END, "2020-01-01")),
                "Target end must be after the target start");

        assertThat(project).isWaitingAt("Task_ReworkCharter");
    }

    @Test
    void aCharterRefusedAtTheStartNamesItsFieldsAsTheStartFormShowsThem() {
        LocalDate start = LocalDate.now(clock).plusWeeks(2);

        assertRefused(() -> startProject(charter().dates(start, start.minusDays(1)).services("NOPE")),
                "Invalid charter: Target end must be after the target start; Related IT services: unknown service(s) "
                        + "[NOPE]");
    }

    @Test
    void charterStartingBeforeTodayIsRefusedNamingToday() {
        LocalDate today = LocalDate.now(clock);

        assertRefused(() -> startProject(charter().dates(today.minusDays(1), today.plusMonths(3))),
                "Target start must be today (" + today + ") or later, not " + today.minusDays(1));
    }

    @Test
    void theSponsorsReviewStillPassesWhenTheStartDateHasComeSinceSubmission() {
        ProcessInstance project = submittedAWeekAgoToStartThatDay();

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        assertThat(project).isWaitingAt("Task_PrepareScopeStatement");
    }

    @Test
    void aCharterSentBackAfterItsStartHasPassedNeedsNewDates() {
        ProcessInstance project = submittedAWeekAgoToStartThatDay();
        complete(task(project), withVariables(CHARTER_DECISION, "REWORK", CHARTER_COMMENT, "Add the costs"));

        assertRefused(() -> complete(task(project), withVariables(BUDGET, 130_000)), "Target start must be today");

        LocalDate start = LocalDate.now(clock).plusWeeks(1);
        complete(task(project), withVariables(BUDGET, 130_000, TARGET_START, start.toString(),
                TARGET_END, start.plusMonths(4).toString()));
        assertThat(project).isWaitingAt("Task_ReviewCharter");
    }

    private ProcessInstance submittedAWeekAgoToStartThatDay() {
        LocalDate aWeekAgo = LocalDate.now(clock).minusWeeks(1);
        clock.replayFrom(aWeekAgo.atStartOfDay(clock.getZone()).toInstant());
        try {
            return startProject(charter().dates(aWeekAgo, aWeekAgo.plusMonths(4)));
        } finally {
            clock.present();
        }
    }

    @Test
    void sendingBackWithoutACommentIsRefused() {
        ProcessInstance project = startProject(charter());

        String refusal = refusal(() -> complete(task(project), withVariables(CHARTER_DECISION, "REWORK")));

        Assertions.assertThat(refusal).contains(": Comment is required when the decision is 'Send back for rework'")
                .doesNotContain("REWORK");
    }

    @Test
    void theSponsorCannotChangeTheCharterWhileReviewingIt() {
        ProcessInstance project = startProject(charter().budget(100_000));
        Map<String, Object> before = runtimeService().getVariables(project.getId());

        assertRefused(() -> complete(task(project), withVariables(CHARTER_DECISION, "APPROVE", BUDGET, -5,
                        PROJECT_NAME, "", PROJECT_MANAGER, "sponsor")),
                "budget is the charter's and cannot change at 'Review charter'");

        assertThat(project).isWaitingAt("Task_ReviewCharter");
        Assertions.assertThat(runtimeService().getVariables(project.getId())).isEqualTo(before);
        assertRefused(() -> complete(task(project), withVariables(CHARTER_DECISION, "APPROVE",
                PROJECT_MANAGER, "sponsor")), "projectManager is the charter's and cannot change");
    }

    @Test
    void aReviewThatSendsTheCharterBackUnchangedPasses() {
        ProcessInstance project = startProject(charter());
        Map<String, Object> asShown = new HashMap<>(runtimeService().getVariables(project.getId()));
        asShown.put(CHARTER_DECISION, "APPROVE");

        complete(task(project), asShown);

        assertThat(project).isWaitingAt("Task_PrepareScopeStatement");
    }

    @Test
    void approvedCharterCapturesTheGateLessonsAndOpensScoping() {
        ProcessInstance project = startProject(charter());

        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE",
                GATE_LESSONS, "Involve operations early\n\nName the sponsor's deputy"));

        assertThat(project).hasPassed("Task_CaptureCharterLessons").isWaitingAt("Task_PrepareScopeStatement");
        assertThat(task(project)).isAssignedTo("pm");
        assertProjectStatus(project, ProjectStatus.SCOPING);
        Assertions.assertThat(lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()))
                .extracting("whatHappened", "author")
                .containsExactly(tuple("Involve operations early", "sponsor"), tuple("Name the sponsor's deputy", "sponsor"));
        assertThat(project).variables().doesNotContainKey(GATE_LESSONS);
    }

    @Test
    void scopeStatementIsRecordedAndPlanningStarts() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        complete(task(project), Map.of(IN_SCOPE, "Order entry", OUT_OF_SCOPE, "Invoicing", DELIVERABLES, "New order UI",
                ACCEPTANCE_CRITERIA, "Orders in under 2 minutes", INITIAL_RISKS, "Key user availability"));

        assertThat(project).hasPassed("Task_RecordScopeStatement").isWaitingAt("Task_PlanWork");
        assertProjectStatus(project, ProjectStatus.PLANNING);
    }

    @Test
    void incompleteScopeStatementIsRefused() {
        ProcessInstance project = startProject(charter());
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));

        assertRefused(() -> complete(task(project), Map.of(IN_SCOPE, "Order entry")),
                "outOfScope is required");
    }
}
