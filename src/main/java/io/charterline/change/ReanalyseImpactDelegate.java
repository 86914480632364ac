package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.FormTextTwins;
import io.charterline.platform.process.ProcessVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Analyses the change again on the plan another change moved ({@link MovedPlanReanalysis}) and gives its forms the
 * new impact, the classification's new inputs and the note that says why. A task already open shows the escaped
 * twins it was created with, so they are written anew on each open task of the change: the person sees the new
 * figures when they open or reload it. Nothing is set when the re-analysis was not needed.
 */
@Component
public class ReanalyseImpactDelegate implements JavaDelegate {

    /** The task in the subprocess "Plan moved" that calls this delegate. */
    static final String TASK_ID = "Task_ReanalyseImpact";

    private final MovedPlanReanalysis reanalysis;
    private final FormTextTwins twins;

    public ReanalyseImpactDelegate(MovedPlanReanalysis reanalysis, FormTextTwins twins) {
        this.reanalysis = reanalysis;
        this.twins = twins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        reanalysis.reanalyse(variables.string(CHANGE_REQUEST_ID), variables.string(PLAN_MOVED_BY))
                .ifPresent(done -> show(execution, done));
    }

    private void show(DelegateExecution execution, MovedPlanReanalysis.Reanalysis done) {
        Map<String, String> shown = new HashMap<>();
        shown.put(IMPACT_REANALYSIS, done.note());
        if (done.impact() != null) {
            shown.put(IMPACT_SUMMARY, done.impact().summary());
            execution.setVariables(ClassificationInputs.of(done.proposal(), done.impact()));
        }
        execution.setVariables(shown);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
                .forEach(task -> tasks.setVariablesLocal(task.getId(), twins.twinsOf(shown)));
    }
}
