package io.charterline.change;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Tells the other changes of a project that the plan moved under them (message
 * {@value ChangeControlVariables#MESSAGE_PLAN_MOVED}), once the moving change's baseline update has committed. Only
 * a change that waits for a person before its baseline update is told (at a task: classification by hand, an
 * approval, the board's vote, the PMO's window decision): that is where someone reads its impact. One
 * still waiting for its first analysis gets the moved plan anyway, and one at its own asynchronous steps is
 * re-analysed by its baseline update if need be; leaving those alone also keeps the message away from their jobs.
 *
 * <p>Telling a change starts its "Plan moved" subprocess, which rearranges its executions; a person completing its
 * task at that moment rearranges them too, and whoever comes second loses on the engine's optimistic locking. The
 * step that tells runs in a transaction of its own, so losing costs a retry of that step, never the baseline update.
 * A change with a re-analysis still to run is not told again, so that later moves add no work to it; the project's
 * row lock, which the steps that tell and re-analyse take first, lets them take turns with the baseline updates.
 */
@Service
public class PlanMovedMessages {

    private final MovedPlanReanalysis reanalysis;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;

    public PlanMovedMessages(MovedPlanReanalysis reanalysis, RuntimeService runtimeService, TaskService taskService,
                             ManagementService managementService) {
        this.reanalysis = reanalysis;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    public void send(String movedBy) {
        for (String changeRequestId : reanalysis.analysedOnAnOlderPlan(movedBy)) {
            List<Task> waiting = taskService.createTaskQuery()
                    .processDefinitionKey(ChangeControlVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(changeRequestId)
                    .list();
            if (!waiting.isEmpty() && !reanalysisPending(waiting.get(0).getProcessInstanceId())) {
                runtimeService.createMessageCorrelation(ChangeControlVariables.MESSAGE_PLAN_MOVED)
                        .processInstanceId(waiting.get(0).getProcessInstanceId())
                        .setVariableToTriggeredScope(ChangeControlVariables.PLAN_MOVED_BY, movedBy)
                        .correlateWithResult();
            }
        }
    }

    /**
     * A re-analysis told before and not run yet analyses the plan as it is when it runs, this move included: the
     * project's lock keeps it from running before this move has committed.
     */
    private boolean reanalysisPending(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(ReanalyseImpactDelegate.TASK_ID).count() > 0;
    }
}
