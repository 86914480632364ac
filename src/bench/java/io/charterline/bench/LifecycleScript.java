package io.charterline.bench;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.change.ChangeControlVariables;
import io.charterline.change.ChangeRequestInput;
import io.charterline.change.ChangeRequestService;
import io.charterline.change.ChangeType;
import io.charterline.change.WorkPackageAction;
import io.charterline.change.WorkPackageChange;
import io.charterline.charter.CharterInput;
import io.charterline.charter.CharterVariables;
import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.demo.ProjectDriver;
import io.charterline.project.ProjectService;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One project from charter to closed through the Java API, as its people: charter approved, scope, a plan of two
 * packages, plan approved, one change request to a critical service that the change control board (three
 * members) approves, implemented and reviewed, the work done, the deliverables accepted, the final report
 * produced. Asynchronous steps are run by the script ({@link ProjectDriver#runPendingJobs}), so the figure is the
 * engine's and our code's work, not the job executor's polling.
 *
 * <p>With the real delegates a project starts through {@link ProjectService} and a change through
 * {@link ChangeRequestService}; in the engine-only run (no-op delegates, no project rows) the same instances are
 * started and the same message correlated through the engine directly.
 */
final class LifecycleScript {

    static final int WORK_PACKAGES = 2;

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Analyse order flows,16,ANALYSIS,2,
            WP-2,Build order service,16,JAVA,2,WP-1
            """;

    private final boolean engineOnly;
    private final ProjectDriver driver;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;
    private final ProjectService projects;
    private final ConfigurationItemRepository items;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    LifecycleScript(ConfigurableApplicationContext context, boolean engineOnly) {
        this.engineOnly = engineOnly;
        this.driver = context.getBean(ProjectDriver.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.identity = context.getBean(IdentityService.class);
        this.history = context.getBean(HistoryService.class);
        this.projects = context.getBean(ProjectService.class);
        this.items = context.getBean(ConfigurationItemRepository.class);
    }

    /** The configuration item the n-th project's change names: its own, so no two changes' windows conflict. */
    void prepare(int n) {
        if (!engineOnly) {
            items.save(new ConfigurationItem(item(n), "Benchmark service " + n, Criticality.CRITICAL));
        }
    }

    /**
     * Runs the n-th lifecycle on a day of its own, the n-th from today, as the demo replays its projects: a person's
     * completions must fit into their days, and the benchmark finishes thousands of lifecycles within minutes, often
     * by the same few people.
     */
    void run(int n) {
        driver.on(today.plusDays(n));
        try {
            runOnItsDay(n);
        } finally {
            driver.present();
        }
    }

    private void runOnItsDay(int n) {
        String key = start(n);
        driver.complete(key, "Task_ReviewCharter", "sponsor", Map.of(CHARTER_DECISION, "APPROVE"));
        driver.complete(key, "Task_PrepareScopeStatement", "pm", Map.of(IN_SCOPE, "Order entry",
                OUT_OF_SCOPE, "Invoicing", DELIVERABLES, "New order UI", ACCEPTANCE_CRITERIA, "Orders in 2 min"));
        driver.complete(key, "Task_PlanWork", "pm", Map.of(WORK_PACKAGES_CSV, PLAN));
        driver.completeIfOpen(key, "Task_ResolveResourceGap", "pmo", Map.of(GAP_DECISION, "ASSIGN",
                MANUAL_ASSIGNMENTS, "WP-1=pm\nWP-2=pm"));
        driver.complete(key, "Task_ApprovePlan", "pmo", Map.of(PLAN_DECISION, "APPROVE"));
        driver.completeIfOpen(key, "Task_SponsorApprovePlan", "sponsor", Map.of(PLAN_DECISION, "APPROVE"));

        String changeId = requestChange(key, n);
        driver.runPendingJobs(key);
        // Once other projects fill the pool, the change's overloads send it through the sponsor before the board.
        driver.completeIfOpen(changeId, "Task_ApproveChangeAsSponsor", "sponsor", Map.of(
                ChangeControlVariables.CHANGE_DECISION, "APPROVE",
                ChangeControlVariables.CHANGE_DECISION_REASON, "Worth it"));
        driver.voteUntilDecided(changeId, Map.of(ChangeControlVariables.VOTE, "APPROVE",
                ChangeControlVariables.VOTE_REASON, "Worth it"));
        driver.runPendingJobs(key);
        // With many projects' changes in the same few weeks a window can conflict; the PMO takes the proposed one.
        if (driver.completeIfOpen(changeId, "Task_OverrideWindow", "pmo",
                Map.of(ChangeControlVariables.WINDOW_DECISION, "ACCEPT_PROPOSED"))) {
            driver.runPendingJobs(key);
        }
        driver.complete(changeId, "Task_ImplementChange", "pm", Map.of(ChangeControlVariables.IMPLEMENTATION_NOTES,
                "Deployed in the window"));
        driver.complete(changeId, "Task_ReviewImplementation", "pmo", Map.of("implementationOutcome", "SUCCESS",
                "reviewComment", "Works as intended"));

        driver.finishWork(key, WORK_PACKAGES, Map.of());
        driver.complete(key, "Task_AcceptDeliverables", "sponsor", Map.of(ACCEPTANCE_DECISION, "ACCEPT",
                GATE_LESSONS, "Pilot with real clerks"));
        driver.runPendingJobs(key);
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(key).completed().count() != 1) {
            throw new IllegalStateException("Project " + key + " did not reach its end; open tasks: "
                    + tasks.createTaskQuery().processInstanceBusinessKeyLike(key + "%").list().stream()
                    .map(Task::getTaskDefinitionKey).toList());
        }
    }

    private String start(int n) {
        LocalDate start = firstMonday(n).plusWeeks(n % 26);
        CharterInput charter = new CharterInput("Order entry renewal " + n, "Renew order entry",
                "Support for the old system ends", "sponsor", "pm", new BigDecimal("120000"), start,
                start.plusDays(120), List.of(), false);
        if (engineOnly) {
            return asUser("requester", () -> (String) runtime.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariables(CharterVariables.write(charter)).executeWithVariablesInReturn()
                    .getVariables().get(PROJECT_KEY));
        }
        return driver.start("requester", charter);
    }

    private String requestChange(String projectKey, int n) {
        if (engineOnly) {
            String changeId = "CR-NOOP-%06d".formatted(n);
            // as ChangeRequestService does: the application correlates, not the requester
            runtime.createMessageCorrelation(MESSAGE_CHANGE_REQUESTED)
                    .processInstanceBusinessKey(projectKey)
                    .setVariableLocal(ChangeControlVariables.CHANGE_REQUEST_ID, changeId)
                    .correlateWithResult();
            return changeId;
        }
        Instant window = quietSaturday(n);
        ChangeRequestInput input = new ChangeRequestInput("Fraud check", "Screen orders before payment",
                "Chargebacks doubled", ChangeType.NORMAL, List.of(new WorkPackageChange(WorkPackageAction.MODIFY,
                "WP-2", null, new BigDecimal("17"), null, null, null)), null, null, List.of(item(n)), window,
                window.plus(2, ChronoUnit.HOURS));
        return driver.requestChange(projectKey, "requester", input);
    }

    /** A Saturday night at least five weeks ahead, clear of the demo catalog's year-end freeze. */
    private Instant quietSaturday(int n) {
        LocalDate day = firstMonday(n).plusWeeks(3 + n % 5);
        if (day.getMonthValue() == 12 && day.getDayOfMonth() >= 10 || day.getMonthValue() == 1
                && day.getDayOfMonth() <= 8) {
            day = LocalDate.of(day.getMonthValue() == 12 ? day.getYear() + 1 : day.getYear(), 1, 12);
        }
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).atTime(22, 0).toInstant(ZoneOffset.UTC);
    }

    /** The first Monday two weeks after the lifecycle's day. */
    private LocalDate firstMonday(int n) {
        return today.plusDays(n).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static String item(int n) {
        return "BENCH-" + n;
    }

    private <T> T asUser(String userId, Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        identity.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
