package io.charterline.platform.process;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Completion guard for tasks whose form asks for text: each variable named in the model's {@code variables}
 * field (comma-separated) must be given, and no text may be longer than the engine stores ({@link TextVariables}),
 * also when the task is completed through engine-rest without the form. The refusal names each field as the task's
 * form labels it, which Tasklist shows; the errors name the variables.
 */
@Component("requireText")
@Scope("prototype")
public class RequireTextListener implements TaskListener {

    private final FormLabels formLabels;
    private Expression variables;

    public RequireTextListener(FormLabels formLabels) {
        this.formLabels = formLabels;
    }

    @Override
    public void notify(DelegateTask task) {
        List<InvalidField> errors = new ArrayList<>();
        for (String name : Arrays.stream(Objects.toString(variables.getValue(task), "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList()) {
            Object value = task.getVariable(name);
            if (value == null || value.toString().isBlank()) {
                errors.add(new InvalidField(name, "is required"));
            }
        }
        TextVariables.checkLengths(task, errors);
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("completion of '" + task.getName() + "'", errors,
                    formLabels.of(task));
        }
    }

    public void setVariables(Expression variables) {
        this.variables = variables;
    }
}
