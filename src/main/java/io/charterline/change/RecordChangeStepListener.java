package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.TextVariables;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Writes a change-log entry for a step a person took: as a task listener on {@code complete} (the actor is the
 * assignee) or as an execution listener on a flow (the actor is the latest decider). Fields: {@code event} (a
 * {@link ChangeEvent}), {@code detail} (an expression, e.g. {@code ${implementationNotes}}) and optionally
 * {@code status} (a {@link ChangeStatus} the request moves to) and {@code required} (the name of a variable that
 * must hold text, such as the implementation notes; without it the task completion is refused with 400). Text
 * longer than the engine stores is refused with 400 as well ({@link TextVariables}).
 */
@Component("recordChangeStep")
@Scope("prototype")
public class RecordChangeStepListener implements TaskListener, ExecutionListener {

    private final ChangeControlService changeControl;
    private Expression event;
    private Expression detail;
    private Expression status;
    private Expression required;

    public RecordChangeStepListener(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    @Override
    public void notify(DelegateTask task) {
        List<InvalidField> errors = new ArrayList<>();
        if (required != null) {
            String name = required.getExpressionText().strip();
            Object value = task.getVariable(name);
            if (value == null || value.toString().isBlank()) {
                errors.add(new InvalidField(name, "is required"));
            }
        }
        TextVariables.checkLengths(task, errors);
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("'" + task.getName() + "'", errors);
        }
        record(task.getVariable(CHANGE_REQUEST_ID).toString(), task.getAssignee(), text(detail, task));
    }

    @Override
    public void notify(DelegateExecution execution) {
        record(execution.getVariable(CHANGE_REQUEST_ID).toString(),
                Objects.toString(execution.getVariable(DECIDED_BY), null), text(detail, execution));
    }

    private void record(String changeRequestId, String actor, String detailText) {
        ChangeStatus next = status == null ? null : ChangeStatus.valueOf(status.getExpressionText().strip());
        changeControl.recordStep(changeRequestId, actor, ChangeEvent.valueOf(event.getExpressionText().strip()),
                next, detailText);
    }

    private static String text(Expression expression, VariableScope scope) {
        return expression == null ? null : Objects.toString(expression.getValue(scope), null);
    }

    public void setEvent(Expression event) {
        this.event = event;
    }

    public void setDetail(Expression detail) {
        this.detail = detail;
    }

    public void setStatus(Expression status) {
        this.status = status;
    }

    public void setRequired(Expression required) {
        this.required = required;
    }
}
