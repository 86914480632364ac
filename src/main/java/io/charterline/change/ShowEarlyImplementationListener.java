package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.IMPLEMENTING_EARLY;
import static io.charterline.change.ChangeControlVariables.SCHEDULED_WINDOW_START;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of "Implement change": tells the implementer, before they complete, when completing is before the
 * change's window ({@link EarlyImplementation#beforeCompletion}), which the review and the change log will note.
 */
@Component("showEarlyImplementation")
public class ShowEarlyImplementationListener implements TaskListener {

    private final Clock clock;

    public ShowEarlyImplementationListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant windowStart = task.getVariable(SCHEDULED_WINDOW_START) instanceof Date start ? start.toInstant() : null;
        task.setVariableLocal(IMPLEMENTING_EARLY, EarlyImplementation.beforeCompletion(windowStart, clock.instant()));
    }
}
