package io.charterline.plan;

import io.charterline.platform.process.EngineAsApplication;
import io.charterline.project.LifecycleVariables;
import io.charterline.project.ProjectRegistry;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the project's lifecycle instance showing the current baseline: every baseline variable the plan gate set
 * for v1 ({@link PlanVariables#ofBaseline}), from the same summary. Change control runs in an instance of its own
 * (called by the lifecycle, it hands nothing back), so a version it records reaches the lifecycle only from here,
 * in the same transaction. Written as Charterline: inside a delegate the engine checks no rights
 * (authorizationEnabledForCustomCode is off), but a version recorded outside one would be checked against its
 * user, who, like the PMO reviewer whose decision backs a change out, may read the lifecycle instance without the
 * right to change it.
 */
@Component
class ShowBaselineOnLifecycle {

    private final RuntimeService runtimeService;
    private final EngineAsApplication asApplication;
    private final ProjectRegistry projects;

    ShowBaselineOnLifecycle(RuntimeService runtimeService, EngineAsApplication asApplication,
                            ProjectRegistry projects) {
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.projects = projects;
    }

    @EventListener
    void on(BaselineVersionRecorded recorded) {
        Map<String, Object> baseline = PlanVariables.ofBaseline(recorded.version(),
                PlanSummary.of(projects.require(recorded.projectKey()), recorded.plan()));
        asApplication.call(() -> {
            // a project whose lifecycle has ended (or that never ran one) still takes the new version
            runtimeService.createProcessInstanceQuery().processDefinitionKey(LifecycleVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(recorded.projectKey()).list()
                    .forEach(lifecycle -> runtimeService.setVariables(lifecycle.getId(), baseline));
            return null;
        });
    }
}
