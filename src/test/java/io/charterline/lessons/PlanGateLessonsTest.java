package io.charterline.lessons;

import static io.charterline.project.LifecycleVariables.ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.DELIVERABLES;
import static io.charterline.project.LifecycleVariables.GATE_LESSONS;
import static io.charterline.project.LifecycleVariables.IN_SCOPE;
import static io.charterline.project.LifecycleVariables.OUT_OF_SCOPE;
import static io.charterline.project.LifecycleVariables.PLAN_COMMENT;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.PMO_PLAN_DECISION_TEXT;
import static io.charterline.project.LifecycleVariables.WORK_PACKAGES_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.project.LifecycleTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each approver at the plan gate, the PMO and (at tier 1) the sponsor, keeps their own lessons under their name. */
class PlanGateLessonsTest extends LifecycleTestSupport {

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse kiosk flows,16,ANALYSIS,2,
            WP-2,Build kiosk service,24,JAVA,2,WP-1
            """;

    @Autowired
    LessonRepository lessons;

    @Autowired
    TaskService taskService;

    @Test
    void atTierOneThePmoAndTheSponsorEachKeepTheirLessonsUnderTheirName() {
        ProcessInstance project = atPlanGate(charter().strategic());
        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", GATE_LESSONS, "Ask the vendor for lead times"));

        decide(project, "sponsor", Map.of(PLAN_DECISION, "APPROVE", GATE_LESSONS, "Agree the cut-over night early"));

        BpmnAwareTests.assertThat(project).hasPassed("Task_SponsorApprovePlan", "Task_CapturePlanningLessons");
        assertThat(typedLessons(project)).extracting("phase", "author", "whatHappened").containsExactly(
                tuple(Phase.PLANNING, "pmo", "Ask the vendor for lead times"),
                tuple(Phase.PLANNING, "sponsor", "Agree the cut-over night early"));
    }

    @Test
    void theSponsorsSignOffOpensWithAnEmptyLessonsField() {
        ProcessInstance project = atPlanGate(charter().strategic());

        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", GATE_LESSONS, "Ask the vendor for lead times"));

        BpmnAwareTests.assertThat(project).isWaitingAt("Task_SponsorApprovePlan");
        assertThat(formVariables(task(project).getId())).doesNotContainKey(GATE_LESSONS);
    }

    @Test
    void theSponsorsSignOffShowsWhoInThePmoApprovedWithTheirCommentAndLessons() {
        ProcessInstance project = atPlanGate(charter().strategic());

        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", PLAN_COMMENT, "Baseline checked [fine]",
                GATE_LESSONS, "Ask the vendor for lead times"));

        assertThat(formVariables(task(project).getId()).get(PMO_PLAN_DECISION_TEXT).toString())
                .startsWith("**Paul Office** (PMO) approved the plan on ")
                .contains(" UTC: Baseline checked \\[fine\\]")
                .contains("- Ask the vendor for lead times")
                .doesNotContain("pmo ");
    }

    @Test
    void aPlanGateWithOnlyThePmoKeepsEachRoundsLessonOnce() {
        ProcessInstance project = atPlanGate(charter());
        decide(project, "pmo", Map.of(PLAN_DECISION, "REJECT", PLAN_COMMENT, "Add testing",
                GATE_LESSONS, "Plan the testing from the start"));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        assertThat(formVariables(task(project).getId())).doesNotContainKey(GATE_LESSONS);

        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", GATE_LESSONS, "Plan with operations"));

        BpmnAwareTests.assertThat(project).hasPassed("Task_CapturePlanningLessons")
                .hasNotPassed("Task_SponsorApprovePlan");
        assertThat(typedLessons(project)).extracting("author", "whatHappened").containsExactly(
                tuple("pmo", "Plan the testing from the start"), tuple("pmo", "Plan with operations"));
    }

    @Test
    void aPlanTheSponsorSentBackIsShownToThemAgainWithOnlyTheNewRoundsPmoDecision() {
        ProcessInstance project = atPlanGate(charter().strategic());
        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", PLAN_COMMENT, "Round one looks fine"));
        decide(project, "sponsor", Map.of(PLAN_DECISION, "REJECT", PLAN_COMMENT, "Finish before the summer"));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        assertThat(formVariables(task(project).getId())).doesNotContainKey(PMO_PLAN_DECISION_TEXT);

        decide(project, "pmo", Map.of(PLAN_DECISION, "APPROVE", PLAN_COMMENT, "Round two is shorter"));

        BpmnAwareTests.assertThat(project).isWaitingAt("Task_SponsorApprovePlan");
        assertThat(formVariables(task(project).getId()).get(PMO_PLAN_DECISION_TEXT).toString())
                .contains("Round two is shorter").doesNotContain("Round one");
    }

    private ProcessInstance atPlanGate(CharterBuilder charter) {
        ProcessInstance project = startProject(charter);
        complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
        complete(task(project), Map.of(IN_SCOPE, "Kiosk check-in", OUT_OF_SCOPE, "Payments", DELIVERABLES,
                "Kiosk app", ACCEPTANCE_CRITERIA, "Check-in in under a minute"));
        complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
        BpmnAwareTests.assertThat(project).isWaitingAt("Task_ApprovePlan");
        return project;
    }

    private void decide(ProcessInstance project, String user, Map<String, Object> answers) {
        String taskId = task(project).getId();
        if (task(project).getAssignee() == null) {
            taskService.claim(taskId, user);
        }
        taskService.complete(taskId, answers);
    }

    private List<Lesson> typedLessons(ProcessInstance project) {
        return lessons.findByProjectIdOrderByIdAsc(registeredProject(project).getId()).stream()
                .filter(lesson -> lesson.getSource() == LessonSource.PERSON).toList();
    }
}
