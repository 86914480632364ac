package io.charterline.platform.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;

/**
 * Gives every user task, when it is created, an escaped display twin of each configured free-text variable the
 * task can see: {@code projectName} is shown by a form's text component as {@code {{projectNameText}}}, escaped
 * with {@link FormText}, so what a person typed (a name, a reason, a note for the next person) shows as typed and
 * not as a link or bold text beside the real figures. The twin is task-local: it is computed from the value the
 * task opens with, wherever that value came from (start of the process, a delegate, an earlier task), and goes
 * with the task; the process and our code keep reading the original variable.
 *
 * <p>Called for every user task through the engine's Spring events ({@code camunda.bpm.eventing.task}), after the
 * model's own create listeners, so one list of names covers every form, models need not remember a listener, and
 * a variable those listeners clear gets no twin either.
 */
public class FormTextTwins {

    /** The suffix of a twin's name: {@code projectName} is shown as {@code projectNameText}. */
    public static final String SUFFIX = "Text";

    private final Set<String> names;

    public FormTextTwins(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The variables that get a twin; a form shows each only through its twin. */
    public Set<String> names() {
        return names;
    }

    public static String twinOf(String name) {
        return name + SUFFIX;
    }

    /**
     * The twins of values that changed while a task that shows them is open, by twin name, for the code that changed
     * them to write on that task; a value of a name without a twin gets none.
     */
    public Map<String, Object> twinsOf(Map<String, String> values) {
        Map<String, Object> twins = new HashMap<>();
        values.forEach((name, text) -> {
            if (names.contains(name)) {
                twins.put(twinOf(name), FormText.escape(text));
            }
        });
        return twins;
    }

    @EventListener
    public void writeTwins(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        for (String name : names) {
            if (task.getVariable(name) instanceof String text) {
                task.setVariableLocal(twinOf(name), FormText.escape(text));
            }
        }
    }
}
