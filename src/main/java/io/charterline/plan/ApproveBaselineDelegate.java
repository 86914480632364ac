package io.charterline.plan;

import static io.charterline.plan.PlanVariables.*;

import io.charterline.platform.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the plan gate: approves baseline v1 and turns its packages into the live work of the project. */
@Component("approveBaselineDelegate")
public class ApproveBaselineDelegate implements JavaDelegate {

    private final BaselineService baselineService;
    private final WorkPackageService workPackageService;

    public ApproveBaselineDelegate(BaselineService baselineService, WorkPackageService workPackageService) {
        this.baselineService = baselineService;
        this.workPackageService = workPackageService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectKey = new ProcessVariables(execution).string(PROJECT_KEY);
        Baseline approved = baselineService.approveBaseline(projectKey);
        workPackageService.syncFromBaseline(projectKey);
        execution.setVariable(BASELINE_VERSION, approved.version());
    }
}
