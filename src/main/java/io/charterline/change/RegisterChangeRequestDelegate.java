package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the change request the project manager typed into the change-request form (the lifecycle's re-plan
 * path) with the same rules as the API, and hands its id to the call of change control. The requester is the user
 * who completed the form; without an authenticated caller, the project manager the form was assigned to. A refusal
 * names the fields by the form's labels, which the task kept on its completion ({@code keepFormLabels}).
 */
@Component
public class RegisterChangeRequestDelegate implements JavaDelegate {

    /** The form's fields; stored with the change request, so they leave the lifecycle and the next form is empty. */
    static final List<String> FORM_VARIABLES = List.of(TITLE, DESCRIPTION, REASON, REQUESTED_TYPE,
            PROPOSED_CHANGES_CSV, BUDGET_CHANGE, SCOPE_CHANGE, AFFECTED_ITEMS, WINDOW_START, WINDOW_END);

    private final ChangeRequestService changeRequests;
    private final FormLabels formLabels;

    public RegisterChangeRequestDelegate(ChangeRequestService changeRequests, FormLabels formLabels) {
        this.changeRequests = changeRequests;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String requester = CurrentUser.idOrNull();
        if (requester == null) {
            requester = variables.string(PROJECT_MANAGER);
        }
        String changeRequestId = changeRequests.registerFromForm(variables.string(PROJECT_KEY),
                execution.getVariables(), requester, formLabels.ofCompletedTask(execution));
        // Local to the re-plan's scope: several changes may run in one lifecycle, each with its own id.
        execution.setVariableLocal(CHANGE_REQUEST_ID, changeRequestId);
        FORM_VARIABLES.forEach(execution::removeVariable);
    }
}
