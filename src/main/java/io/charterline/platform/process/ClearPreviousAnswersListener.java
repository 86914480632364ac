package io.charterline.platform.process;

import java.util.Arrays;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Opens a repeated decision empty: removes, when the task is created, the variables named in the model's
 * {@code variables} field (comma-separated). A decision task's answers are kept in the process, where the steps
 * after it read them, and a Camunda Form fills its fields from the variables of the same name; without this a
 * second escalation or acceptance round would open with the previous round's decision already chosen, and one
 * click would repeat it unread. Runs on {@code create}, after every step of the previous round has read them.
 */
@Component("clearPreviousAnswers")
@Scope("prototype")
public class ClearPreviousAnswersListener implements TaskListener {

    private Expression variables;

    @Override
    public void notify(DelegateTask task) {
        Arrays.stream(Objects.toString(variables.getValue(task), "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .forEach(task::removeVariable);
    }

    public void setVariables(Expression variables) {
        this.variables = variables;
    }
}
