package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.IMPLEMENTED_BY;
import static io.charterline.platform.process.FormText.escape;

import io.charterline.platform.identity.PersonNames;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of "Implement change": who implemented it and when, by name, for the reviewer's form. */
@Component("noteImplementer")
public class NoteImplementerListener implements TaskListener {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PersonNames names;
    private final Clock clock;

    public NoteImplementerListener(PersonNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String implementer = task.getAssignee() == null ? "Nobody assigned" : escape(names.of(task.getAssignee()));
        task.setVariable(IMPLEMENTED_BY, implementer + " on " + WHEN.format(clock.instant()));
    }
}
