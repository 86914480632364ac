package io.charterline.bench;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.project.LifecycleVariables;
import io.charterline.work.WorkPackageVariables;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Stands in for one of our delegates or listeners in the engine-only run: it sets just the variables that later
 * gateways, decisions and assignments read, with the values of the benchmark's path (the charter approved, the
 * change to a critical service going to the board, the board approving), and keeps the engine calls a delegate
 * makes that are part of the models' flow: starting the work-package instances and telling the lifecycle when
 * the last one is done. Everything else (our tables, rules, reports) is left out.
 */
public final class NoOpDelegate implements JavaDelegate, TaskListener, ExecutionListener {

    private static final AtomicInteger PROJECTS = new AtomicInteger();

    // Fields the models inject (see NoOpDelegates); ignored here.
    Expression decisionVariable;
    Expression allowedDecisions;
    Expression commentVariable;
    Expression commentRequiredFor;
    Expression event;
    Expression required;
    Expression status;
    Expression phase;
    Expression variables;
    Expression approver;
    Expression detail;

    private final String name;

    NoOpDelegate(String name) {
        this.name = name;
    }

    @Override
    public void notify(DelegateTask task) {
        // listeners on user tasks only validate and record; no gateway reads what they write on this path
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }

    @Override
    public void execute(DelegateExecution execution) {
        switch (name) {
            case "recordCharterDelegate" -> {
                String key = "PRJ-NOOP-%06d".formatted(PROJECTS.incrementAndGet());
                execution.setProcessBusinessKey(key);
                execution.setVariable(LifecycleVariables.PROJECT_KEY, key);
                execution.setVariable(LifecycleVariables.DURATION_DAYS, 120);
                execution.setVariable(LifecycleVariables.CRITICAL_SERVICE_COUNT, 0);
            }
            case "assignResourcesDelegate", "recordManualAssignmentsDelegate" ->
                    execution.setVariable(LifecycleVariables.FULLY_STAFFED, true);
            case "releaseWorkDelegate" -> releaseWork(execution);
            case "releaseFollowOnWorkDelegate" -> afterWork(execution);
            case "computeKpisDelegate" -> execution.getProcessInstance().setVariable(LifecycleVariables.HEALTH, "GREEN");
            case "closeProjectDelegate" -> execution.setVariable(LifecycleVariables.FINAL_STATUS, "CLOSED");
            case "cancelOpenWorkDelegate" -> execution.setVariable(LifecycleVariables.TERMINATED, true);
            case "analyseImpactDelegate" -> execution.setVariables(Variables.createVariables()
                    .putValue(CHANGE_TITLE, "Benchmark change").putValue(REQUESTER, "requester")
                    .putValue(PROJECT_MANAGER, "pm").putValue(SPONSOR, "sponsor").putValue(IMPLEMENTER, "pm")
                    .putValue(IMPACT_SUMMARY, "one critical service")
                    .putValue(REQUESTED_TYPE, "NORMAL").putValue(COST_SHARE_PERCENT, 2.0)
                    .putValue(SCHEDULE_SLIP_DAYS, 0).putValue(CRITICAL_SERVICE_COUNT, 1)
                    .putValue(MAX_SERVICE_CRITICALITY, "CRITICAL").putValue(RESOURCE_OVERLOAD_COUNT, 0)
                    .putValue(WINDOW_CONFLICT_COUNT, 0));
            case "selectCcbVotersDelegate" -> execution.setVariable(CCB_VOTERS, List.of("ccb1", "ccb2", "ccb3"));
            case "tallyCcbVotesDelegate" -> execution.setVariable(CHANGE_DECISION, "APPROVE");
            case "scheduleImplementationDelegate" -> execution.setVariable(WINDOW_CONFLICTS, false);
            default -> {
            }
        }
    }

    /** The planned finish's end of day, as WorkRelease sets it: the model reads it as the task's due date. */
    private static final Date DUE = Date.from(Instant.parse("2027-01-05T17:00:00Z"));

    /** As WorkRelease does: one work-package instance per package of the benchmark's plan. */
    private static void releaseWork(DelegateExecution execution) {
        String projectKey = (String) execution.getVariable(LifecycleVariables.PROJECT_KEY);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (int i = 1; i <= LifecycleScript.WORK_PACKAGES; i++) {
            runtime.createProcessInstanceByKey(WorkPackageVariables.PROCESS_KEY)
                    .businessKey(projectKey + ":WP-" + i)
                    .setVariables(Variables.createVariables()
                            .putValue(WorkPackageVariables.PROJECT_KEY, projectKey)
                            .putValue(WorkPackageVariables.WORK_PACKAGE_CODE, "WP-" + i)
                            .putValue(WorkPackageVariables.WORK_PACKAGE_NAME, "Package " + i)
                            .putValue(WorkPackageVariables.ASSIGNEE, "dev1")
                            .putValue(WorkPackageVariables.ESTIMATE_HOURS, 16.0)
                            .putValue(WorkPackageVariables.PLANNED_START, "2027-01-04")
                            .putValue(WorkPackageVariables.PLANNED_FINISH, "2027-01-05")
                            .putValue(WorkPackageVariables.DUE_DATE, DUE)
                            .putValue(WorkPackageVariables.BOOKED_HOURS, 0.0))
                    .execute();
        }
    }

    /** The last open package (this one) tells the lifecycle that the work is done. */
    private static void afterWork(DelegateExecution execution) {
        String projectKey = (String) execution.getVariable(WorkPackageVariables.PROJECT_KEY);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        long open = runtime.createProcessInstanceQuery().processDefinitionKey(WorkPackageVariables.PROCESS_KEY)
                .processInstanceBusinessKeyLike(projectKey + ":%").count();
        if (open <= 1) {
            runtime.createMessageCorrelation(LifecycleVariables.MESSAGE_WORK_COMPLETED)
                    .processInstanceBusinessKey(projectKey).correlateAll();
        }
    }
}
