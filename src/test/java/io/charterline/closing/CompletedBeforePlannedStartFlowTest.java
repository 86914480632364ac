package io.charterline.closing;

import static io.charterline.project.LifecycleVariables.ACCEPTANCE_CRITERIA;
import static io.charterline.project.LifecycleVariables.ACCEPTANCE_DECISION;
import static io.charterline.project.LifecycleVariables.CHARTER_DECISION;
import static io.charterline.project.LifecycleVariables.DELIVERABLES;
import static io.charterline.project.LifecycleVariables.IN_SCOPE;
import static io.charterline.project.LifecycleVariables.OUT_OF_SCOPE;
import static io.charterline.project.LifecycleVariables.PLAN_DECISION;
import static io.charterline.project.LifecycleVariables.WORK_PACKAGES_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.charterline.closing.CloseoutReportData.EarlyCompletion;
import io.charterline.closing.CloseoutReportData.Kpi;
import io.charterline.lessons.Lesson;
import io.charterline.lessons.LessonCategory;
import io.charterline.lessons.LessonRepository;
import io.charterline.lessons.Phase;
import io.charterline.lessons.ProjectFacts;
import io.charterline.lessons.ProjectFacts.EarlyCompletionFact;
import io.charterline.lessons.ProjectFactsSource;
import io.charterline.plan.WorkPackageService;
import io.charterline.project.LifecycleTestSupport;
import io.charterline.project.ProjectStatus;
import io.charterline.support.AsyncSteps;
import io.charterline.work.OwnWorker;
import io.charterline.work.WorkPackageVariables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A package completed before its planned start, through the real lifecycle, engine and database: the project is
 * chartered and planned a week before its start on the replayed clock, as the demo replays its projects, and its
 * first package (16 h planned) is completed then with 4 h; the second (24 h planned) is completed today with 40 h,
 * weeks after its planned finish. Counted with the first, the analysis would look estimated within 10 %. The dates
 * move with today, so the test holds whenever it runs.
 */
class CompletedBeforePlannedStartFlowTest extends LifecycleTestSupport {

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Specify order service,24,ANALYSIS,2,WP-1
            """;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ProjectFactsSource facts;

    @Autowired
    CloseoutReportDataSource reports;

    @Autowired
    LessonRepository lessons;

    @Autowired
    TransactionTemplate transactions;

    private String key;
    private LocalDate plannedStart;
    private LocalDate completedOn;

    @BeforeEach
    void firstPackageCompletedAWeekBeforeItsPlannedStart() {
        LocalDate start = LocalDate.now(clock).minusMonths(2);
        completedOn = start.minusWeeks(1);
        clock.replayFrom(completedOn.atTime(9, 0).atZone(clock.getZone()).toInstant());
        ProcessInstance project;
        try {
            project = startProject(charter().dates(start, start.plusMonths(5)));
            complete(task(project), withVariables(CHARTER_DECISION, "APPROVE"));
            complete(task(project), Map.of(IN_SCOPE, "Order entry", OUT_OF_SCOPE, "Invoicing", DELIVERABLES,
                    "New order UI", ACCEPTANCE_CRITERIA, "Orders in under 2 minutes"));
            complete(task(project), withVariables(WORK_PACKAGES_CSV, PLAN));
            Task gate = task(project);
            taskService.claim(gate.getId(), "pmo");
            taskService.complete(gate.getId(), Map.of(PLAN_DECISION, "APPROVE"));
            key = projectKey(project);
            plannedStart = workPackages.find(key, "WP-1").orElseThrow().plannedStart();
            finishWork("WP-1", 4);
        } finally {
            clock.present();
        }
        finishWork("WP-2", 40);
        runJobs(project);
        complete(task(project), withVariables(ACCEPTANCE_DECISION, "ACCEPT"));
        runJobs(project);
        assertProjectStatus(project, ProjectStatus.CLOSED);
    }

    @Test
    void theFactsAndTheReportDataNameThePackage() {
        assertThat(plannedStart).isAfter(completedOn);

        assertThat(closingFacts().completedBeforePlannedStart())
                .extracting(EarlyCompletionFact::code, EarlyCompletionFact::plannedStart,
                        EarlyCompletionFact::completedOn)
                .containsExactly(tuple("WP-1", plannedStart, completedOn));
        assertThat(report().completedBeforePlannedStart())
                .extracting(EarlyCompletion::code, EarlyCompletion::plannedStart, EarlyCompletion::completedOn)
                .containsExactly(tuple("WP-1", plannedStart, completedOn));
    }

    @Test
    void theOnTimeShareCountsOnlyTheOtherPackagesAndSaysHowManyItLeftOut() {
        CloseoutReportData report = report();

        assertThat(report.onTimeShare()).isEqualByComparingTo("0");
        assertThat(report.kpis()).extracting(Kpi::value)
                .contains("0 of 1 (0.0 %); 1 left out, completed before its planned start");
    }

    @Test
    void theEstimatingLessonLeavesThePackageOutAndSaysSo() {
        assertThat(lessonsOf(LessonCategory.ESTIMATING)).singleElement().asString()
                .startsWith("Business analysis work took 67% more hours than estimated: 40 h reported against 24 h "
                        + "estimated "
                        + "over 1 work package (WP-2 Specify order service). The estimate leaves out 1 work package "
                        + "completed before its planned start")
                .endsWith("WP-1 Analyse order flows (planned start " + plannedStart + ", completed on "
                        + completedOn + ", 4 h reported against 16 h estimated).");
    }

    @Test
    void theScheduleLessonLeavesThePackageOutOfBothFinishes() {
        ProjectFacts closing = closingFacts();

        assertThat(closing.actualFinish()).isEqualTo(LocalDate.now(clock));
        assertThat(closing.plannedFinish()).isEqualTo(workPackages.find(key, "WP-2").orElseThrow().plannedFinish());
        assertThat(lessonsOf(LessonCategory.SCHEDULE)).singleElement().asString()
                .contains("Both finishes leave out 1 work package completed before its planned start")
                .contains("WP-1 Analyse order flows (planned start " + plannedStart + ", completed on "
                        + completedOn + ", 4 h reported against 16 h estimated)");
    }

    /** The facts as the closing gate's delegate reads them, in a transaction. */
    private ProjectFacts closingFacts() {
        return transactions.execute(status -> facts.factsOf(key, Phase.CLOSING));
    }

    private CloseoutReportData report() {
        return reports.dataOf(key, ProjectStatus.CLOSED, LocalDate.now(clock));
    }

    private List<String> lessonsOf(LessonCategory category) {
        return lessons.findByProjectIdOrderByIdAsc(projects.findByKey(key).orElseThrow().getId()).stream()
                .filter(lesson -> lesson.getCategory() == category).map(Lesson::getWhatHappened).toList();
    }

    /** Completes the package as a worker of the test's own, with the hours given, and runs what follows. */
    private void finishWork(String code, int hours) {
        Task work = taskService.createTaskQuery().processInstanceBusinessKey(key + ":" + code).singleResult();
        OwnWorker.handOver(engine, workPackages, key, code);
        taskService.complete(work.getId(), Map.of(WorkPackageVariables.ACTUAL_HOURS, hours,
                WorkPackageVariables.COMPLETION_NOTE, "Done"));
        for (Job job : managementService.createJobQuery().processInstanceId(work.getProcessInstanceId()).list()) {
            managementService.executeJob(job.getId());
        }
    }

    /** Runs the project's asynchronous steps, and those they lead to, as the job executor would. */
    private void runJobs(ProcessInstance project) {
        AsyncSteps.runContinuations(managementService, project.getId());
    }
}
