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
 * Completion guard for decision tasks: the decision must be one of the allowed values and a comment must be
 * given for the decisions that need a reason; no text given with it (comment, lessons) may be longer than the
 * engine stores ({@link TextVariables}). Runs on {@code complete}, so a request that bypasses the form
 * is refused with 400 and the task stays open.
 *
 * <p>Fields (set in the model): {@code decisionVariable}, {@code allowedDecisions} (comma-separated),
 * {@code commentVariable} and {@code commentRequiredFor} (comma-separated, optional). Records the decider, the
 * task's assignee, in {@value #DECIDED_BY}; an unclaimed task is refused, so every decision has a name on it. The
 * refusal names each field and decision as the task's form labels them, which Tasklist shows, without the values'
 * codes a user never sees; the errors name the variables.
 */
@Component("requireDecision")
@Scope("prototype")
public class RequireDecisionListener implements TaskListener {

    /** Process variable naming who took the latest decision; a task is claimed before it is completed. */
    public static final String DECIDED_BY = "gateDecidedBy";

    private Expression decisionVariable;
    private Expression allowedDecisions;
    private Expression commentVariable;
    private Expression commentRequiredFor;

    private final FormLabels formLabels;

    public RequireDecisionListener(FormLabels formLabels) {
        this.formLabels = formLabels;
    }

    @Override
    public void notify(DelegateTask task) {
        String decisionName = text(decisionVariable, task);
        List<String> allowed = list(allowedDecisions, task);
        String decision = Objects.toString(task.getVariable(decisionName), "");
        List<InvalidField> errors = new ArrayList<>();
        if (!allowed.contains(decision)) {
            errors.add(new InvalidField(decisionName, "must be one of " + allowed + ", got '" + decision + "'"));
        }
        TextVariables.checkLengths(task, errors);
        if (commentVariable != null && list(commentRequiredFor, task).contains(decision)) {
            String commentName = text(commentVariable, task);
            Object comment = task.getVariable(commentName);
            if (comment == null || comment.toString().isBlank()) {
                String shown = formLabels.option(task, decisionName, decision);
                errors.add(new InvalidField(commentName, "is required when the decision is "
                        + (shown.equals(decision) ? decision : "'" + shown + "'")));
            }
        }
        if (task.getAssignee() == null) {
            // As on change control's tasks (ChangeDecisionGuard): the decider is whoever claimed the task, and
            // the gate's lessons and the change log name them; Tasklist also asks to claim before completing.
            errors.add(new InvalidField("assignee",
                    "is required: claim the task before deciding, so the decision has a name on it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("decision on '" + task.getName() + "'", errors,
                    formLabels.of(task));
        }
        task.setVariable(DECIDED_BY, task.getAssignee());
    }

    private static String text(Expression expression, DelegateTask task) {
        return expression == null ? "" : Objects.toString(expression.getValue(task), "").strip();
    }

    private static List<String> list(Expression expression, DelegateTask task) {
        String value = text(expression, task);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    public void setDecisionVariable(Expression decisionVariable) {
        this.decisionVariable = decisionVariable;
    }

    public void setAllowedDecisions(Expression allowedDecisions) {
        this.allowedDecisions = allowedDecisions;
    }

    public void setCommentVariable(Expression commentVariable) {
        this.commentVariable = commentVariable;
    }

    public void setCommentRequiredFor(Expression commentRequiredFor) {
        this.commentRequiredFor = commentRequiredFor;
    }
}
