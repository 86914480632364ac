package io.charterline.platform.process;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task, when it is created, an escaped display twin of each configured free-text variable the
 * task can see: {@code projectName} is shown by a form's text component as {@code {{projectNameText}}}, escaped
 * with {@link FormText}, so what a person typed (a name, a reason, a note for the next person) shows as typed and
 * not as a link or bold text beside the real figures. The twin is task-local: it is computed from the value the
 * task opens with, wherever that value came from (start of the process, a delegate, an earlier task), and goes
 * with the task; the process and our code keep reading the original variable. Added to all user tasks by a parse
 * listener, so one list of names covers every form, and models need not remember a listener.
 */
public class FormTextTwins extends AbstractProcessEnginePlugin {

    /** The suffix of a twin's name: {@code projectName} is shown as {@code projectNameText}. */
    public static final String SUFFIX = "Text";

    private final Set<String> names;

    public FormTextTwins(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static String twinOf(String name) {
        return name + SUFFIX;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, FormTextTwins.this::writeTwins);
            }
        });
    }

    /** Runs after the model's own create listeners, so a variable they clear gets no twin either. */
    void writeTwins(DelegateTask task) {
        for (String name : names) {
            if (task.getVariable(name) instanceof String text) {
                task.setVariableLocal(twinOf(name), FormText.escape(text));
            }
        }
    }
}
