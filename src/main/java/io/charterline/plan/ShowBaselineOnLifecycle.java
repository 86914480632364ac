package io.charterline.plan;

import static io.charterline.plan.PlanVariables.BASELINE_VERSION;
import static io.charterline.plan.PlanVariables.BUDGET_AT_COMPLETION;

import io.charterline.platform.process.EngineAsApplication;
import io.charterline.project.LifecycleVariables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the project's lifecycle instance showing the current baseline's version and budget at completion, which
 * the plan gate set for v1. Change control runs in an instance of its own (called by the lifecycle, it hands
 * nothing back), so a version it records reaches the lifecycle only from here, in the same transaction. Written
 * as Charterline: inside a delegate the engine checks no rights (authorizationEnabledForCustomCode is off), but a
 * version recorded outside one would be checked against its user, who, like the PMO reviewer whose decision backs
 * a change out, may read the lifecycle instance without the right to change it.
 */
@Component
class ShowBaselineOnLifecycle {

    private final RuntimeService runtimeService;
    private final EngineAsApplication asApplication;

    ShowBaselineOnLifecycle(RuntimeService runtimeService, EngineAsApplication asApplication) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
    }

    @EventListener
    void on(BaselineVersionRecorded recorded) {
        asApplication.call(() -> {
            // a project whose lifecycle has ended (or that never ran one) still takes the new version
            runtimeService.createProcessInstanceQuery().processDefinitionKey(LifecycleVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(recorded.projectKey()).list()
                    .forEach(lifecycle -> runtimeService.setVariables(lifecycle.getId(), Map.of(
                            BASELINE_VERSION, recorded.version(),
                            BUDGET_AT_COMPLETION, recorded.budgetAtCompletion().doubleValue())));
            return null;
        });
    }
}
