package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.IMPLEMENTED_EARLY;
import static io.charterline.change.ChangeControlVariables.SCHEDULED_WINDOW_START;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of "Implement change": notes for the review and the change log when the change was implemented
 * before its scheduled window began ({@link EarlyImplementation}); clears the note otherwise.
 */
@Component("flagEarlyImplementation")
public class FlagEarlyImplementationListener implements TaskListener {

    private final Clock clock;

    public FlagEarlyImplementationListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant windowStart = task.getVariable(SCHEDULED_WINDOW_START) instanceof Date start ? start.toInstant() : null;
        task.setVariable(IMPLEMENTED_EARLY, EarlyImplementation.note(windowStart, clock.instant()));
    }
}
