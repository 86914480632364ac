package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.charter.CharterInput;
import io.charterline.demo.ProjectDriver;
import io.charterline.project.BusinessKeys;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a project through charter, scope and plan into execution as its people would, with baseline v1 approved
 * (by default WP-1 to WP-3, 480 hours): the starting point of change control. Tests of the change request's own
 * rules need less: an executing project stored as the plan gate leaves it, and its lifecycle waiting at the work.
 */
public final class ExecutingProjects {

    private static final String PLAN_CSV = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Design label layout,160,JAVA,2,
            WP-2,Build label service,240,JAVA,2,WP-1
            WP-3,Test at the stations,80,TESTING,2,WP-2
            """;

    private ExecutingProjects() {
    }

    public static String start(ProjectDriver driver, ProjectRepository projects) {
        return start(driver, projects, PLAN_CSV, gaps -> "WP-1=dev1\nWP-2=dev1\nWP-3=dev1");
    }

    /**
     * The same with the given plan; should the pool be short, the PMO fills in the gap form with what
     * {@code manualAssignments} answers for the gaps the form shows.
     */
    public static String start(ProjectDriver driver, ProjectRepository projects, String planCsv,
                        UnaryOperator<String> manualAssignments) {
        return start(driver, projects, planCsv, manualAssignments,
                LocalDate.now(ZoneOffset.UTC).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    /** The same with the charter's target start; a test on the replayed clock charters it before that day. */
    public static String start(ProjectDriver driver, ProjectRepository projects, String planCsv,
                               UnaryOperator<String> manualAssignments, LocalDate start) {
        String projectKey = driver.start("requester", new CharterInput("Label printing", "Print shipping labels "
                + "at every packing station", "Hand-written labels cause wrong deliveries", "sponsor", "pm",
                new BigDecimal("80000"), start, start.plusDays(120), List.of(), false));
        driver.runPendingJobs(projectKey);
        driver.complete(projectKey, "Task_ReviewCharter", "sponsor", Map.of(LifecycleVariables.CHARTER_DECISION,
                "APPROVE", LifecycleVariables.CHARTER_COMMENT, "Go"));
        driver.complete(projectKey, "Task_PrepareScopeStatement", "pm", Map.of(LifecycleVariables.IN_SCOPE,
                "Labels", LifecycleVariables.OUT_OF_SCOPE, "Scales", LifecycleVariables.DELIVERABLES,
                "Label service", LifecycleVariables.ACCEPTANCE_CRITERIA, "Every parcel has a printed label"));
        driver.complete(projectKey, "Task_PlanWork", "pm", Map.of(LifecycleVariables.WORK_PACKAGES_CSV, planCsv));
        driver.runPendingJobs(projectKey);
        if (!driver.openTasks(projectKey, "Task_ResolveResourceGap").isEmpty()) {
            String gaps = String.valueOf(driver.variable(driver.openTask(projectKey, "Task_ResolveResourceGap"),
                    LifecycleVariables.STAFFING_GAPS));
            driver.complete(projectKey, "Task_ResolveResourceGap", "pmo", Map.of(LifecycleVariables.GAP_DECISION,
                    "ASSIGN", LifecycleVariables.MANUAL_ASSIGNMENTS, manualAssignments.apply(gaps)));
        }
        driver.complete(projectKey, "Task_ApprovePlan", "pmo", Map.of(LifecycleVariables.PLAN_DECISION, "APPROVE",
                LifecycleVariables.PLAN_COMMENT, "Fine"));
        if (!driver.openTasks(projectKey, "Task_SponsorApprovePlan").isEmpty()) {
            driver.complete(projectKey, "Task_SponsorApprovePlan", "sponsor", Map.of(
                    LifecycleVariables.PLAN_DECISION, "APPROVE", LifecycleVariables.PLAN_COMMENT, "Signed"));
        }
        driver.runPendingJobs(projectKey);
        assertThat(projects.findByKey(projectKey).orElseThrow().getStatus()).isEqualTo(ProjectStatus.EXECUTING);
        return projectKey;
    }

    /**
     * An executing project of the given name and budget (sponsor 'sponsor', manager 'pm', requested by 'requester',
     * January to May 2027), stored as the plan gate leaves it, without a baseline.
     */
    public static Project saved(TransactionTemplate transactions, ProjectRepository projects,
                                BusinessKeys businessKeys, String name, BigDecimal budget) {
        return saved(transactions, projects, businessKeys, name, budget, "requester", "pm");
    }

    /** The same, requested by and managed by people of the test's own. */
    public static Project saved(TransactionTemplate transactions, ProjectRepository projects,
                                BusinessKeys businessKeys, String name, BigDecimal budget, String requester,
                                String manager) {
        return transactions.execute(tx -> {
            Project executing = new Project(businessKeys.next(BusinessKeys.PROJECT), requester);
            executing.setName(name);
            executing.setObjectives("Renew order entry");
            executing.setBusinessCase("Support for the old system ends");
            executing.setSponsorId("sponsor");
            executing.setManagerId(manager);
            executing.setBudget(budget);
            executing.setTargetStart(LocalDate.of(2027, 1, 4));
            executing.setTargetEnd(LocalDate.of(2027, 5, 28));
            executing.moveTo(ProjectStatus.EXECUTING);
            return projects.save(executing);
        });
    }

    /** The project's lifecycle waiting in execution, where it takes change requests. */
    public static ProcessInstance lifecycleInExecution(RuntimeService runtimeService, Project project) {
        return runtimeService.createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
                .businessKey(project.getKey())
                .setVariables(Map.of(LifecycleVariables.PROJECT_KEY, project.getKey(),
                        LifecycleVariables.STATUS_CADENCE, "P28D", LifecycleVariables.SPONSOR, "sponsor",
                        LifecycleVariables.PROJECT_MANAGER, "pm"))
                .startBeforeActivity("Event_WorkCompleted")
                .execute();
    }
}
