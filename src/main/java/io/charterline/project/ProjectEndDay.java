package io.charterline.project;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the day a project ended (closed, terminated or rejected) on its lifecycle instance ({@code endedOn}), for
 * Cockpit's list of ended projects: the engine's history knows only when the instance ended, which for a demo
 * project replayed at start-up is not the project's own day.
 */
@Component
public class ProjectEndDay {

    private final Clock clock;

    public ProjectEndDay(Clock clock) {
        this.clock = clock;
    }

    public void record(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(LifecycleVariables.ENDED_ON, LocalDate.now(clock).toString());
    }
}
